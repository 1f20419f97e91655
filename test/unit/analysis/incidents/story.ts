import type { IncidentEvent } from '@/lib/analysis/incidents';
import type { EventDetailsMap, EventType } from '@/lib/model/events';
import type { LagStatus } from '@/lib/model/lag';

export const t = (hhmm: string, day = '01') => new Date(`2026-01-${day}T${hhmm}:00Z`);
export const MIN = 60_000;

let seq = 0;
type Subject = { brokerId?: number | null; topic?: string | null; partition?: number | null };

/** One event; ids increase in creation order like the table's autoincrement. */
export function ev<T extends EventType>(type: T, at: Date, details: EventDetailsMap[T], over: Subject = {}): IncidentEvent {
  seq += 1;
  // The union of stored events cannot be built generically; each call site passes matching details.
  return { id: String(seq), at, type, brokerId: null, topic: null, partition: null, ...over, details } as IncidentEvent;
}

export const down = (id: number, at: Date) => ev('BROKER_DOWN', at, { host: `k${id}`, port: 9091 + id, rack: null }, { brokerId: id });
export const up = (id: number, at: Date) => ev('BROKER_UP', at, { host: `k${id}`, port: 9091 + id, rack: null }, { brokerId: id });
export const offline = (topic: string, p: number, at: Date, replicas = [1]) =>
  ev('PARTITION_OFFLINE', at, { lastLeader: replicas[0]!, replicas, offlineReplicas: replicas }, { topic, partition: p });
export const online = (topic: string, p: number, at: Date, leader = 1) => ev('PARTITION_ONLINE', at, { leader }, { topic, partition: p, brokerId: leader });
export const shrink = (topic: string, p: number, at: Date, removed: number[], replicas = [1, 2, 3]) =>
  ev('ISR_SHRINK', at, { removed, before: replicas, after: replicas.filter((r) => !removed.includes(r)), replicas }, { topic, partition: p, brokerId: removed[0] ?? null });
export const expand = (topic: string, p: number, at: Date, added: number[], replicas = [1, 2, 3], after = replicas) =>
  ev('ISR_EXPAND', at, { added, before: after.filter((r) => !added.includes(r)), after, replicas }, { topic, partition: p, brokerId: added[0] ?? null });
export const moved = (topic: string, p: number, at: Date, from: number, to: number) => ev('LEADER_CHANGED', at, { from, to }, { topic, partition: p, brokerId: to });
export const lag = (at: Date, groupId: string, from: LagStatus, to: LagStatus, extra: { since?: Date; topics?: string[]; reason?: string } = {}) =>
  ev('LAG_STATUS_CHANGED', at, {
    groupId,
    from,
    to,
    reason: extra.reason ?? 'test',
    ...(extra.since ? { since: extra.since.toISOString() } : {}),
    ...(extra.topics ? { topics: extra.topics } : {}),
  });

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * The incident story: broker 1 dies at 17:05 taking the RF=1 partition audit-0 offline; 40
 * partitions of orders lose it from their ISR and 12 of them move leader; consumer groups billing
 * and shipping (readers of orders) fall behind because of it; broker 1 comes back at 19:18 and
 * everything recovers in that poll.
 */
export function incidentStory(): IncidentEvent[] {
  const down1 = t('17:05');
  const back = t('19:18');
  return [
    ev('TOPIC_CREATED', t('16:00'), { partitions: 40, replicationFactor: 3, internal: false }, { topic: 'orders' }),
    down(1, down1),
    offline('audit', 0, down1),
    ev('UNDER_MIN_ISR', down1, { isr: [], minIsr: 1, leader: -1 }, { topic: 'audit', partition: 0 }),
    ...range(40).map((p) => shrink('orders', p, down1, [1])),
    ...range(12).map((p) => moved('orders', p, down1, 1, 2)),
    lag(t('17:20'), 'billing', 'OK', 'ERR', { since: t('17:05'), topics: ['orders'] }),
    lag(t('17:40'), 'shipping', 'WARN', 'STALL', { since: t('17:06'), topics: ['orders'] }),
    ev('GROUP_STATE_CHANGED', t('18:00'), { groupId: 'billing', from: 'Stable', to: 'PreparingRebalance' }),
    lag(t('18:30'), 'billing', 'ERR', 'OK', { topics: ['orders'] }),
    up(1, back),
    online('audit', 0, back),
    ev('MIN_ISR_RESTORED', back, { isr: [1], minIsr: 1 }, { topic: 'audit', partition: 0 }),
    ...range(40).map((p) => expand('orders', p, back, [1])),
    lag(back, 'shipping', 'STALL', 'OK', { topics: ['orders'] }),
    ev('TOPIC_CREATED', t('19:40'), { partitions: 3, replicationFactor: 3, internal: false }, { topic: 'payments' }),
  ];
}
