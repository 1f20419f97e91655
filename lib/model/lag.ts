// Consumer-group lag statuses, least to most severe, and what each means.

export const LAG_STATUSES = ['OK', 'WARN', 'REWIND', 'ERR', 'STALL', 'STOP'] as const;
export type LagStatus = (typeof LAG_STATUSES)[number];

export function isLagStatus(s: unknown): s is LagStatus {
  return typeof s === 'string' && (LAG_STATUSES as readonly string[]).includes(s);
}

/** 0 (OK) … 5 (STOP); -1 for a group not evaluated yet. Also the /metrics value. */
export function lagStatusRank(s: string | null): number {
  return s === null ? -1 : (LAG_STATUSES as readonly string[]).indexOf(s);
}

/** Statuses that mean a group is failing to keep up (incidents, alerts and findings key on them). */
export const BAD_LAG_STATUSES: readonly LagStatus[] = ['ERR', 'STALL', 'STOP'];
export const isBadLagStatus = (s: string | null | undefined): boolean => s != null && (BAD_LAG_STATUSES as readonly string[]).includes(s);

export const LAG_STATUS_HELP: Record<LagStatus, string> = {
  OK: 'Caught up, catching up, or lag not growing',
  WARN: 'Lag growing steadily since the consumer last caught up',
  REWIND: 'The committed offset went backwards (an offset reset)',
  ERR: 'Lag in seconds above the limit while still consuming',
  STALL: 'Lag, no commit for the whole window, members connected',
  STOP: 'Lag, no commit for the whole window, no members',
};

/**
 * How a lag in seconds was obtained.
 * exact: now − the timestamp of the record at the committed offset (read from Kafka).
 * caught-up: nothing left to read (committed >= end offset, or only transaction markers left).
 * batch: from the timestamp of the record batch holding that record (compressed with a codec we
 *   cannot read, or cut off): the batch's first record, so at most the batch's time span too high.
 * interpolated / extrapolated / lower-bound: estimated from this instance's end-offset history
 *   (when the record could not be read in this poll).
 */
export const LAG_ESTIMATES = ['exact', 'caught-up', 'batch', 'interpolated', 'extrapolated', 'lower-bound'] as const;
export type LagEstimate = (typeof LAG_ESTIMATES)[number];

/** A stored estimate name, or null for none or one this version does not know. */
export const asLagEstimate = (s: string | null | undefined): LagEstimate | null => ((LAG_ESTIMATES as readonly unknown[]).includes(s) ? (s as LagEstimate) : null);

/** Estimates whose figure is a statement of fact rather than an approximation. */
export const isExactLag = (e: LagEstimate | null | undefined): boolean => e === 'exact' || e === 'caught-up';

/**
 * What a lag in seconds is prefixed with: "≥ " for a lower bound (the oldest unread message is at
 * least that old), "≈ " for a figure from a batch's first record or from the history's average
 * rate; nothing for one read off the record, dated between two polls, or caught up.
 */
export function lagSecondsQualifier(e: LagEstimate | null | undefined): '' | '≥ ' | '≈ ' {
  if (e === 'lower-bound') return '≥ ';
  return e === 'batch' || e === 'extrapolated' ? '≈ ' : '';
}

const UNCERTAINTY: Record<LagEstimate, number> = { 'caught-up': 0, exact: 0, interpolated: 1, batch: 2, extrapolated: 3, 'lower-bound': 4 };

/**
 * The largest of several partitions' lag in seconds and how far it can be trusted. A lower bound
 * anywhere makes the largest figure a lower bound too, whichever partition it came from: that
 * partition may be further behind than the largest figure says. Otherwise the largest figure's own
 * estimate (the less certain one of equal figures). Null seconds (unknown) are left out.
 */
export function maxLagSeconds(xs: readonly { lagSeconds: number | null; lagSecondsEstimate: LagEstimate | null }[]): {
  seconds: number | null;
  estimate: LagEstimate | null;
} {
  let seconds: number | null = null;
  let estimate: LagEstimate | null = null;
  let bounded = false;
  for (const x of xs) {
    if (x.lagSeconds === null) continue;
    if (x.lagSecondsEstimate === 'lower-bound') bounded = true;
    const worse = estimate === null || (x.lagSecondsEstimate !== null && UNCERTAINTY[x.lagSecondsEstimate] > UNCERTAINTY[estimate]);
    if (seconds === null || x.lagSeconds > seconds || (x.lagSeconds === seconds && worse)) {
      seconds = x.lagSeconds;
      estimate = x.lagSecondsEstimate;
    }
  }
  return { seconds, estimate: bounded ? 'lower-bound' : estimate };
}

/** The record at a committed offset, as read from Kafka (the source of exact lag in seconds). */
export type RecordTime =
  | { offset: bigint; kind: 'record'; timestamp: number }
  /** Only the timestamp of its batch's first record could be read (compressed or cut off). */
  | { offset: bigint; kind: 'batch'; timestamp: number }
  /** Nothing but transaction markers from the offset to the end of the log. */
  | { offset: bigint; kind: 'nothing-to-read' };
