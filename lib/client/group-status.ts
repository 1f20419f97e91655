// Consumer-group lag statuses, least to most severe (the API's order), and how to show them.
import { LAG_STATUSES, lagSecondsQualifier, lagStatusRank, type LagEstimate, type LagStatus } from '@/lib/model/lag';
import { formatDuration } from './format';
import type { Tone } from './tone';

/** The lag statuses of lib/model, least to most severe. */
export const GROUP_STATUSES = LAG_STATUSES;
export type GroupStatus = LagStatus;

export const GROUP_STATUS_HELP: Record<GroupStatus, string> = {
  OK: 'Caught up at some point in the window, or lag not growing',
  WARN: 'Lag grew across the whole window',
  REWIND: 'The committed offset went backwards (an offset reset)',
  ERR: 'Lag in seconds above the limit while still consuming',
  STALL: 'Lag, no commit for the whole window, members connected',
  STOP: 'Lag, no commit for the whole window, no members',
};

/** -1 for a group not evaluated yet, then 0 (OK) … 5 (STOP). */
export const statusRank = (s: string | null): number => lagStatusRank(s);

export function statusTone(s: string | null): Tone {
  switch (s) {
    case 'OK':
      return 'ok';
    case 'WARN':
    case 'REWIND':
      return 'warn';
    case 'ERR':
    case 'STALL':
    case 'STOP':
      return 'bad';
    default:
      return 'neutral';
  }
}

/** "4m 12s"; "≥ 4m 12s" for a lower bound, "≈ 4m 12s" for an estimate (lib/model/lag.ts lagSecondsQualifier). */
export function formatLagSeconds(seconds: number | null, estimate?: LagEstimate | null): string {
  if (seconds === null) return '—';
  return `${lagSecondsQualifier(estimate)}${formatDuration(seconds * 1000)}`;
}

export function estimateHelp(estimate: LagEstimate | null): string | undefined {
  switch (estimate) {
    case 'exact':
      return 'Age of the oldest unread message, read from Kafka';
    case 'batch':
      return 'Age of the first message of the batch holding the oldest unread one: at most the batch\'s span too high';
    case 'caught-up':
      return 'Caught up';
    case 'interpolated':
      return 'Dated between two polls';
    case 'extrapolated':
      return 'Older than the kept history: estimated from the average rate';
    case 'lower-bound':
      return 'Older than the kept history, no writes in it to date it by: at least this much, maybe much more';
    default:
      return undefined;
  }
}
