/**
 * A seeded linear congruential generator for tests that build random scenarios: the same seed
 * gives the same scenario on every run. `int(n)` is in 0..n-1, `float()` in [0, 1).
 */
export function seeded(seed: number): { int(n: number): number; float(): number } {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  return { int: (n) => next() % n, float: () => next() / 2 ** 31 };
}
