import { estimateHelp, formatLagSeconds } from '@/lib/client/group-status';
import type { LagEstimate } from '@/lib/model/lag';

/** A lag in seconds with its qualifier ("≥", "≈") and, on hover, how it was obtained. */
export function LagSeconds({ seconds, estimate }: { seconds: number | null; estimate: LagEstimate | null }) {
  return <span title={estimateHelp(estimate)}>{formatLagSeconds(seconds, estimate)}</span>;
}
