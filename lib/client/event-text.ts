// Turns a stored event into a sentence an on-call engineer can read at 3 am. Pure: the
// component layer turns the segments into text and links (never HTML). One sentence per event
// type, in a table over the vocabulary: a new type without a sentence fails tsc.
import { EVENT_FAMILIES, EVENT_TYPE_INFO, EVENT_TYPES, type EventRow, type EventType, type ReadableEvent } from '@/lib/model/events';
import { plural } from '@/lib/model/duration';
import type { FindingSubject } from '@/lib/model/findings';
import { severityOf, type EventSeverity } from '@/lib/model/event-severity';

export type Segment = string | { broker: number } | { topic: string } | { partition: { topic: string; partition: number } } | { group: string };

export type Severity = EventSeverity;

export const eventSeverity = (e: Pick<EventRow, 'type' | 'details'>): Severity => severityOf(e);

/** Event types grouped for filters, in the order people look for them. */
export const EVENT_TYPE_GROUPS: { label: string; types: EventType[] }[] = EVENT_FAMILIES.map((label) => ({
  label,
  types: EVENT_TYPES.filter((t) => EVENT_TYPE_INFO[t].family === label),
}));

export const ALL_EVENT_TYPES: EventType[] = EVENT_TYPE_GROUPS.flatMap((g) => g.types);

export function eventTypeLabel(type: string): string {
  return Object.hasOwn(EVENT_TYPE_INFO, type) ? EVENT_TYPE_INFO[type as EventType].label : type;
}

type Shown = ReadableEvent<string>;
type Sentence<T extends EventType> = (e: Extract<Shown, { type: T }>, where: Segment) => Segment[];

const ids = (xs: number[]) => (xs.length > 0 ? xs.join(',') : 'none');

function brokerLinks(xs: number[]): Segment[] {
  const out: Segment[] = [];
  xs.forEach((b, i) => {
    if (i > 0) out.push(i === xs.length - 1 ? ' and ' : ', ');
    out.push({ broker: b });
  });
  return out;
}

function brokerAt(e: Extract<Shown, { type: 'BROKER_DOWN' | 'BROKER_UP' }>, verb: string): Segment[] {
  const d = e.details;
  const where = [`${d.host}:${d.port}`, d.rack ? `rack ${d.rack}` : null].filter(Boolean).join(', ');
  return [e.brokerId !== null ? { broker: e.brokerId } : 'Broker', verb, ` (${where})`];
}

const topicOf = (e: Shown): Segment => (e.topic !== null ? { topic: e.topic } : '?');

const SENTENCES: { [T in EventType]: Sentence<T> } = {
  BROKER_DOWN: (e) => brokerAt(e, ' down'),
  BROKER_UP: (e) => brokerAt(e, e.details.firstSeen ? ' seen for the first time' : ' up'),
  CONTROLLER_CHANGED: (e) => ['Active controller moved from ', { broker: e.details.from }, ' to ', { broker: e.details.to }],
  ISR_SHRINK: (e, p) => [
    'ISR of ', p, ` shrank: ${e.details.after.length} left (${ids(e.details.before)} → ${ids(e.details.after)})`,
    ...(e.details.removed.length > 0 ? ['; out of sync: ', ...brokerLinks(e.details.removed)] : []),
  ],
  ISR_EXPAND: (e, p) => [
    'ISR of ', p, ` grew: ${e.details.after.length} of ${e.details.replicas.length} in sync (${ids(e.details.before)} → ${ids(e.details.after)})`,
    ...(e.details.added.length > 0 ? ['; caught up: ', ...brokerLinks(e.details.added)] : []),
  ],
  LEADER_CHANGED: (e, p) => ['Leader of ', p, ' moved from ', { broker: e.details.from }, ' to ', { broker: e.details.to }],
  PARTITION_OFFLINE: (e, p) => [
    'Partition ', p, ` offline (last leader ${e.details.lastLeader})`,
    e.details.offlineReplicas.length > 0 ? `; offline replicas ${ids(e.details.offlineReplicas)}` : '',
  ],
  PARTITION_ONLINE: (e, p) => ['Partition ', p, ' back online (leader ', { broker: e.details.leader }, ')'],
  UNDER_MIN_ISR: (e, p) => [
    p,
    ` under min ISR: ${e.details.isr.length} in sync (${ids(e.details.isr)})${e.details.minIsr !== null ? `, min.insync.replicas ${e.details.minIsr}` : ''}; acks=all writes fail`,
  ],
  MIN_ISR_RESTORED: (e, p) => [p, ` back at min ISR: ${e.details.isr.length} in sync (${ids(e.details.isr)})${e.details.minIsr !== null ? `, min ${e.details.minIsr}` : ''}`],
  TOPIC_CREATED: (e) => [
    'Topic ', topicOf(e),
    ` created (${plural(e.details.partitions, 'partition')}, RF ${e.details.replicationFactor}${e.details.internal ? ', internal' : ''})`,
  ],
  // The topic page is gone, so the name is plain text.
  TOPIC_DELETED: (e) => [`Topic ${e.topic ?? '?'} deleted (had ${plural(e.details.partitions, 'partition')})`],
  PARTITIONS_ADDED: (e) => ['Topic ', topicOf(e), ` grew from ${e.details.from} to ${e.details.to} partitions`],
  REPLICAS_CHANGED: (e, p) => ['Replicas of ', p, ` reassigned (${ids(e.details.before)} → ${ids(e.details.after)})`],
  GROUP_STATE_CHANGED: (e) => ['Consumer group ', { group: e.details.groupId }, ` ${e.details.from} → ${e.details.to}`],
  LAG_STATUS_CHANGED: (e) => ['Lag of consumer group ', { group: e.details.groupId }, ` ${e.details.from} → ${e.details.to}: ${e.details.reason}`],
  CLUSTER_UNREACHABLE: (e) => [`Cluster unreachable${e.details.error ? `: ${e.details.error}` : ': no broker answered metadata requests'}`],
  CLUSTER_REACHABLE: () => ['Cluster reachable again'],
  FINDING_RAISED: (e) => [`New ${e.details.severity} finding: `, ...subjectSegments(e.details.subject), ` — ${e.details.title}`],
  FINDING_CLEARED: (e) => ['Finding cleared: ', ...subjectSegments(e.details.subject), ` — ${e.details.title}`],
  ALERT_FIRED: (e) => [`Alert fired (${e.details.severity}): ${e.details.summary}`],
  ALERT_RESOLVED: (e) => [`Alert resolved: ${e.details.summary}`],
};

