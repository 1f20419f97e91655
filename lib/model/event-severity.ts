// How bad each kind of event is, for colours, sorting and alert defaults. A table over the
// vocabulary: a new event type without a severity fails tsc.
import type { EventDetailsMap, EventType } from './events';

export type EventSeverity = 'critical' | 'warning' | 'recovery' | 'info';

type Rule<T extends EventType> = EventSeverity | ((d: EventDetailsMap[T]) => EventSeverity);

export const EVENT_SEVERITY: { [T in EventType]: Rule<T> } = {
  BROKER_DOWN: 'critical',
  PARTITION_OFFLINE: 'critical',
  UNDER_MIN_ISR: 'critical',
  CLUSTER_UNREACHABLE: 'critical',
  TOPIC_DELETED: 'warning',
  ISR_SHRINK: 'warning',
  LEADER_CHANGED: 'warning',
  CONTROLLER_CHANGED: 'warning',
  REPLICAS_CHANGED: 'warning',
  LAG_STATUS_CHANGED: (d) => (d.to === 'OK' ? 'recovery' : d.to === 'WARN' || d.to === 'REWIND' ? 'warning' : 'critical'),
  BROKER_UP: 'recovery',
  PARTITION_ONLINE: 'recovery',
  MIN_ISR_RESTORED: 'recovery',
  ISR_EXPAND: 'recovery',
  CLUSTER_REACHABLE: 'recovery',
  TOPIC_CREATED: 'info',
  PARTITIONS_ADDED: 'info',
  GROUP_STATE_CHANGED: 'info',
  FINDING_RAISED: (d) => (d.severity === 'critical' ? 'critical' : d.severity === 'warning' ? 'warning' : 'info'),
  FINDING_CLEARED: 'recovery',
  ALERT_FIRED: (d) => (d.severity === 'critical' ? 'critical' : 'warning'),
  ALERT_RESOLVED: 'recovery',
};

/** Severity of an event (unknown types are info). */
export function severityOf(e: { type: string; details: unknown }): EventSeverity {
  if (!Object.hasOwn(EVENT_SEVERITY, e.type)) return 'info';
  const rule = EVENT_SEVERITY[e.type as EventType] as Rule<EventType>;
  // The details match the type for every decoded event; the table cannot express that pairing.
  return typeof rule === 'function' ? rule(e.details as never) : rule;
}
