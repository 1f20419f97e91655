// Small, locale-independent formatters for status reasons: reasons end up in tests, logs and
// alerts, so they must not change with the server's locale.

/** 4500n -> "4,500". */
export function formatCount(n: bigint): string {
  const s = (n < 0n ? -n : n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0n ? `-${s}` : s;
}

/** Milliseconds -> "45s", "12m", "12m 30s", "1h 5m", "2d 3h": two units at most, enough to read at a glance. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const units: [string, number][] = [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1],
  ];
  const parts: string[] = [];
  let rest = total;
  for (const [name, size] of units) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 || (parts.length > 0 && parts.length < 2)) parts.push(`${n}${name}`);
    if (parts.length === 2) break;
  }
  // "1h 0m" reads worse than "1h"; drop a zero second unit.
  if (parts.length === 2 && parts[1]!.startsWith('0')) parts.pop();
  return parts.length > 0 ? parts.join(' ') : '0s';
}
