/** Display formats, in the browser's locale and time zone. */

export const formatTime = (iso: string | number): string =>
  new Date(iso).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });

export const formatClock = (epochMs: number): string =>
  new Date(epochMs).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit', second: '2-digit' });

export const formatKcal = (calories: number): string => `${Math.round(calories).toLocaleString()} kcal`;

export const formatGrams = (grams: number): string =>
  `${grams >= 10 ? Math.round(grams) : Math.round(grams * 10) / 10} g`;

export const formatQuantity = (quantity: number, unit: string): string => {
  const amount = Number.isInteger(quantity) ? String(quantity) : String(Math.round(quantity * 100) / 100);
  return unit ? `${amount} ${unit}` : amount;
};

/** A YYYY-MM-DD calendar day as people read it ("Monday, 27 January"). */
export const formatDay = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toLocaleDateString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: y === new Date().getFullYear() ? undefined : 'numeric',
  });
};
