// Display formatting. Fixed 'en-US' grouping so numbers read the same for everyone on call.
import { formatDuration } from '@/lib/model/duration';

export { formatDuration } from '@/lib/model/duration';

const intFmt = new Intl.NumberFormat('en-US');

/** retention.ms as people say it: "7d", "2h 30m", "forever" for -1. */
export function formatRetention(ms: string | null): string {
  if (ms === null) return 'unknown';
  const n = Number(ms);
  if (!Number.isFinite(n)) return ms;
  if (n < 0) return 'forever (no time limit)';
  return formatDuration(n);
}

export function formatCount(n: number): string {
  return intFmt.format(n);
}

/** int64 values arrive as strings; group their digits without losing precision. */
export function formatBig(s: string | null): string {
  if (s === null) return '—';
  try {
    return intFmt.format(BigInt(s));
  } catch {
    return s;
  }
}

/** Compact big counts for dense tables: 1,234 · 45.6k · 12.3M. */
export function formatCompact(s: string | null): string {
  if (s === null) return '—';
  const n = Number(s);
  if (!Number.isFinite(n)) return s;
  if (Math.abs(n) < 10_000) return intFmt.format(n);
  if (Math.abs(n) < 1_000_000) return `${(n / 1000).toFixed(1)}k`;
  if (Math.abs(n) < 1_000_000_000) return `${(n / 1_000_000).toFixed(1)}M`;
  return `${(n / 1_000_000_000).toFixed(1)}G`;
}

export function formatRate(perSecond: number): string {
  if (perSecond === 0) return '0';
  if (perSecond < 10) return perSecond.toFixed(1);
  return intFmt.format(Math.round(perSecond));
}

export function formatPercent(fraction: number): string {
  const p = fraction * 100;
  return `${p < 10 && p > 0 ? p.toFixed(1) : Math.round(p)}%`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local wall-clock time; the date is added when the span crosses days. */
export function formatClock(at: string | number | Date, withDate = false, withSeconds = false): string {
  const d = new Date(at);
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}${withSeconds ? `:${pad(d.getSeconds())}` : ''}`;
  if (!withDate) return time;
  return `${d.toLocaleDateString('en-US', { month: 'short', day: 'numeric' })} ${time}`;
}

/** Full local timestamp, for titles and lists; in UTC when asked (see useLocalTime). */
export function formatDateTime(at: string | number | Date, zone: 'local' | 'utc' = 'local'): string {
  const d = new Date(at);
  if (zone === 'utc') {
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  }
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Value for <input type="datetime-local"> in local time. */
export function toLocalInput(at: string | number | Date): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The reverse: a datetime-local value (local time) as ISO 8601 UTC, or null when empty/invalid. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Bytes as people read them: "812 B", "4.2 MiB", "1.3 TiB" (binary units, like df -h). */
export function formatBytes(s: string | number | null): string {
  if (s === null) return '—';
  const n = Number(s);
  if (!Number.isFinite(n)) return String(s);
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let v = n;
  let i = 0;
  while (Math.abs(v) >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${v} B` : `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

export function brokerList(ids: readonly number[]): string {
  return ids.length === 0 ? 'none' : ids.join(',');
}
