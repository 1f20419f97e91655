// Turns a stored event into a sentence an on-call engineer can read at 3 am. Pure: the
// component layer turns the segments into text and links (never HTML).
import type { EventRow } from '@/lib/views/events';

export type Segment =
  | string
  | { broker: number }
  | { topic: string }
  | { partition: { topic: string; partition: number } }
  | { group: string };

export type Severity = 'critical' | 'warning' | 'recovery' | 'info';

const SEVERITY: Record<string, Severity> = {
  BROKER_DOWN: 'critical',
  PARTITION_OFFLINE: 'critical',
  UNDER_MIN_ISR: 'critical',
  CLUSTER_UNREACHABLE: 'critical',
  TOPIC_DELETED: 'warning',
  ISR_SHRINK: 'warning',
  LEADER_CHANGED: 'warning',
  CONTROLLER_CHANGED: 'warning',
  REPLICAS_CHANGED: 'warning',
  LAG_STATUS_CHANGED: 'warning',
  BROKER_UP: 'recovery',
  PARTITION_ONLINE: 'recovery',
  MIN_ISR_RESTORED: 'recovery',
  ISR_EXPAND: 'recovery',
  CLUSTER_REACHABLE: 'recovery',
};

export function eventSeverity(type: string, details?: unknown): Severity {
  if (type === 'LAG_STATUS_CHANGED') {
    const to = str(asDetails(details), 'to');
    return to === 'OK' ? 'recovery' : to === 'WARN' ? 'warning' : 'critical';
  }
  return SEVERITY[type] ?? 'info';
}

/** Event types grouped for filters, in the order people look for them. */
export const EVENT_TYPE_GROUPS: { label: string; types: string[] }[] = [
  { label: 'Brokers', types: ['BROKER_DOWN', 'BROKER_UP', 'CONTROLLER_CHANGED'] },
  { label: 'Partitions', types: ['PARTITION_OFFLINE', 'PARTITION_ONLINE', 'UNDER_MIN_ISR', 'MIN_ISR_RESTORED', 'ISR_SHRINK', 'ISR_EXPAND', 'LEADER_CHANGED', 'REPLICAS_CHANGED'] },
  { label: 'Topics', types: ['TOPIC_CREATED', 'TOPIC_DELETED', 'PARTITIONS_ADDED'] },
  { label: 'Groups', types: ['GROUP_STATE_CHANGED', 'LAG_STATUS_CHANGED'] },
  { label: 'Cluster', types: ['CLUSTER_UNREACHABLE', 'CLUSTER_REACHABLE'] },
];

export const ALL_EVENT_TYPES = EVENT_TYPE_GROUPS.flatMap((g) => g.types);

/** "ISR_SHRINK" → "ISR shrink". */
export function eventTypeLabel(type: string): string {
  const words = type.toLowerCase().split('_');
  return words
    .map((w, i) => (['isr', 'rf'].includes(w) ? w.toUpperCase() : i === 0 ? w[0]?.toUpperCase() + w.slice(1) : w))
    .join(' ');
}

type Details = Record<string, unknown>;

const asDetails = (d: unknown): Details => (d && typeof d === 'object' && !Array.isArray(d) ? (d as Details) : {});
const num = (d: Details, k: string): number | null => (typeof d[k] === 'number' ? (d[k] as number) : null);
const str = (d: Details, k: string): string | null => (typeof d[k] === 'string' ? (d[k] as string) : null);
const nums = (d: Details, k: string): number[] => (Array.isArray(d[k]) ? (d[k] as unknown[]).filter((x): x is number => typeof x === 'number') : []);
const ids = (xs: number[]) => (xs.length > 0 ? xs.join(',') : 'none');

function brokerLinks(xs: number[]): Segment[] {
  const out: Segment[] = [];
  xs.forEach((b, i) => {
    if (i > 0) out.push(i === xs.length - 1 ? ' and ' : ', ');
    out.push({ broker: b });
  });
  return out;
}

