import type { IncidentEvent } from '@/lib/analysis/incidents';

export const t = (hhmm: string, day = '01') => new Date(`2026-01-${day}T${hhmm}:00Z`);
export const MIN = 60_000;

let seq = 0;
/** One event; ids increase in creation order like the table's autoincrement. */
export function ev(type: string, at: Date, over: Partial<Omit<IncidentEvent, 'type' | 'at'>> = {}): IncidentEvent {
  seq += 1;
  return { id: String(seq), at, type, brokerId: null, topic: null, partition: null, details: {}, ...over };
}

export const lag = (at: Date, groupId: string, from: string, to: string) => ev('LAG_STATUS_CHANGED', at, { details: { groupId, from, to, reason: 'test' } });

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * The incident story: broker 1 dies at 17:05 taking the RF=1 partition audit-0 offline; 40
 * partitions of orders lose it from their ISR and 12 of them move leader; consumer groups billing
 * and shipping fall behind; broker 1 comes back at 19:18 and everything recovers in that poll.
 */
export function incidentStory(): IncidentEvent[] {
  const down = t('17:05');
  const back = t('19:18');
  return [
    ev('TOPIC_CREATED', t('16:00'), { topic: 'orders', details: { partitions: 40, replicationFactor: 3, internal: false } }),
    ev('BROKER_DOWN', down, { brokerId: 1, details: { host: 'k1', port: 9092, rack: null } }),
    ev('PARTITION_OFFLINE', down, { topic: 'audit', partition: 0, details: { lastLeader: 1, replicas: [1], offlineReplicas: [1] } }),
    ev('UNDER_MIN_ISR', down, { topic: 'audit', partition: 0, details: { isr: [1], minIsr: 1 } }),
    ...range(40).map((p) =>
      ev('ISR_SHRINK', down, { topic: 'orders', partition: p, brokerId: 1, details: { removed: [1], before: [1, 2, 3], after: [2, 3], replicas: [1, 2, 3] } }),
    ),
    ...range(12).map((p) => ev('LEADER_CHANGED', down, { topic: 'orders', partition: p, brokerId: 2, details: { from: 1, to: 2 } })),
    lag(t('17:20'), 'billing', 'OK', 'ERR'),
    lag(t('17:40'), 'shipping', 'WARN', 'STALL'),
    ev('GROUP_STATE_CHANGED', t('18:00'), { details: { groupId: 'billing', from: 'Stable', to: 'PreparingRebalance' } }),
    lag(t('18:30'), 'billing', 'ERR', 'OK'),
    ev('BROKER_UP', back, { brokerId: 1, details: { host: 'k1', port: 9092, rack: null } }),
    ev('PARTITION_ONLINE', back, { topic: 'audit', partition: 0, brokerId: 1, details: { leader: 1 } }),
    ev('MIN_ISR_RESTORED', back, { topic: 'audit', partition: 0, details: { isr: [1], minIsr: 1 } }),
    ...range(40).map((p) =>
      ev('ISR_EXPAND', back, { topic: 'orders', partition: p, brokerId: 1, details: { added: [1], before: [2, 3], after: [2, 3, 1], replicas: [1, 2, 3] } }),
    ),
    lag(back, 'shipping', 'STALL', 'OK'),
    ev('TOPIC_CREATED', t('19:40'), { topic: 'payments', details: { partitions: 3, replicationFactor: 3, internal: false } }),
  ];
}
