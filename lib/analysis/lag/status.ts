import { formatCount, formatDuration } from '@/lib/model/duration';
import { LAG_STATUSES, type LagStatus } from '@/lib/model/lag';
import { assessGrowth, type Growth, type GrowthConfig } from './growth';
import { SampleHistory } from './sample-history';
import { findRewind, lastCaughtUpIndex, notCommittingSince, type KnownSample, type LagSample } from './status-rules';

export type { LagSample } from './status-rules';
export type { LagStatus } from '@/lib/model/lag';

export interface LagStatusConfig extends GrowthConfig {
  /** Sliding window the rules look at. */
  windowMs: number;
  /** Fewer known samples than this in the window → OK, "not enough history". */
  minSamples: number;
  /** Lag in seconds above which a consumer that is still committing is ERR; undefined = no such limit. */
  errLagSeconds?: number;
}

/**
 * A consumer at half the produce rate is WARN about trendMinSpanMs (2 minutes) after it starts
 * falling behind, whatever its commit rhythm, and ERR once its oldest unread message is older
 * than errLagSeconds (default: the window, 10 minutes). The thresholds are tuned against the
 * recorded series in test/unit/lag (bursty commits every 30 s while keeping up stay OK).
 */
export const DEFAULT_LAG_STATUS_CONFIG: LagStatusConfig = {
  windowMs: 10 * 60_000,
  minSamples: 5,
  errLagSeconds: 600,
  trendMinSpanMs: 2 * 60_000,
  warnMinTau: 0.5,
  warnBehindRate: 0.02,
};

/**
 * Least to most severe; a group takes its worst partition's status.
 * - WARN: lag has grown steadily since the consumer last caught up; may turn around on its own.
 * - REWIND: offsets moved back, usually an operator's reset: messages get reprocessed, but it is
 *   deliberate and clears itself once out of the window.
 * - ERR: data is older than the operator's limit, but the consumer is still making progress.
 * - STALL: no progress though members are connected; they may still recover (retry, rebalance).
 * - STOP: no progress and no members: nothing will recover without a human.
 * The rules are checked in an order that matches this, so a consumer that keeps deteriorating
 * (slower, then stuck) only climbs: WARN → ERR → STALL/STOP, never drops to a milder label.
 */
export const LAG_STATUS_SEVERITY: readonly LagStatus[] = LAG_STATUSES;

export interface LagStatusContext {
  hasMembers: boolean;
  /** Epoch ms the status is evaluated at; the window is [now − windowMs, now]. */
  now: number;
  /** Lag in seconds now (exact or estimated); null when unknown. */
  lagSeconds: number | null;
  /** lagSeconds is only a lower bound (see LagSample.lagSecondsAtLeast). */
  lagSecondsAtLeast?: boolean;
  /** The partition's status at the previous evaluation, for hysteresis. */
  previous?: LagStatus;
}

export interface PartitionLagStatus {
  status: LagStatus;
  reason: string;
  /** When the condition behind a non-OK status began (epoch ms). */
  since: number | null;
}

/** partitionStatus of samples as objects, in any order (tests, scenarios). */
export function partitionStatus(samples: readonly LagSample[], ctx: LagStatusContext, cfg: LagStatusConfig = DEFAULT_LAG_STATUS_CONFIG): PartitionLagStatus {
  return historyStatus(SampleHistory.from(samples), ctx, cfg);
}

/**
 * Status of one partition of one group. `history` should keep at least the samples since
 * now − windowMs (older ones are not read: how long commits have been missing and since when the
 * consumer is behind are tracked by the history as samples arrive). Rules, first
 * match wins: no commit / too little history → OK; REWIND; STOP/STALL; ERR; caught up → OK;
 * lag growing steadily since it last caught up → WARN; else OK.
 */
