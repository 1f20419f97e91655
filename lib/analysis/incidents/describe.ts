/** Title, severity and the one-line summary of an incident, from its counted facts. */
import { clock, formatDuration, listOf, plural } from './format';
import type { IncidentSeverity } from './types';

export interface Facts {
  start: Date;
  end: Date | null;
  durationMs: number;
  clusterUnreachable: boolean;
  brokersDown: number[];
  leadersMoved: number;
  /** "topic-partition" names with their total offline time and whether still offline. */
  offline: { name: string; durationMs: number; open: boolean }[];
  underMinIsr: { name: string; durationMs: number }[];
  isrShrinks: number;
  groupsBehind: string[];
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

/**
 * Named after the most upstream cause: an unreachable cluster explains dead brokers, a dead
 * broker explains offline partitions, and so on down to lagging consumers.
 */
export function titleOf(f: Facts): string {
  if (f.clusterUnreachable) return 'Cluster unreachable';
  if (f.brokersDown.length > 0) return `${capital(brokers(f.brokersDown))} down`;
  if (f.offline.length > 0) return partitions(f.offline.map((p) => p.name), 'offline');
  if (f.underMinIsr.length > 0) return partitions(f.underMinIsr.map((p) => p.name), 'under min ISR');
  if (f.isrShrinks > 0) return f.isrShrinks === 1 ? 'A partition under-replicated' : `${f.isrShrinks} partitions under-replicated`;
  if (f.groupsBehind.length > 0) return `Consumer ${groups(f.groupsBehind)}`;
  return 'Incident';
}

const longest = (xs: { durationMs: number }[]) => Math.max(0, ...xs.map((x) => x.durationMs));

/** "Broker 1 down 17:05–19:18 UTC (2h13m): 12 leaders moved, 1 partition offline for 2h13m, …". */
export function summaryOf(f: Facts, title: string): string {
  const when = f.end
    ? `${clock(f.start)}–${clock(f.end, f.start)} UTC (${formatDuration(f.durationMs)})`
    : `since ${clock(f.start)} UTC (${formatDuration(f.durationMs)} so far)`;
  const parts: string[] = [];
  if (f.clusterUnreachable && f.brokersDown.length > 0) parts.push(`${brokers(f.brokersDown)} down`);
  if (f.leadersMoved > 0) parts.push(`${plural(f.leadersMoved, 'leader')} moved`);
  if (f.offline.length === 1) {
    const p = f.offline[0];
    if (p) parts.push(`1 partition offline for ${formatDuration(p.durationMs)}${p.open ? ' so far' : ''}`);
  } else if (f.offline.length > 1) {
    parts.push(`${f.offline.length} partitions offline (longest ${formatDuration(longest(f.offline))})`);
  }
  // An offline partition is also under min ISR (no leader); say so only for the others.
  const offline = new Set(f.offline.map((p) => p.name));
  const minIsr = f.underMinIsr.filter((p) => !offline.has(p.name));
  if (minIsr.length > 0) parts.push(`${plural(minIsr.length, 'partition')} under min ISR (longest ${formatDuration(longest(minIsr))})`);
  if (f.isrShrinks > 0) parts.push(`ISR shrank on ${plural(f.isrShrinks, 'partition')}`);
  const groupsTitled = title.startsWith('Consumer group');
  if (f.groupsBehind.length > 0 && !groupsTitled) parts.push(groups(f.groupsBehind));
  return `${title} ${when}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}
