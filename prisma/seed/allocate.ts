// Turns draft figures into whole numbers that add up to an exact total. The ward totals are fixed
// (quoted in the README, asserted by tests), while the split between unions should still look like
// the profiles in profiles.ts, so drafts are scaled and rounded with the largest-remainder method.

/** Rounds non-negative reals to integers summing to `total`, each within [0, cap[i]]. */
function roundToTotal(values: number[], total: number, caps: number[]): number[] {
  const floors = values.map((value, i) => Math.min(Math.floor(value), caps[i]));
  let remainder = total - floors.reduce((sum, value) => sum + value, 0);
  // Largest fractional part first; ties by position, so the result does not depend on sort stability.
  const order = values.map((value, i) => i).sort((a, b) => values[b] - Math.floor(values[b]) - (values[a] - Math.floor(values[a])) || a - b);
  while (remainder > 0) {
    let moved = false;
    for (const i of order) {
      if (remainder === 0) break;
      if (floors[i] < caps[i]) {
        floors[i] += 1;
        remainder -= 1;
        moved = true;
      }
    }
    if (!moved) throw new Error(`cannot reach total ${total}: every value is at its cap`);
  }
  if (remainder < 0) throw new Error(`cannot reach total ${total}: the floors already exceed it`);
  return floors;
}

/**
 * Union sizes summing to `total`. Fixed sizes are kept; the others are drafts scaled by one common
 * factor, which keeps the skew (a footwear plant stays ten times a health station).
 */
export function allocateSizes(drafts: number[], fixed: (number | undefined)[], total: number, minimum = 5): number[] {
  const fixedSum = fixed.reduce<number>((sum, size) => sum + (size ?? 0), 0);
  const flexible = drafts.map((_, i) => i).filter((i) => fixed[i] === undefined);
  const flexibleDraft = flexible.reduce((sum, i) => sum + drafts[i], 0);
  const factor = (total - fixedSum) / flexibleDraft;
  const scaled = roundToTotal(
    flexible.map((i) => drafts[i] * factor),
    total - fixedSum,
    flexible.map(() => Number.MAX_SAFE_INTEGER),
  );
  const sizes = fixed.map((size) => size ?? 0);
  flexible.forEach((i, k) => (sizes[i] = scaled[k]));
  const tooSmall = sizes.findIndex((size) => size < minimum);
  if (tooSmall >= 0) throw new Error(`union #${tooSmall + 1} would get only ${sizes[tooSmall]} members; widen the drafts`);
  return sizes;
}

/**
 * Women per union summing to `total`. Every union's share moves by the same number of percentage
 * points (found by bisection, clamped to 0–100 %), so a preschool stays mostly women and a shipyard
 * mostly men while the ward as a whole hits its exact figure.
 */
export function allocateWomen(sizes: number[], shares: number[], total: number): number[] {
  const clampedSum = (shift: number) =>
    sizes.reduce((sum, size, i) => sum + size * Math.min(1, Math.max(0, shares[i] + shift)), 0);
  let low = -1;
  let high = 1;
  for (let step = 0; step < 60; step++) {
    const mid = (low + high) / 2;
    if (clampedSum(mid) < total) low = mid;
    else high = mid;
  }
  const raw = sizes.map((size, i) => size * Math.min(1, Math.max(0, shares[i] + low)));
  return roundToTotal(raw, total, sizes);
}
