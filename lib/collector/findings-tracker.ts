// Keeps what the finding rules need between polls (topic configs, one broker's configs, when each
// topic was first seen and last written, each group's latest lag) and turns each poll into the
// cluster's findings and the FINDING_RAISED / FINDING_CLEARED events between two evaluations.
import { DEFAULT_FINDING_SETTINGS, evaluateFindings, findingChanges } from '@/lib/analysis/findings';
import type { BrokerConfigValue, FindingGroup, FindingInput, FindingSettings } from '@/lib/analysis/findings/input';
import type { GroupLag } from '@/lib/analysis/group-lag';
import type { ClusterState } from '@/lib/analysis/types';
import type { ClusterEvent } from '@/lib/model/events';
import type { Finding, FindingSubject } from '@/lib/model/findings';
import type { GroupInfo, PollResult } from '@/lib/model/poll';
import type { TopicConfigs } from '@/lib/model/stored';
import type { FindingHead, StoredFindingState } from '@/lib/store/finding-state';

const pk = (t: string, p: number) => `${t}\u0000${p}`;

export interface FindingsOutcome {
  findings: Finding[];
  events: ClusterEvent[];
  lastWrites: { topic: string; at: number }[];
}

export class FindingsTracker {
  private previous: FindingHead[] = [];
  private readonly firstSeen = new Map<string, number>();
  private readonly lastWrite = new Map<string, number>();
  private readonly configs = new Map<string, TopicConfigs>();
  private readonly ends = new Map<string, bigint>();
  private brokerConfig: Record<string, BrokerConfigValue> | null = null;
  private readonly groups = new Map<string, { info: GroupInfo; lag: GroupLag | null }>();

  constructor(
    private readonly bootstrap: string,
    private readonly settings: FindingSettings = DEFAULT_FINDING_SETTINGS,
  ) {}

  restore(s: StoredFindingState): void {
    this.previous = s.findings ?? [];
    for (const t of s.topics) {
      this.firstSeen.set(t.name, t.firstSeenAt);
      if (t.lastWriteAt !== null) this.lastWrite.set(t.name, t.lastWriteAt);
      if (t.configs) this.configs.set(t.name, t.configs);
    }
    this.brokerConfig = s.brokerConfig;
  }

  /** After a reachable poll: remember what it read, evaluate, and say what changed. */
  observe(poll: PollResult, state: ClusterState, lags: GroupLag[]): FindingsOutcome {
    const now = poll.startedAt.getTime();
    const lastWrites = this.noteWrites(poll, now);
    for (const [t, c] of poll.configs ?? []) this.configs.set(t, c);
    const anyBroker = poll.brokerConfigs?.find((b) => b.entries.length > 0);
    if (anyBroker) this.brokerConfig = Object.fromEntries(anyBroker.entries.map((e) => [e.name, { value: e.value, source: e.sourceName, readOnly: e.readOnly }]));
    this.noteGroups(poll, lags);
    const findings = evaluateFindings(this.input(poll, state, now));
    const events = this.changes(findings);
    this.previous = findings;
    return { findings, events, lastWrites };
  }

  private noteWrites(poll: PollResult, now: number): { topic: string; at: number }[] {
    const moved = new Set<string>();
    for (const o of poll.offsets ?? []) {
      if (o.endOffset === null) continue;
      const key = pk(o.topic, o.partition);
      const before = this.ends.get(key);
      if (before !== undefined && o.endOffset > before) moved.add(o.topic);
      this.ends.set(key, o.endOffset);
    }
    for (const t of moved) this.lastWrite.set(t, now);
    for (const t of poll.metadata?.topics ?? []) if (!this.firstSeen.has(t.name)) this.firstSeen.set(t.name, now);
    return [...moved].map((topic) => ({ topic, at: now }));
  }

