import { formatCount, formatDuration } from './format';
import {
  afterLastReset,
  committedMoved,
  findRewind,
  isKnown,
  lagIncreasing,
  lastCaughtUp,
  notCommittingSince,
  type KnownSample,
  type LagSample,
} from './status-rules';

export type { LagSample } from './status-rules';

export type LagStatus = 'OK' | 'WARN' | 'ERR' | 'STALL' | 'STOP' | 'REWIND';

export interface LagStatusConfig {
  /** Sliding window the trend rules look at. */
  windowMs: number;
  /** Fewer known samples than this in the window → OK, "not enough history". */
  minSamples: number;
  /** Lag in seconds above which a consumer that is still committing is ERR; undefined = no such limit. */
  errLagSeconds?: number;
}

/**
 * errLagSeconds defaults to the window length: below it the trend rules are the better signal;
 * a consumer whose oldest unread message is older than the whole window is past "a blip". With
 * equal values a consumer at half the produce rate is WARN from one window in (lag ≈ window/2)
 * and ERR from two windows in.
 */
export const DEFAULT_LAG_STATUS_CONFIG: LagStatusConfig = { windowMs: 10 * 60_000, minSamples: 5, errLagSeconds: 600 };

/**
 * Least to most severe; a group takes its worst partition's status.
 * - WARN: only a trend, may turn around on its own.
 * - REWIND: offsets moved back, usually an operator's reset: messages get reprocessed, but it is
 *   deliberate and clears itself once out of the window.
 * - ERR: data is older than the operator's limit, but the consumer is still making progress.
 * - STALL: no progress though members are connected; they may still recover (retry, rebalance).
 * - STOP: no progress and no members: nothing will recover without a human.
 * The rules are checked in an order that matches this, so a consumer that keeps deteriorating
 * (slower, then stuck) only climbs: WARN → ERR → STALL/STOP, never drops to a milder label.
 */
export const LAG_STATUS_SEVERITY: readonly LagStatus[] = ['OK', 'WARN', 'REWIND', 'ERR', 'STALL', 'STOP'];

export interface LagStatusContext {
  hasMembers: boolean;
  /** Epoch ms the status is evaluated at; the window is [now − windowMs, now]. */
  now: number;
  /** From timeLag; null when unknown. */
  lagSeconds: number | null;
}

export interface PartitionLagStatus {
  status: LagStatus;
  reason: string;
}

/**
 * Status of one partition of one group. `samples` should reach back to at least now − windowMs
 * (older ones are fine and let STOP/STALL say how long commits have been missing). Rules, first
 * match wins: no commit / too little history → OK; REWIND; STOP/STALL; ERR; caught up → OK;
 * WARN; else OK.
 */
export function partitionStatus(samples: LagSample[], ctx: LagStatusContext, cfg: LagStatusConfig = DEFAULT_LAG_STATUS_CONFIG): PartitionLagStatus {
  const { samples: history, resetAt } = afterLastReset(samples);
  const latest = history[history.length - 1];
  if (latest && latest.committed === null) return { status: 'OK', reason: 'no committed offset' };

  const known = history.filter(isKnown);
  const window = known.filter((s) => s.at >= ctx.now - cfg.windowMs);
  const first = window[0];
  const last = window[window.length - 1];
  if (!first || !last || window.length < cfg.minSamples) {
    const since = resetAt !== null && resetAt >= ctx.now - cfg.windowMs ? ' since the topic was recreated' : '';
    return { status: 'OK', reason: `not enough history (${window.length} of ${cfg.minSamples} samples${since})` };
  }
  const ago = (at: number) => formatDuration(ctx.now - at);

  const rewind = findRewind(window);
  if (rewind) {
    const reason = `committed offset went back from ${formatCount(rewind.from.committed)} to ${formatCount(rewind.to.committed)} ${ago(rewind.to.at)} ago`;
    return { status: 'REWIND', reason };
  }

  const stuckSince = notCommittingSince(known, window, ctx.now, cfg.windowMs);
  if (stuckSince !== null) {
    const base = `no commit for ${ago(stuckSince)}, lag ${formatCount(last.lag)}`;
    return ctx.hasMembers
      ? { status: 'STALL', reason: `${base}, members connected but not progressing` }
      : { status: 'STOP', reason: `${base}, no members` };
  }

  if (cfg.errLagSeconds !== undefined && ctx.lagSeconds !== null && ctx.lagSeconds > cfg.errLagSeconds) {
    const behind = `${formatDuration(ctx.lagSeconds * 1000)} behind, over the ${formatDuration(cfg.errLagSeconds * 1000)} limit`;
    return { status: 'ERR', reason: `${behind}; ${trend(window, ctx)}` };
  }

  const caughtUp = lastCaughtUp(window);
  if (caughtUp) return { status: 'OK', reason: caughtUp === last ? 'caught up' : `caught up ${ago(caughtUp.at)} ago, lag ${formatCount(last.lag)}` };

  if (lagIncreasing(window)) return { status: 'WARN', reason: trend(window, ctx) };
  return { status: 'OK', reason: trend(window, ctx) };
}

/** "lag grew from 120 to 4,500 over 10m while committing", "lag 3,000 falling", ... */
function trend(window: KnownSample[], ctx: LagStatusContext): string {
  const first = window[0]!;
  const last = window[window.length - 1]!;
  const members = ctx.hasMembers ? '' : ', no members';
  if (lagIncreasing(window)) {
    const how = committedMoved(window) ? 'while committing' : 'without a commit';
    return `lag grew from ${formatCount(first.lag)} to ${formatCount(last.lag)} over ${formatDuration(last.at - first.at)} ${how}${members}`;
  }
  if (last.lag < first.lag) return `lag ${formatCount(last.lag)}, down from ${formatCount(first.lag)}, catching up${members}`;
  return `lag ${formatCount(last.lag)}, not growing${members}`;
}

/** Worst status of the group's partitions (see LAG_STATUS_SEVERITY); OK for no partitions. */
export function groupStatus(partitions: LagStatus[]): LagStatus {
  let worst: LagStatus = 'OK';
  for (const s of partitions) {
    if (LAG_STATUS_SEVERITY.indexOf(s) > LAG_STATUS_SEVERITY.indexOf(worst)) worst = s;
  }
  return worst;
}