export function describeEvent(e: Pick<EventRow, 'type' | 'brokerId' | 'topic' | 'partition' | 'details'>): Segment[] {
  const d = asDetails(e.details);
  const part: Segment | null =
    e.topic !== null && e.partition !== null ? { partition: { topic: e.topic, partition: e.partition } } : e.topic !== null ? { topic: e.topic } : null;
  const broker: Segment | null = e.brokerId !== null ? { broker: e.brokerId } : null;

  switch (e.type) {
    case 'BROKER_DOWN':
    case 'BROKER_UP': {
      const host = str(d, 'host');
      const port = num(d, 'port');
      const rack = str(d, 'rack');
      const where = [host !== null && port !== null ? `${host}:${port}` : null, rack ? `rack ${rack}` : null].filter(Boolean).join(', ');
      const verb = e.type === 'BROKER_DOWN' ? ' down' : d.firstSeen === true ? ' seen for the first time' : ' up';
      return [broker ?? 'Broker', verb, where ? ` (${where})` : ''];
    }
    case 'CONTROLLER_CHANGED': {
      const from = num(d, 'from');
      const to = num(d, 'to');
      return ['Active controller moved', ...(from !== null ? [' from ', { broker: from }] : []), ...(to !== null ? [' to ', { broker: to }] : [])];
    }
    case 'ISR_SHRINK': {
      const before = nums(d, 'before');
      const after = nums(d, 'after');
      const removed = nums(d, 'removed');
      return [
        'ISR of ', part ?? '?', ` shrank: ${after.length} left (${ids(before)} → ${ids(after)})`,
        ...(removed.length > 0 ? ['; out of sync: ', ...brokerLinks(removed)] : []),
      ];
    }
    case 'ISR_EXPAND': {
      const before = nums(d, 'before');
      const after = nums(d, 'after');
      const added = nums(d, 'added');
      const replicas = nums(d, 'replicas');
      return [
        'ISR of ', part ?? '?', ` grew: ${after.length}${replicas.length > 0 ? ` of ${replicas.length}` : ''} in sync (${ids(before)} → ${ids(after)})`,
        ...(added.length > 0 ? ['; caught up: ', ...brokerLinks(added)] : []),
      ];
    }
    case 'LEADER_CHANGED': {
      const from = num(d, 'from');
      const to = num(d, 'to');
      return ['Leader of ', part ?? '?', ' moved', ...(from !== null ? [' from ', { broker: from }] : []), ...(to !== null ? [' to ', { broker: to }] : [])];
    }
    case 'PARTITION_OFFLINE': {
      const last = num(d, 'lastLeader');
      const offline = nums(d, 'offlineReplicas');
      return [
        'Partition ', part ?? '?', ' offline',
        last !== null ? ` (last leader ${last})` : '',
        offline.length > 0 ? `; offline replicas ${ids(offline)}` : '',
      ];
    }
    case 'PARTITION_ONLINE': {
      const leader = num(d, 'leader');
      return ['Partition ', part ?? '?', ' back online', ...(leader !== null ? [' (leader ', { broker: leader }, ')'] : [])];
    }
    case 'UNDER_MIN_ISR': {
      const isr = nums(d, 'isr');
      const min = num(d, 'minIsr');
      return [part ?? '?', ` under min ISR: ${isr.length} in sync (${ids(isr)})${min !== null ? `, min.insync.replicas ${min}` : ''}; acks=all writes fail`];
    }
    case 'MIN_ISR_RESTORED': {
      const isr = nums(d, 'isr');
      const min = num(d, 'minIsr');
      return [part ?? '?', ` back at min ISR: ${isr.length} in sync (${ids(isr)})${min !== null ? `, min ${min}` : ''}`];
    }
    case 'TOPIC_CREATED': {
      const p = num(d, 'partitions');
      const rf = num(d, 'replicationFactor');
      const facts = [p !== null ? `${p} partition${p === 1 ? '' : 's'}` : null, rf !== null ? `RF ${rf}` : null, d.internal === true ? 'internal' : null];
      return ['Topic ', e.topic !== null ? { topic: e.topic } : '?', ' created', facts.some(Boolean) ? ` (${facts.filter(Boolean).join(', ')})` : ''];
    }
    case 'TOPIC_DELETED': {
      const p = num(d, 'partitions');
      // The topic page is gone, so the name is plain text.
      return [`Topic ${e.topic ?? '?'} deleted`, p !== null ? ` (had ${p} partition${p === 1 ? '' : 's'})` : ''];
    }
    case 'PARTITIONS_ADDED': {
      const from = num(d, 'from');
      const to = num(d, 'to');
      return ['Topic ', e.topic !== null ? { topic: e.topic } : '?', ` grew from ${from ?? '?'} to ${to ?? '?'} partitions`];
    }
    case 'REPLICAS_CHANGED':
      return ['Replicas of ', part ?? '?', ` reassigned (${ids(nums(d, 'before'))} → ${ids(nums(d, 'after'))})`];
    case 'GROUP_STATE_CHANGED': {
      const g = str(d, 'groupId');
      return ['Consumer group ', g !== null ? { group: g } : '?', ` ${str(d, 'from') ?? '?'} → ${str(d, 'to') ?? '?'}`];
    }
    case 'LAG_STATUS_CHANGED': {
      const g = str(d, 'groupId');
      const from = str(d, 'from');
      const to = str(d, 'to');
      const reason = str(d, 'reason');
      return ['Lag of consumer group ', g !== null ? { group: g } : '?', from && to ? ` ${from} → ${to}` : ' changed', reason ? `: ${reason}` : ''];
    }
    case 'CLUSTER_UNREACHABLE':
      return ['Cluster unreachable: no broker answered metadata requests'];
    case 'CLUSTER_REACHABLE':
      return ['Cluster reachable again'];
    default:
      return [eventTypeLabel(e.type), ...(part ? [' on ', part] : []), ...(broker ? [' (', broker, ')'] : [])];
  }
}

/** Plain-text rendering, for titles and tests. */
export function eventText(e: Parameters<typeof describeEvent>[0]): string {
  return describeEvent(e)
    .map((s, i) => (typeof s === 'string' ? s : segmentText(s, i === 0)))
    .join('');
}

/** Text of a linked segment; a broker starts a sentence with a capital. */
export function segmentText(s: Exclude<Segment, string>, first: boolean): string {
  if ('broker' in s) return `${first ? 'Broker' : 'broker'} ${s.broker}`;
  if ('topic' in s) return s.topic;
  if ('partition' in s) return `${s.partition.topic}-${s.partition.partition}`;
  return s.group;
}
