/** Title, severity and the one-line summary of an incident, from its counted facts. */
import { formatDuration, plural } from '@/lib/model/duration';
import type { LagStatus } from '@/lib/model/lag';
import { clock, listOf } from './format';
import type { IncidentKind, IncidentSeverity } from './types';

export interface Facts {
  kind: IncidentKind;
  start: Date;
  end: Date | null;
  durationMs: number;
  clusterUnreachable: boolean;
  brokersDown: number[];
  leadersMoved: number;
  /** "topic-partition" names with their total offline time and whether still offline. */
  offline: { name: string; durationMs: number; open: boolean }[];
  /** Under min ISR as kafka-topics counts it: offline partitions included. */
  underMinIsr: { name: string; durationMs: number }[];
  isrShrinks: number;
  groupsBehind: string[];
  /** Consumer incidents: the group's worst status and its last reason. */
  worstLag: { status: LagStatus; reason: string } | null;
}

/** Critical = data unavailable or writes at risk; major = lost redundancy; minor = consumers only. */
export function severityOf(f: Facts): IncidentSeverity {
  if (f.clusterUnreachable || f.offline.length > 0 || f.underMinIsr.length > 0) return 'critical';
  if (f.brokersDown.length > 0 || f.isrShrinks > 0) return 'major';
  return 'minor';
}

const brokers = (ids: number[]) => (ids.length === 1 ? `broker ${ids[0]}` : `brokers ${ids.join(', ')}`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function partitions(names: string[], what: string): string {
  if (names.length === 1) return `Partition ${names[0]} ${what}`;
  return names.length <= 3 ? `Partitions ${names.join(', ')} ${what}` : `${names.length} partitions ${what}`;
}

const groups = (ids: string[]) => `${ids.length === 1 ? 'group' : 'groups'} ${listOf(ids)} fell behind`;
const LAG_VERB: Partial<Record<LagStatus, string>> = { ERR: 'fell behind', STALL: 'stalled', STOP: 'stopped' };

/**
 * Named after the most upstream cause: an unreachable cluster explains dead brokers, a dead
 * broker explains offline partitions, and so on down to lagging consumers.
 */
export function titleOf(f: Facts): string {
  if (f.kind === 'consumer') {
    const [g] = f.groupsBehind;
    return `Consumer group ${g ?? '?'} ${(f.worstLag && LAG_VERB[f.worstLag.status]) ?? 'fell behind'}`;
  }
  if (f.clusterUnreachable) return 'Cluster unreachable';
  if (f.brokersDown.length > 0) return `${capital(brokers(f.brokersDown))} down`;
  if (f.offline.length > 0) return partitions(f.offline.map((p) => p.name), 'offline');
  if (f.underMinIsr.length > 0) return partitions(f.underMinIsr.map((p) => p.name), 'under min ISR');
  if (f.isrShrinks > 0) return f.isrShrinks === 1 ? 'A partition under-replicated' : `${f.isrShrinks} partitions under-replicated`;
  if (f.groupsBehind.length > 0) return `Consumer ${groups(f.groupsBehind)}`;
  return 'Incident';
}

const longest = (xs: { durationMs: number }[]) => Math.max(0, ...xs.map((x) => x.durationMs));

/**
 * "Broker 1 down 17:05–19:18 UTC (2h 13m): 12 leaders moved, 1 partition offline for 2h 13m, …".
 * Counts are the API's: partitions under min ISR include the offline ones, as kafka-topics counts.
 */
export function summaryOf(f: Facts, title: string): string {
  const when = f.end
    ? `${clock(f.start)}–${clock(f.end, f.start)} UTC (${formatDuration(f.durationMs)})`
    : `since ${clock(f.start)} UTC (${formatDuration(f.durationMs)} so far)`;
  const parts: string[] = [];
  if (f.kind === 'consumer') {
    if (f.worstLag) parts.push(f.worstLag.reason);
    return `${title} ${when}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
  }
  if (f.clusterUnreachable && f.brokersDown.length > 0) parts.push(`${brokers(f.brokersDown)} down`);
  if (f.leadersMoved > 0) parts.push(`${plural(f.leadersMoved, 'leader')} moved`);
  if (f.offline.length === 1) {
    const p = f.offline[0];
    if (p) parts.push(`1 partition offline for ${formatDuration(p.durationMs)}${p.open ? ' so far' : ''}`);
  } else if (f.offline.length > 1) {
    parts.push(`${f.offline.length} partitions offline (longest ${formatDuration(longest(f.offline))})`);
  }
  if (f.underMinIsr.length > 0) {
    const ofThem = f.offline.length > 0 ? `, ${f.offline.length} of them offline` : '';
    parts.push(`${plural(f.underMinIsr.length, 'partition')} under min ISR (longest ${formatDuration(longest(f.underMinIsr))}${ofThem})`);
  }
  if (f.isrShrinks > 0) parts.push(`ISR shrank on ${plural(f.isrShrinks, 'partition')}`);
  if (f.groupsBehind.length > 0) parts.push(groups(f.groupsBehind));
  return `${title} ${when}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}
