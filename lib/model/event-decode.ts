// Reading stored events back: one schema per event type checks the JSON `details`, so readers
// get typed details or an explicit UnreadableEvent — never a guess, never a crash. Server-only
// (keeps zod out of the browser bundle).
import { z } from 'zod';
import { isEventType, type EventDetailsMap, type EventType, type StoredEvent } from './events';
import { ALERT_RULE_IDS, type AlertRuleId } from './alerts';
import { FINDING_RULE_IDS, FINDING_SEVERITIES, type FindingRule } from './findings';
import { LAG_STATUSES } from './lag';

const ids = z.array(z.number().int());
const broker = z.object({ host: z.string(), port: z.number().int(), rack: z.string().nullable() });
const lagStatus = z.enum(LAG_STATUSES);
const subject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cluster') }),
  z.object({ kind: z.literal('broker'), brokerId: z.number().int() }),
  z.object({ kind: z.literal('rack'), rack: z.string() }),
  z.object({ kind: z.literal('topic'), topic: z.string() }),
  z.object({ kind: z.literal('partition'), topic: z.string(), partition: z.number().int() }),
  z.object({ kind: z.literal('group'), groupId: z.string() }),
]);
const alert = z.object({
  fingerprint: z.string(),
  rule: z.enum(ALERT_RULE_IDS as [AlertRuleId, ...AlertRuleId[]]),
  severity: z.enum(['critical', 'warning']),
  summary: z.string(),
  labels: z.record(z.string(), z.string()),
});
const finding = z.object({
  findingId: z.string(),
  rule: z.enum(FINDING_RULE_IDS as [FindingRule, ...FindingRule[]]),
  severity: z.enum(FINDING_SEVERITIES),
  title: z.string(),
  subject,
});

// `satisfies` ties each schema to its interface: a field added to EventDetailsMap without a
// schema here (or a type without a schema) fails tsc.
const DETAILS = {
  BROKER_DOWN: broker,
  BROKER_UP: broker.extend({ firstSeen: z.boolean().optional() }),
  CONTROLLER_CHANGED: z.object({ from: z.number().int(), to: z.number().int() }),
  ISR_SHRINK: z.object({ removed: ids, before: ids, after: ids, replicas: ids }),
  ISR_EXPAND: z.object({ added: ids, before: ids, after: ids, replicas: ids }),
  LEADER_CHANGED: z.object({ from: z.number().int(), to: z.number().int() }),
  PARTITION_OFFLINE: z.object({ lastLeader: z.number().int(), replicas: ids, offlineReplicas: ids }),
  PARTITION_ONLINE: z.object({ leader: z.number().int() }),
  UNDER_MIN_ISR: z.object({ isr: ids, minIsr: z.number().int().nullable(), leader: z.number().int() }),
  MIN_ISR_RESTORED: z.object({ isr: ids, minIsr: z.number().int().nullable() }),
  TOPIC_CREATED: z.object({ partitions: z.number().int(), replicationFactor: z.number().int(), internal: z.boolean() }),
  TOPIC_DELETED: z.object({ partitions: z.number().int() }),
  PARTITIONS_ADDED: z.object({ from: z.number().int(), to: z.number().int() }),
  REPLICAS_CHANGED: z.object({ before: ids, after: ids }),
  GROUP_STATE_CHANGED: z.object({ groupId: z.string(), from: z.string(), to: z.string() }),
  LAG_STATUS_CHANGED: z.object({
    groupId: z.string(),
    from: lagStatus,
    to: lagStatus,
    reason: z.string(),
    since: z.string().optional(),
    topics: z.array(z.string()).optional(),
  }),
  CLUSTER_UNREACHABLE: z.object({ error: z.string().optional() }),
  CLUSTER_REACHABLE: z.object({}).transform(() => ({}) as Record<string, never>),
  FINDING_RAISED: finding,
  FINDING_CLEARED: finding,
  ALERT_FIRED: alert,
  ALERT_RESOLVED: alert,
} satisfies { [T in EventType]: z.ZodType<EventDetailsMap[T]> };

/** The detail fields a type carries (for documentation checks). */
export function detailFields(type: EventType): string[] {
  const schema = DETAILS[type] as z.ZodType;
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape ?? (schema as unknown as { def?: { in?: { shape?: Record<string, unknown> } } }).def?.in?.shape;
  return Object.keys(shape ?? {});
}

/** An event row as the database returns it (Prisma's `event` model, id still a bigint). */
export interface EventTableRow {
  id: bigint | string;
  at: Date;
  type: string;
  brokerId: number | null;
  topic: string | null;
  partition: number | null;
  details: unknown;
}

export function decodeEvent(row: EventTableRow): StoredEvent {
  const head = { id: row.id.toString(), at: row.at, brokerId: row.brokerId, topic: row.topic, partition: row.partition };
  if (!isEventType(row.type)) {
    return { ...head, type: 'UNREADABLE', storedType: row.type, details: row.details, problem: `unknown event type "${row.type}"` };
  }
  const parsed = DETAILS[row.type].safeParse(row.details);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'details';
    return { ...head, type: 'UNREADABLE', storedType: row.type, details: row.details, problem: `${where}: ${issue?.message ?? 'invalid'}` };
  }
  // The schema for row.type produced details of EventDetailsMap[row.type]; TS cannot correlate the two.
  return { ...head, type: row.type, details: parsed.data } as StoredEvent;
}

/** The JSON form the API serves (`at` as an ISO string). */
export function eventJson(e: StoredEvent): StoredEvent<string> {
  return { ...e, at: e.at.toISOString() } as StoredEvent<string>;
}
