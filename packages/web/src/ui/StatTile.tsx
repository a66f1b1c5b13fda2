import type { ReactNode } from 'react';

/** One headline number with its label and an optional line of context. */
export const StatTile = ({ label, value, note }: { label: string; value: ReactNode; note?: ReactNode }) => (
  <div className="stat">
    <dt>{label}</dt>
    <dd>
      <span className="stat-value">{value}</span>
      {note && <span className="stat-note">{note}</span>}
    </dd>
  </div>
);
