/** A YYYY-MM-DD day, short, in the browser's locale ("27 Jan"). */
export const formatShortDay = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
};

/** When something was loaded, as people read it ("5 Dec, 19:42"). */
export const formatLoadedAt = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });
