// Reading times from URLs and query strings. `new Date()` alone accepts impossible dates
// ("2026-02-30" silently becomes March 2), so ISO 8601 fields are checked before parsing.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** ISO 8601 (date, or date and time, optional zone) or epoch milliseconds; null when not a real time. */
export function parseTime(raw: string): Date | null {
  const s = raw.trim();
  if (/^\d{1,15}$/.test(s)) {
    const d = new Date(Number(s));
    return Number.isNaN(d.getTime()) ? null : d;
  }
  const m = ISO.exec(s);
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0', se = '0', zone] = m.slice(1).map((x) => x ?? undefined);
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(se) > 59) return null;
  if (zone && zone !== 'Z') {
    const zh = Number(zone.slice(1, 3));
    const zm = Number(zone.slice(-2));
    if (zh > 14 || zm > 59) return null;
  }
  const date = new Date(s.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? null : date;
}
