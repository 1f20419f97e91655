// Alerts: conditions that must reach someone who is not looking at the dashboard, delivered to
// receivers (webhooks, Slack, Alertmanager) once per condition, with a resolved message when it
// clears. The rule ids, states and shapes every layer shares.

export const ALERT_RULES = {
  'cluster-unreachable': { label: 'Cluster unreachable', severity: 'critical' },
  'broker-down': { label: 'Broker down', severity: 'critical' },
  'partitions-offline': { label: 'Partitions offline', severity: 'critical' },
  'under-min-isr': { label: 'Partitions under min ISR', severity: 'critical' },
  'group-lag': { label: 'Consumer group failing', severity: 'warning' },
  'critical-finding': { label: 'New critical finding', severity: 'warning' },
} as const satisfies Record<string, { label: string; severity: AlertSeverity }>;

export type AlertSeverity = 'critical' | 'warning';
export type AlertRuleId = keyof typeof ALERT_RULES;
export const ALERT_RULE_IDS = Object.keys(ALERT_RULES) as AlertRuleId[];

/** pending: true, but not for long enough yet; firing: notified; resolved: cleared (history). */
export const ALERT_STATES = ['pending', 'firing', 'resolved'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** What a rule says holds right now (one per subject: a broker, a topic, a group, a finding). */
export interface AlertCondition {
  /** Stable identity of the condition: rule and subject. */
  fingerprint: string;
  rule: AlertRuleId;
  severity: AlertSeverity;
  /** Alertmanager-style labels (cluster, rule, broker, topic, group, …). */
  labels: Record<string, string>;
  /** One line: "Broker 1 down". */
  summary: string;
  /** What it means and what it took down, in words (names the offline partitions, …). */
  description: string;
}

/** One alert's life, from pending to resolved. */
export interface AlertRecord extends AlertCondition {
  state: AlertState;
  /** When the condition first held in this life. */
  activeSince: number;
  firedAt: number | null;
  resolvedAt: number | null;
  /** Last evaluation at which the condition held. */
  lastTrueAt: number;
}

export const RECEIVER_KINDS = ['webhook', 'slack', 'alertmanager'] as const;
export type ReceiverKind = (typeof RECEIVER_KINDS)[number];

/** What a delivery announces. */
export type DeliveryKind = 'firing' | 'resolved' | 'refresh' | 'test';
/** skipped: no longer worth sending (a refresh of an alert that has since resolved). */
export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'skipped';
