/**
 * The items in time order: `xs` itself when it already is (histories are appended in time order,
 * so this is the usual case and costs one pass), else a sorted copy. Same order as a stable sort.
 */
export function byTime<T extends { at: number }>(xs: readonly T[]): readonly T[] {
  for (let i = 1; i < xs.length; i++) if (xs[i]!.at < xs[i - 1]!.at) return [...xs].sort((a, b) => a.at - b.at);
  return xs;
}
