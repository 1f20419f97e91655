// One way to write a duration everywhere (API summaries, reasons, pages, alerts): two units at
// most, "2h 13m", "7m 5s", "45s", "3d 4h". Locale-independent, so texts are the same in tests,
// logs and every browser.
const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

export function formatDuration(ms: number): string {
  const v = Math.max(0, Math.round(ms));
  if (v < MIN) return `${Math.floor(v / SEC)}s`;
  const two = (big: number, bigName: string, small: number, smallName: string) => {
    const a = Math.floor(v / big);
    const b = Math.floor((v % big) / small);
    return b > 0 ? `${a}${bigName} ${b}${smallName}` : `${a}${bigName}`;
  };
  if (v < HOUR) return two(MIN, 'm', SEC, 's');
  if (v < DAY) return two(HOUR, 'h', MIN, 'm');
  return two(DAY, 'd', HOUR, 'h');
}

/** 4500n → "4,500" (bigint-safe digit grouping). */
export function formatCount(n: bigint | number): string {
  const big = typeof n === 'bigint' ? n : BigInt(Math.round(n));
  const s = (big < 0n ? -big : big).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return big < 0n ? `-${s}` : s;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
