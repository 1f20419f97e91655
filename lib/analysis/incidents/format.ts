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
