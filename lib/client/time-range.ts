// Time ranges chosen in the UI and kept in the URL: a preset ("last 24h", resolved at fetch time
// so a refresh moves with the clock), a custom from/to, or no bound at all.
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

function parseTime(raw: string | null): string | null {
  if (!raw) return null;
  const d = /^\d+$/.test(raw) ? new Date(Number(raw)) : new Date(raw);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function isPreset(s: string | null, allowed: readonly Preset[]): s is Preset {
  return s !== null && (allowed as readonly string[]).includes(s);
}

/** Reads `range`, or `from` and `to`, from the URL; anything unusable falls back to `def`. */
export function readRange(sp: { get(name: string): string | null }, allowed: readonly Preset[], def: Preset | 'all'): RangeSel {
  const from = parseTime(sp.get('from'));
  const to = parseTime(sp.get('to'));
  if (from && to && from < to) return { kind: 'custom', from, to };
  const r = sp.get('range');
  if (r === 'all') return { kind: 'all' };
  if (isPreset(r, allowed)) return { kind: 'preset', preset: r };
  return def === 'all' ? { kind: 'all' } : { kind: 'preset', preset: def };
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

/** URL parameters for a selection (the default preset is left out to keep URLs short). */
export function rangeParams(sel: RangeSel, def: Preset | 'all'): { range?: string; from?: string; to?: string } {
  if (sel.kind === 'custom') return { from: sel.from, to: sel.to };
  const key = sel.kind === 'all' ? 'all' : sel.preset;
  return key === def ? {} : { range: key };
}

export function rangeLabel(sel: RangeSel): string {
  if (sel.kind === 'all') return 'all time';
  if (sel.kind === 'preset') return `the last ${sel.preset}`;
  return 'the chosen range';
}
