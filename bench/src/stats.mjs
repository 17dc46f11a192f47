// @ts-check

/**
 * The q-quantile of `values` (linear interpolation), q in [0, 1].
 * @param {number[]} values
 * @param {number} q
 */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  // Both indexes are within the sorted, non-empty list.
  const lowValue = sorted[Math.floor(at)] ?? Number.NaN;
  const highValue = sorted[Math.ceil(at)] ?? Number.NaN;
  return lowValue + (highValue - lowValue) * (at - Math.floor(at));
}

/** @param {number[]} values */
export const median = (values) => quantile(values, 0.5);

/**
 * Median, quartiles and extremes of a sample.
 * @param {number[]} values
 */
export function summary(values) {
  return {
    median: median(values),
    p25: quantile(values, 0.25),
    p75: quantile(values, 0.75),
    min: Math.min(...values),
    max: Math.max(...values),
    runs: values.length,
  };
}

/**
 * The order clients run in, in round `round`: rotated by one each round, so no client is
 * always first after the GC or always last.
 * @template T
 * @param {T[]} items
 * @param {number} round
 * @returns {T[]}
 */
export function rotate(items, round) {
  const shift = round % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
