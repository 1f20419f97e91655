// Spans of time in which a condition held ("broker 1 down 17:05–19:18"), and the part of a range
// that was watched at all: time before something was first seen is "not watched", never "up".

export interface Interval {
  start: string;
  /** null while the condition still holds. */
  end: string | null;
  durationMs: number;
}

/** An interval query's answer: the range, when watching began within it, and the intervals. */
export interface WatchedIntervals {
  from: string;
  to: string;
  /** Start of the watched part of the range (first sighting, if later than `from`); null = never seen in it. */
  watchedFrom: string | null;
  intervals: Interval[];
}

export interface Transition {
  at: Date;
  on: boolean;
}

/**
 * Turns a sequence of state transitions into intervals within [from, to]. `initiallyOn` is the
 * state at `from` (from the last transition before it); an interval still open at `to` has end
 * null. Repeated transitions to the same state are ignored.
 */
export function intervalsOf(transitions: Transition[], from: Date, to: Date, initiallyOn: boolean): Interval[] {
  const out: Interval[] = [];
  let openSince: Date | null = initiallyOn ? from : null;
  for (const t of [...transitions].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (t.at < from || t.at > to) continue;
    if (t.on && openSince === null) openSince = t.at;
    else if (!t.on && openSince !== null) {
      out.push({ start: openSince.toISOString(), end: t.at.toISOString(), durationMs: t.at.getTime() - openSince.getTime() });
      openSince = null;
    }
  }
  if (openSince !== null) out.push({ start: openSince.toISOString(), end: null, durationMs: to.getTime() - openSince.getTime() });
  return out;
}

/** Total time covered by the intervals. */
export const totalMs = (xs: readonly Interval[]): number => xs.reduce((s, i) => s + i.durationMs, 0);

/**
 * Share of the watched part of [from, to] in which the condition did NOT hold (e.g. "up"), or
 * null when nothing of the range was watched. Never rounds an outage away: 22 s down in a day is
 * 99.97 %, not 100 %.
 */
export function availability(w: WatchedIntervals): number | null {
  if (w.watchedFrom === null) return null;
  const span = Date.parse(w.to) - Date.parse(w.watchedFrom);
  if (span <= 0) return null;
  const down = totalMs(w.intervals);
  if (down <= 0) return 1;
  return Math.min(0.9999, Math.floor((1 - down / span) * 10_000) / 10_000);
}
