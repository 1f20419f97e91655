/** Compact human durations for one-line summaries: 45s, 5m, 2h13m, 3d4h (floored, never rounded up). */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 ? `${h}h${m % 60}m` : `${h}h`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d}d${h % 24}h` : `${d}d`;
}

/**
 * UTC wall-clock time, "17:05". The API speaks UTC (the browser renders local times from
 * `start`/`end`); the date is added only when it differs from `ref`'s, so a span reads
 * "23:50–06-02 01:10" rather than repeating the day.
 */
export function clock(d: Date, ref?: Date): string {
  const iso = d.toISOString();
  const sameDay = ref !== undefined && ref.toISOString().slice(0, 10) === iso.slice(0, 10);
  return ref === undefined || sameDay ? iso.slice(11, 16) : `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
}

/** "a", "a and b", "a, b and c", "a, b, c and 2 more". */
export function listOf(items: string[], max = 3): string {
  if (items.length <= 1) return items.join('');
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
