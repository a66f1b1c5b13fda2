export type Share = Readonly<{ label: string; value: number; tone: string }>;

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** Parts of a whole as one stacked bar, with a legend giving each part's share and count. */
export const ShareBar = ({
  title,
  shares,
  unit,
  emptyText = 'Nothing counted yet.',
}: {
  title: string;
  shares: readonly Share[];
  unit: string;
  emptyText?: string;
}) => {
  const whole = shares.reduce((sum, s) => sum + s.value, 0);
  const summary = shares.map((s) => `${s.label} ${percent(s.value, whole)}%`).join(', ');
  return (
    <figure className="chart share">
      <figcaption className="chart-title">{title}</figcaption>
      {whole === 0 ? (
        <p className="chart-empty">{emptyText}</p>
      ) : (
        <>
          <div className="share-bar" role="img" aria-label={`${title}: ${summary}`}>
            {shares
              .filter((s) => s.value > 0)
              .map((s) => (
                <span key={s.label} className={`share-part tone-${s.tone}`} style={{ flexGrow: s.value }} />
              ))}
          </div>
          <ul className="chart-legend">
            {shares.map((s) => (
              <li key={s.label}>
                <span className={`swatch tone-${s.tone}`} aria-hidden="true" />
                {s.label} <strong>{percent(s.value, whole)}%</strong>{' '}
                <span className="muted">
                  ({Math.round(s.value).toLocaleString()} {unit})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
};
