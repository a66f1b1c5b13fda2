/** A round axis maximum at or above `value` (1, 2, 2.5 or 5 times a power of ten). */
export const niceMax = (value: number): number => {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
};

/** SVG path data for a line with gaps where values are missing. */
export const linePath = (points: ReadonlyArray<readonly [number, number] | null>): string => {
  let path = '';
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${point[0].toFixed(1)},${point[1].toFixed(1)}`;
    drawing = true;
  }
  return path;
};
