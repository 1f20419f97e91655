/**
 * Turns a sequence of state transitions into intervals within [from, to]: "broker 1 down
 * 17:05–19:18". `initiallyOn` is the state at `from` (from the last transition before it);
 * an interval still open at `to` has end null.
 */
export interface Transition {
  at: Date;
  on: boolean;
}

export interface Interval {
  start: string;
  end: string | null;
  durationMs: number;
}

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
