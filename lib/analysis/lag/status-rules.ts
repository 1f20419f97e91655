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
  /** lagSeconds is a lower bound: older than the end-offset history, which gives no rate to date it by. */
  lagSecondsAtLeast?: boolean;
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
 * offset unchanged since at or before the window start. `runStart` is when the commit last changed
 * as far as the history saw (SampleHistory.commitRunStart: it reaches back further than the window,
 * so the reason can say how long). One poll interval of slack: the first sample inside the window
 * can be up to a poll after its start. Returns runStart when the rule holds, else null.
 */
export function notCommittingSince(runStart: number | null, window: KnownRun, now: number, windowMs: number): number | null {
  if (runStart === null || window.length === 0) return null;
  for (let i = 0; i < window.length; i++) if (window.isCaughtUp(i)) return null;
  const slack = typicalInterval(window);
  return now - runStart + slack >= windowMs ? runStart : null;
}
