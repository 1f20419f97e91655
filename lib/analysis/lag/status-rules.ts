import { sinceLastReset } from './last-reset';

// The individual rules behind partitionStatus, each small enough to test and reason about alone.
// They work on time-ordered samples and use timestamps, never sample counts, for durations:
// polls fail and leave gaps, so "n samples" does not mean "n × 5 s".

/** One poll of a partition for one group. */
export interface LagSample {
  /** Epoch ms. */
  at: number;
  endOffset: bigint;
  committed: bigint | null;
  lag: bigint | null;
  /** Lag in seconds at that poll, when known (for the reasons only; the rules use messages). */
  lagSeconds?: number | null;
  /** Nothing left to read although lag > 0: only transaction markers after the commit. */
  caughtUp?: boolean;
}

/** A sample with a known commit and lag: the only kind the rules can judge. */
export type KnownSample = LagSample & { committed: bigint; lag: bigint };

export const isKnown = (s: LagSample): s is KnownSample => s.committed !== null && s.lag !== null;

/** At the end of the log, or only transaction markers left to read. */
export const isCaughtUp = (s: KnownSample): boolean => s.lag === 0n || s.caughtUp === true;

/** Samples from the last topic recreation on, in time order (see sinceLastReset). */
export function afterLastReset(samples: readonly LagSample[]): { samples: readonly LagSample[]; resetAt: number | null } {
  const { points, resetAt } = sinceLastReset(samples);
  return { samples: points, resetAt };
}

/** Index of the latest caught-up sample, or -1. */
export function lastCaughtUpIndex(window: KnownSample[]): number {
  for (let i = window.length - 1; i >= 0; i--) if (isCaughtUp(window[i]!)) return i;
  return -1;
}

/**
 * Rule REWIND: the committed offset went backwards between two consecutive known samples. Not a
 * rewind when the end offset went back too (topic recreated; normally already cut off by
 * afterLastReset), or when the earlier commit was beyond the end offset: that commit pointed past
 * the log (it outlived a recreated topic) and moving back into the log is a repair, not a replay.
 */
export function findRewind(window: KnownSample[]): { from: KnownSample; to: KnownSample } | null {
  let found: { from: KnownSample; to: KnownSample } | null = null;
  for (let i = 1; i < window.length; i++) {
    const from = window[i - 1]!;
    const to = window[i]!;
    if (to.committed < from.committed && to.endOffset >= from.endOffset && from.committed <= from.endOffset) {
      found = { from, to }; // keep the latest: it is the one still shaping the current lag
    }
  }
  return found;
}

/** Median spacing of samples: the poll interval, robust to the odd long gap from failed polls. */
export function typicalInterval(samples: { at: number }[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < samples.length; i++) gaps.push(samples[i]!.at - samples[i - 1]!.at);
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

/**
 * Rule STOP/STALL precondition: unread messages at every sample of the window and the committed
 * offset identical since at or before the window start. "Since" is the first sample of the
 * trailing run of equal commits in the whole (post-reset) history, so it can reach back further
 * than the window and the reason can say how long. One poll interval of slack: a caller that
 * passes exactly the samples inside the window has its first one up to a poll after the start.
 * Returns when the commit last changed (as far as we saw), or null when the rule does not hold.
 */
export function notCommittingSince(history: KnownSample[], window: KnownSample[], now: number, windowMs: number): number | null {
  const last = history[history.length - 1];
  if (!last || window.length === 0 || window.some(isCaughtUp)) return null;
  let runStart = last.at;
  for (let i = history.length - 1; i >= 0 && history[i]!.committed === last.committed; i--) runStart = history[i]!.at;
  const slack = typicalInterval(window);
  return now - runStart + slack >= windowMs ? runStart : null;
}

/** Whether the committed offset moved at all within the samples (a consumer doing some work). */
export function committedMoved(samples: KnownSample[]): boolean {
  const first = samples[0];
  return first !== undefined && samples.some((s) => s.committed !== first.committed);
}

/** Start of the current run of not-caught-up samples (the whole history when it never caught up). */
export function behindSince(history: KnownSample[]): number | null {
  const last = history[history.length - 1];
  if (!last || isCaughtUp(last)) return null;
  let since = last.at;
  for (let i = history.length - 1; i >= 0 && !isCaughtUp(history[i]!); i--) since = history[i]!.at;
  return since;
}
