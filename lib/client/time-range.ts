// Time ranges chosen in the UI (kept in the URL, see url-state.ts): a preset ("last 24h", resolved
// at fetch time so a refresh moves with the clock), a custom from/to, or no bound at all.
import { parseTime as parseStrict } from '@/lib/model/time';
const MIN = 60_000;

export const PRESET_MS = {
  '15m': 15 * MIN,
  '1h': 60 * MIN,
  '6h': 6 * 60 * MIN,
  '24h': 24 * 60 * MIN,
  '7d': 7 * 24 * 60 * MIN,
  '30d': 30 * 24 * 60 * MIN,
} as const;

export type Preset = keyof typeof PRESET_MS;

export type RangeSel =
  | { kind: 'preset'; preset: Preset }
  | { kind: 'custom'; from: string; to: string }
  | { kind: 'all' };

/** ISO 8601 or epoch milliseconds, as ISO 8601; null when unusable. */
export function parseTime(raw: string | null): string | null {
  if (!raw) return null;
  // The same strict reading as the API: an impossible date (2026-02-30) is no date, not March 2.
  return parseStrict(raw)?.toISOString() ?? null;
}

/** Absolute bounds for a request made now. */
export function resolveRange(sel: RangeSel, now = Date.now()): { from?: string; to?: string } {
  if (sel.kind === 'custom') return { from: sel.from, to: sel.to };
  if (sel.kind === 'all') return {};
  return { from: new Date(now - PRESET_MS[sel.preset]).toISOString(), to: new Date(now).toISOString() };
}

/** A stable query-key part: presets stay the same key while the clock moves. */
export function rangeKey(sel: RangeSel): string {
  if (sel.kind === 'custom') return `${sel.from}/${sel.to}`;
  return sel.kind === 'all' ? 'all' : sel.preset;
}

export function rangeLabel(sel: RangeSel): string {
  if (sel.kind === 'all') return 'all time';
  if (sel.kind === 'preset') return `the last ${sel.preset}`;
  return 'the chosen range';
}