function subjectSegments(s: FindingSubject): Segment[] {
  switch (s.kind) {
    case 'cluster':
      return ['cluster'];
    case 'broker':
      return [{ broker: s.brokerId }];
    case 'rack':
      return [`rack ${s.rack}`];
    case 'topic':
      return [{ topic: s.topic }];
    case 'partition':
      return [{ partition: { topic: s.topic, partition: s.partition } }];
    case 'group':
      return [{ group: s.groupId }];
  }
}

/** How several events of one type read inside a group's summary line. */
const MANY: Record<EventType, (n: number) => string> = {
  BROKER_DOWN: (n) => `${plural(n, 'broker')} down`,
  BROKER_UP: (n) => `${plural(n, 'broker')} up`,
  CONTROLLER_CHANGED: (n) => `controller moved ${n === 1 ? 'once' : `${n} times`}`,
  ISR_SHRINK: (n) => `ISR of ${plural(n, 'partition')} shrank`,
  ISR_EXPAND: (n) => `ISR of ${plural(n, 'partition')} grew back`,
  LEADER_CHANGED: (n) => `${plural(n, 'leader')} moved`,
  PARTITION_OFFLINE: (n) => `${plural(n, 'partition')} offline`,
  PARTITION_ONLINE: (n) => `${plural(n, 'partition')} back online`,
  UNDER_MIN_ISR: (n) => `${plural(n, 'partition')} under min ISR`,
  MIN_ISR_RESTORED: (n) => `${plural(n, 'partition')} back at min ISR`,
  TOPIC_CREATED: (n) => `${plural(n, 'topic')} created`,
  TOPIC_DELETED: (n) => `${plural(n, 'topic')} deleted`,
  PARTITIONS_ADDED: (n) => `partitions added to ${plural(n, 'topic')}`,
  REPLICAS_CHANGED: (n) => `${plural(n, 'partition')} reassigned`,
  GROUP_STATE_CHANGED: (n) => `${plural(n, 'group')} changed state`,
  LAG_STATUS_CHANGED: (n) => `lag status of ${plural(n, 'group')} changed`,
  CLUSTER_UNREACHABLE: () => 'cluster unreachable',
  CLUSTER_REACHABLE: () => 'cluster reachable again',
  FINDING_RAISED: (n) => `${plural(n, 'finding')} raised`,
  FINDING_CLEARED: (n) => `${plural(n, 'finding')} cleared`,
  ALERT_FIRED: (n) => `${plural(n, 'alert')} fired`,
  ALERT_RESOLVED: (n) => `${plural(n, 'alert')} resolved`,
};

export function describeEvent(e: Pick<EventRow, 'type' | 'brokerId' | 'topic' | 'partition' | 'details'> & Partial<Pick<EventRow, 'id' | 'at'>>): Segment[] {
  if (e.type === 'UNREADABLE') {
    const stored = (e as Extract<EventRow, { type: 'UNREADABLE' }>).storedType;
    return [`Unreadable event${stored ? ` of type ${stored}` : ''} (details could not be decoded)`];
  }
  const where: Segment = e.topic !== null && e.partition !== null ? { partition: { topic: e.topic, partition: e.partition } } : e.topic !== null ? { topic: e.topic } : '?';
  // SENTENCES[e.type] takes exactly e's type; TS cannot correlate the two, hence the cast.
  return (SENTENCES[e.type] as Sentence<EventType>)(e as never, where);
}

/** "ISR of 29 partitions shrank, 1 partition offline, 12 leaders moved" for a group's members. */
export function describeCounts(counts: Partial<Record<EventType, number>>): string {
  return EVENT_TYPES.flatMap((t) => (counts[t] ? [MANY[t](counts[t])] : [])).join(', ');
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
