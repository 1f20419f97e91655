// What holds right now that someone must hear about: the conditions the alert rules watch, each
// named after its subject and saying in words what it took down.
import type { ClusterState } from '@/lib/analysis/types';
import { isOffline, isUnderMinIsr } from '@/lib/analysis/partition-flags';
import { ALERT_RULES, type AlertCondition, type AlertRuleId } from '@/lib/model/alerts';
import type { Finding, FindingSubject } from '@/lib/model/findings';
import type { LagStatus } from '@/lib/model/lag';

export interface ConditionInput {
  clusterId: string;
  clusterName: string;
  state: ClusterState;
  /** Each group's lag status and its reason; null when groups were never evaluated. */
  groups: { groupId: string; status: LagStatus; reason: string }[] | null;
  findings: Finding[] | null;
  /** Which rules are on, and the lag statuses that alert. */
  enabled: ReadonlySet<AlertRuleId>;
  groupStatuses: readonly LagStatus[];
}

const name = (p: { topic: string; partition: number }) => `${p.topic}-${p.partition}`;

function list(xs: string[], max = 10): string {
  return xs.length <= max ? xs.join(', ') : `${xs.slice(0, max).join(', ')} and ${xs.length - max} more`;
}

export function alertConditions(i: ConditionInput): AlertCondition[] {
  const out: AlertCondition[] = [];
  const base = (rule: AlertRuleId, subject: Record<string, string>) => ({
    rule,
    severity: ALERT_RULES[rule].severity,
    fingerprint: [rule, ...Object.entries(subject).map(([k, v]) => `${k}=${v}`)].join('|'),
    labels: { alertname: rule, cluster: i.clusterId, severity: ALERT_RULES[rule].severity, ...subject },
  });
  const on = (r: AlertRuleId) => i.enabled.has(r);
  if (!i.state.reachable) {
    if (on('cluster-unreachable')) out.push({ ...base('cluster-unreachable', {}), summary: `Cluster ${i.clusterName} unreachable`, description: 'No broker answers metadata requests: Kafkascope cannot see the cluster, and the figures shown are the last known state.' });
    return out; // nothing else can be judged without metadata
  }
  const live = new Set(i.state.brokers.filter((b) => b.up).map((b) => b.id));
  const parts = i.state.topics.flatMap((t) => t.partitions.map((p) => ({ ...p, minIsr: t.minIsr })));
  const offline = parts.filter((p) => isOffline(p, live));
  if (on('broker-down')) {
    for (const b of i.state.brokers.filter((x) => !x.up)) {
      const took = offline.filter((p) => p.replicas.includes(b.id)).map(name);
      const minIsr = parts.filter((p) => !isOffline(p, live) && p.replicas.includes(b.id) && isUnderMinIsr(p, p.minIsr)).map(name);
      out.push({
        ...base('broker-down', { broker: String(b.id) }),
        summary: `Broker ${b.id} down (${b.host}:${b.port})`,
        description: [
          `Broker ${b.id} (${b.host}:${b.port}${b.rack ? `, rack ${b.rack}` : ''}) is not registered with the controller.`,
          took.length > 0 ? `Partitions offline with it: ${list(took)}.` : 'No partition went offline with it.',
          minIsr.length > 0 ? `Under min ISR (acks=all writes fail): ${list(minIsr)}.` : '',
        ].filter(Boolean).join(' '),
      });
    }
  }
  if (on('partitions-offline')) {
    for (const [topic, ps] of byTopic(offline)) {
      out.push({ ...base('partitions-offline', { topic }), summary: `${ps.length} partition${ps.length === 1 ? '' : 's'} of ${topic} offline`, description: `No leader: every read and write fails. Partitions: ${list(ps.map(name))}.` });
    }
  }
  if (on('under-min-isr')) {
    const under = parts.filter((p) => !isOffline(p, live) && isUnderMinIsr(p, p.minIsr));
    for (const [topic, ps] of byTopic(under)) {
      out.push({ ...base('under-min-isr', { topic }), summary: `${ps.length} partition${ps.length === 1 ? '' : 's'} of ${topic} under min ISR`, description: `Fewer in-sync replicas than min.insync.replicas: producers with acks=all get errors. Partitions: ${list(ps.map(name))}.` });
    }
  }
  if (on('group-lag')) {
    for (const g of i.groups ?? []) {
      if (!i.groupStatuses.includes(g.status)) continue;
      out.push({ ...base('group-lag', { group: g.groupId }), summary: `Consumer group ${g.groupId} ${g.status}`, description: g.reason });
    }
  }
  if (on('critical-finding')) {
    for (const f of i.findings ?? []) {
      if (f.severity !== 'critical' || f.rule.startsWith('partitions-')) continue; // those are already alerts of their own
      out.push({ ...base('critical-finding', { finding: f.id, ...subjectLabels(f.subject) }), summary: f.title, description: `${f.impact} Fix: ${f.fix.summary}` });
    }
  }
  return out;
}

/** A finding's subject as labels, so receivers can route on the topic, broker or group it names. */
function subjectLabels(s: FindingSubject): Record<string, string> {
  if (s.kind === 'topic') return { topic: s.topic };
  if (s.kind === 'partition') return { topic: s.topic, partition: String(s.partition) };
  if (s.kind === 'broker') return { broker: String(s.brokerId) };
  if (s.kind === 'rack') return { rack: s.rack };
  if (s.kind === 'group') return { group: s.groupId };
  return {};
}

function byTopic<P extends { topic: string }>(ps: P[]): Map<string, P[]> {
  const m = new Map<string, P[]>();
  for (const p of ps) m.set(p.topic, [...(m.get(p.topic) ?? []), p]);
  return m;
}
