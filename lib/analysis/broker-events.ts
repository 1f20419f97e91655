import type { BrokerState, ClusterEvent, ClusterState } from './types';

export function brokerEvents(prev: ClusterState, curr: ClusterState): ClusterEvent[] {
  const before = new Map(prev.brokers.map((b) => [b.id, b]));
  const events: ClusterEvent[] = [];
  for (const b of curr.brokers) {
    const was = before.get(b.id);
    if (was?.up && !b.up) events.push(brokerEvent('BROKER_DOWN', b));
    if (!was?.up && b.up) events.push(brokerEvent('BROKER_UP', b, was ? undefined : { firstSeen: true }));
  }
  if (prev.controllerId !== null && curr.controllerId !== null && prev.controllerId !== curr.controllerId) {
    events.push({
      type: 'CONTROLLER_CHANGED',
      brokerId: curr.controllerId,
      details: { from: prev.controllerId, to: curr.controllerId },
    });
  }
  return events;
}

function brokerEvent(
  type: 'BROKER_DOWN' | 'BROKER_UP',
  b: BrokerState,
  extra?: Record<string, unknown>,
): ClusterEvent {
  return { type, brokerId: b.id, details: { host: b.host, port: b.port, rack: b.rack, ...extra } };
}
