// Consumer-group lag statuses, least to most severe (the API's order), and how to show them.
import { LAG_STATUSES, lagStatusRank, type LagStatus } from '@/lib/model/lag';
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

/** "4m 12s"; "≈" when the age is not read straight off the offset history. */
export function formatLagSeconds(seconds: number | null, estimate?: string | null): string {
  if (seconds === null) return '—';
  const approx = estimate !== undefined && estimate !== null && estimate !== 'interpolated' && estimate !== 'caught-up';
  const prefix = estimate === 'lower-bound' ? '≥ ' : approx ? '≈ ' : '';
  return `${prefix}${formatDuration(seconds * 1000)}`;
}

export function estimateHelp(estimate: string | null): string | undefined {
  switch (estimate) {
    case 'caught-up':
      return 'Caught up';
    case 'interpolated':
      return 'Dated between two polls';
    case 'extrapolated':
      return 'Older than the kept history: estimated from the average rate';
    case 'lower-bound':
      return 'Older than the kept history, no rate to go by: at least this much';
    default:
      return undefined;
  }
}
