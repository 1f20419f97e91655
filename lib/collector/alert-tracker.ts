// Turns each poll into the cluster's alert conditions and runs them through the alert state
// machine, remembering each group's last judged status (a group not evaluated this poll keeps it)
// and the active alerts (restored from the store, so a restart neither re-fires nor forgets).
import { alertConditions } from '@/lib/analysis/alerts/conditions';
import { evaluate, type Evaluation } from '@/lib/analysis/alerts/state';
import type { GroupLag } from '@/lib/analysis/group-lag';
import type { ClusterState } from '@/lib/analysis/types';
import type { AlertSettings } from '@/lib/config/alerting';
import { ALERT_RULE_IDS, type AlertRecord, type AlertRuleId } from '@/lib/model/alerts';
import type { ClusterEvent } from '@/lib/model/events';
import type { Finding } from '@/lib/model/findings';
import type { LagStatus } from '@/lib/model/lag';
import type { PollResult } from '@/lib/model/poll';

export interface AlertOutcome {
  evaluation: Evaluation;
  events: ClusterEvent[];
}

export class AlertTracker {
  private active: AlertRecord[] = [];
  private readonly groups = new Map<string, { status: LagStatus; reason: string }>();
  private groupsKnown = false;

  constructor(
    private readonly cluster: { id: string; name: string },
    private readonly settings: AlertSettings,
  ) {}

  restore(active: AlertRecord[]): void {
    this.active = active;
  }

  observe(poll: PollResult, state: ClusterState, lags: GroupLag[], findings: Finding[] | undefined): AlertOutcome {
    const now = poll.startedAt.getTime();
    if (poll.groups) {
      const listed = new Set(poll.groups.map((g) => g.groupId));
      for (const id of this.groups.keys()) if (!listed.has(id)) this.groups.delete(id);
      for (const l of lags) this.groups.set(l.groupId, { status: l.status, reason: l.statusReason });
      this.groupsKnown = true;
    }
    const enabled = new Set(ALERT_RULE_IDS.filter((r) => this.settings.rules[r].enabled));
    const conditions = alertConditions({
      clusterId: this.cluster.id,
      clusterName: this.cluster.name,
      state,
      groups: this.groupsKnown ? [...this.groups].map(([groupId, g]) => ({ groupId, ...g })) : null,
      findings: findings ?? null,
      enabled,
      groupStatuses: this.settings.groupStatuses,
    });
    // What this poll could not judge keeps its alerts as they are.
    const unjudged = new Set<AlertRuleId>();
    if (!state.reachable) for (const r of ALERT_RULE_IDS) if (r !== 'cluster-unreachable') unjudged.add(r);
    if (!this.groupsKnown || !poll.groups) unjudged.add('group-lag');
    if (findings === undefined) unjudged.add('critical-finding');
    const evaluation = evaluate(this.active, conditions, now, (c) => this.settings.rules[c.rule], unjudged);
    this.active = evaluation.active;
    const event = (type: 'ALERT_FIRED' | 'ALERT_RESOLVED', a: AlertRecord): ClusterEvent => ({
      type,
      ...(a.labels.broker !== undefined ? { brokerId: Number(a.labels.broker) } : {}),
      ...(a.labels.topic !== undefined ? { topic: a.labels.topic } : {}),
      details: { fingerprint: a.fingerprint, rule: a.rule, severity: a.severity, summary: a.summary, labels: a.labels },
    });
    return { evaluation, events: [...evaluation.fired.map((a) => event('ALERT_FIRED', a)), ...evaluation.resolved.map((a) => event('ALERT_RESOLVED', a))] };
  }
}