  private noteGroups(poll: PollResult, lags: GroupLag[]): void {
    if (!poll.groups) return;
    const byId = new Map(lags.map((l) => [l.groupId, l]));
    const listed = new Set<string>();
    for (const g of poll.groups) {
      listed.add(g.groupId);
      const was = this.groups.get(g.groupId);
      // A group that could not be described or evaluated this time keeps what was known of it.
      this.groups.set(g.groupId, { info: g.error && was ? was.info : g, lag: byId.get(g.groupId) ?? was?.lag ?? null });
    }
    for (const id of this.groups.keys()) if (!listed.has(id)) this.groups.delete(id);
  }

  private input(poll: PollResult, state: ClusterState, now: number): FindingInput {
    const offsets = new Map((poll.offsets ?? []).map((o) => [pk(o.topic, o.partition), o]));
    const elr = poll.elr ? new Map(poll.elr.flatMap((t) => t.partitions.map((p) => [pk(t.name, p.partition), p.eligibleLeaderReplicas ?? []] as const))) : null;
    return {
      bootstrap: this.bootstrap,
      now,
      brokers: state.brokers.map((b) => ({ id: b.id, host: b.host, port: b.port, rack: b.rack, up: b.up })),
      topics: state.topics.map((t) => {
        const c = this.configs.get(t.name);
        return {
          name: t.name,
          internal: t.internal,
          firstSeenAt: this.firstSeen.get(t.name) ?? now,
          lastWriteAt: this.lastWrite.get(t.name) ?? null,
          config: c
            ? { minInsyncReplicas: c.minInsyncReplicas, uncleanLeaderElection: c.uncleanLeaderElection, retentionMs: c.retentionMs === null ? null : Number(c.retentionMs), cleanupPolicy: c.cleanupPolicy, overridden: c.overridden }
            : null,
          partitions: t.partitions.map((p) => {
            const o = offsets.get(pk(t.name, p.partition));
            return { partition: p.partition, leader: p.leader, replicas: p.replicas, isr: p.isr, elr: elr ? (elr.get(pk(t.name, p.partition)) ?? []) : null, startOffset: o?.startOffset ?? null, endOffset: o?.endOffset ?? null };
          }),
        };
      }),
      brokerConfig: this.brokerConfig,
      groups: this.groups.size > 0 || poll.groups ? [...this.groups.values()].map(({ info, lag }) => findingGroup(info, lag)) : null,
      quorum: poll.quorum,
      settings: this.settings,
    };
  }

  private changes(findings: Finding[]): ClusterEvent[] {
    const { raised, cleared } = findingChanges(this.previous, findings);
    const event = (type: 'FINDING_RAISED' | 'FINDING_CLEARED', f: FindingHead): ClusterEvent => ({
      type,
      ...subjectColumns(f.subject),
      details: { findingId: f.id, rule: f.rule, severity: f.severity, title: f.title, subject: f.subject },
    });
    return [...raised.map((f) => event('FINDING_RAISED', f)), ...cleared.map((f) => event('FINDING_CLEARED', f))];
  }
}

function findingGroup(g: GroupInfo, lag: GroupLag | null): FindingGroup {
  return {
    groupId: g.groupId,
    state: g.state,
    members: g.members.length,
    assigned: g.members.reduce((n, m) => n + m.assignment.reduce((k, a) => k + a.partitions.length, 0), 0),
    status: lag?.status ?? null,
    reason: lag?.statusReason ?? null,
    partitions: (lag?.partitions ?? g.offsets.map((o) => ({ topic: o.topic, partition: o.partition, committed: o.offset, lagSeconds: null }))).map((p) => ({
      topic: p.topic,
      partition: p.partition,
      committed: p.committed,
      lagSeconds: p.lagSeconds,
    })),
  };
}

function subjectColumns(s: FindingSubject): { brokerId?: number; topic?: string; partition?: number } {
  if (s.kind === 'broker') return { brokerId: s.brokerId };
  if (s.kind === 'topic') return { topic: s.topic };
  if (s.kind === 'partition') return { topic: s.topic, partition: s.partition };
  return {};
}