export function historyStatus(history: SampleHistory, ctx: LagStatusContext, cfg: LagStatusConfig = DEFAULT_LAG_STATUS_CONFIG): PartitionLagStatus {
  const ok = (reason: string): PartitionLagStatus => ({ status: 'OK', reason, since: null });
  if (history.length > 0 && !history.latestHasCommit()) return ok('no committed offset');

  const known = history.known();
  // In time order: the window is the tail of the known samples from now − windowMs on.
  let from = known.length;
  while (from > 0 && known.at(from - 1) >= ctx.now - cfg.windowMs) from--;
  const window = known.slice(from);
  if (window.length === 0 || window.length < cfg.minSamples) {
    const resetAt = history.resetAt();
    const since = resetAt !== null && resetAt >= ctx.now - cfg.windowMs ? ' since the topic was recreated' : '';
    return ok(`not enough history (${window.length} of ${cfg.minSamples} samples${since})`);
  }
  const last = window.sample(window.length - 1);
  const ago = (at: number) => formatDuration(ctx.now - at);

  const rewind = findRewind(window);
  if (rewind) {
    const [before, after] = [window.sample(rewind.from), window.sample(rewind.to)];
    const reason = `committed offset went back from ${formatCount(before.committed)} to ${formatCount(after.committed)} ${ago(after.at)} ago`;
    return { status: 'REWIND', reason, since: after.at };
  }

  const stuckSince = notCommittingSince(history.commitRunStart(), window, ctx.now, cfg.windowMs);
  if (stuckSince !== null) {
    const base = `no commit for ${ago(stuckSince)}, lag ${formatCount(last.lag)}`;
    return ctx.hasMembers
      ? { status: 'STALL', reason: `${base}, members connected but not progressing`, since: stuckSince }
      : { status: 'STOP', reason: `${base}, no members`, since: stuckSince };
  }

  if (window.isCaughtUp(window.length - 1)) return ok(last.lag === 0n ? 'caught up' : `caught up (only transaction markers left to read, lag ${formatCount(last.lag)})`);

  const caught = lastCaughtUpIndex(window);
  const run = caught >= 0 ? window.slice(caught) : window;
  const growth = assessGrowth(run, cfg, ctx.previous === 'WARN' || ctx.previous === 'ERR');
  // The trouble began when the oldest message it has not read was written (that is what lag in
  // seconds measures; for a lower bound, the latest it can have begun); without lag seconds, when
  // it was last caught up.
  const since = ctx.lagSeconds !== null ? ctx.now - ctx.lagSeconds * 1000 : history.behindSince();
  if (cfg.errLagSeconds !== undefined && ctx.lagSeconds !== null && ctx.lagSeconds > cfg.errLagSeconds) {
    const behind = `${ctx.lagSecondsAtLeast === true ? 'at least ' : ''}${formatDuration(ctx.lagSeconds * 1000)} behind, over the ${formatDuration(cfg.errLagSeconds * 1000)} limit`;
    return { status: 'ERR', reason: `${behind}; ${describeGrowth(growth, caught >= 0, ctx)}`, since };
  }
  const reason = describeGrowth(growth, caught >= 0, ctx);
  if (growth.kind === 'growing') return { status: 'WARN', reason, since: since ?? growth.first.at };
  return ok(reason);
}

/** " (4m behind)"; " (≥ 4m behind)" for a lower bound, which can be much further behind; nothing for a bound of 0 (no information). */
function behindText(s: KnownSample): string {
  if (s.lagSeconds == null || (s.lagSecondsAtLeast === true && s.lagSeconds === 0)) return '';
  return ` (${s.lagSecondsAtLeast === true ? '≥ ' : ''}${formatDuration(s.lagSeconds * 1000)} behind)`;
}

/** "lag grew 1,247 → 13,290 (39s → 8m 16s behind) over 12m since it last caught up, +0.5 s/s", … */
function describeGrowth(g: Growth, sinceCaughtUp: boolean, ctx: LagStatusContext): string {
  const members = ctx.hasMembers ? '' : ', no members';
  const from = `${formatCount(g.first.lag)}${behindText(g.first)}`;
  const to = `${formatCount(g.last.lag)}${behindText(g.last)}`;
  const over = `over ${formatDuration(g.spanMs)}${sinceCaughtUp ? ' since it last caught up' : ''}`;
  switch (g.kind) {
    case 'growing':
      return `lag grew ${from} → ${to} ${over}, +${(g.behindRate ?? 0).toFixed(2)} s/s (${formatCount(Math.round(g.messagesPerSecond))} msg/s)${members}`;
    case 'shrinking':
      return `lag ${to}, down from ${formatCount(g.first.lag)}, catching up${members}`;
    case 'too-short':
      return `lag ${to}, ${g.messagesPerSecond > 0 ? 'rising' : 'steady'} for ${formatDuration(g.spanMs)} (judged after ${formatDuration(g.neededSpanMs)})${members}`;
    case 'no-writes':
      return `lag ${to}, no new messages${members}`;
    default:
      return `lag ${to}, not growing ${over}${members}`;
  }
}

/** Worst status of the group's partitions (see LAG_STATUS_SEVERITY); OK for no partitions. */
export function groupStatus(partitions: LagStatus[]): LagStatus {
  let worst: LagStatus = 'OK';
  for (const s of partitions) {
    if (LAG_STATUS_SEVERITY.indexOf(s) > LAG_STATUS_SEVERITY.indexOf(worst)) worst = s;
  }
  return worst;
}
