import type { KnownRun } from './sample-history';

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

/** A sample with a known commit and lag: the only kind the rules can judge (a KnownRun holds those). */
export type KnownSample = LagSample & { committed: bigint; lag: bigint };

/** Index of the latest caught-up sample, or -1. */
export function lastCaughtUpIndex(window: KnownRun): number {
  for (let i = window.length - 1; i >= 0; i--) if (window.isCaughtUp(i)) return i;
  return -1;
}

/**
 * Rule REWIND: the committed offset went backwards between two consecutive known samples. Not a
 * rewind when the end offset went back too (topic recreated; normally already cut off at the last
 * reset), or when the earlier commit was beyond the end offset: that commit pointed past the log
 * (it outlived a recreated topic) and moving back into the log is a repair, not a replay.
 * Returns the indexes of the latest such pair (it is the one still shaping the current lag).
 */
export function findRewind(window: KnownRun): { from: number; to: number } | null {
  for (let i = window.length - 1; i >= 1; i--) {
    if (window.compareCommits(i, i - 1) < 0 && window.compareEnds(i, i - 1) >= 0 && window.compareCommitToEnd(i - 1) <= 0) return { from: i - 1, to: i };
  }
  return null;
}

/** Median spacing of samples: the poll interval, robust to the odd long gap from failed polls. */
export function typicalInterval(samples: { readonly length: number; at(i: number): number }): number {
  if (samples.length < 2) return 0;
  const gaps = new Float64Array(samples.length - 1);
  for (let i = 1; i < samples.length; i++) gaps[i - 1] = samples.at(i) - samples.at(i - 1);
  gaps.sort();
  return gaps[gaps.length >> 1]!;
}

/**
 * Rule STOP/STALL precondition: unread messages at every sample of the window and the committed
 * offset identical since at or before the window start. "Since" is the first sample of the
 * trailing run of equal commits in the whole (post-reset) history, so it can reach back further
 * than the window and the reason can say how long. One poll interval of slack: a caller that
 * passes exactly the samples inside the window has its first one up to a poll after the start.
 * Returns when the commit last changed (as far as we saw), or null when the rule does not hold.
 */
export function notCommittingSince(history: KnownRun, window: KnownRun, now: number, windowMs: number): number | null {
  const n = history.length;
  if (n === 0 || window.length === 0) return null;
  for (let i = 0; i < window.length; i++) if (window.isCaughtUp(i)) return null;
  let i = n - 1;
  while (i > 0 && history.sameCommit(i - 1, n - 1)) i--;
  const runStart = history.at(i);
  const slack = typicalInterval(window);
  return now - runStart + slack >= windowMs ? runStart : null;
}

/** Whether the committed offset moved at all within the samples (a consumer doing some work). */
export function committedMoved(samples: KnownRun): boolean {
  for (let i = 1; i < samples.length; i++) if (!samples.sameCommit(i, 0)) return true;
  return false;
}

/** Start of the current run of not-caught-up samples (the whole history when it never caught up). */
export function behindSince(history: KnownRun): number | null {
  const n = history.length;
  if (n === 0 || history.isCaughtUp(n - 1)) return null;
  let i = n - 1;
  while (i > 0 && !history.isCaughtUp(i - 1)) i--;
  return history.at(i);
}
