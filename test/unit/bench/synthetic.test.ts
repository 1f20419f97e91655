// CI smoke of bench/synthetic.ts: the pure part at a tiny size, checked against what the synthetic
// cluster's advance() changed (not timings: those live in bench/README.md).
import { describe, expect, it } from 'vitest';
import { ANALYSIS_PHASES, SyntheticAnalysis, type AnalysisStep } from '@/bench/synthetic-analysis';
import { sizeFor } from '@/bench/synthetic-cluster';
import type { ClusterEvent } from '@/lib/model/events';

const POLLS = 40;
const at = (e: ClusterEvent) => `${e.topic}/${e.partition}`;
const sorted = (xs: string[]) => [...xs].sort();
const of = <T extends ClusterEvent['type']>(events: ClusterEvent[], type: T) => events.filter((e): e is Extract<ClusterEvent, { type: T }> => e.type === type);
const underReplicated = (s: AnalysisStep) => sorted(s.state.topics.filter((t) => t.partitions.some((p) => p.isr.length < p.replicas.length)).map((t) => t.name));
const urpFindings = (s: AnalysisStep) => sorted(s.findings.flatMap((f) => (f.rule === 'partitions-under-replicated' && f.subject.kind === 'topic' ? [f.subject.topic] : [])));

describe('synthetic bench, analysis at 200 partitions / 20 groups', async () => {
  const a = new SyntheticAnalysis(sizeFor(200, 20));
  const steps: AnalysisStep[] = [];
  const changes: (typeof a.cluster.changes)[] = [];
  for (let i = 0; i < POLLS; i++) {
    steps.push(await a.step());
    changes.push(a.cluster.changes);
  }

  it('times every phase and sees the whole cluster', () => {
    expect(a.cluster.partitions).toBe(200);
    for (const s of steps) {
      for (const p of ANALYSIS_PHASES) expect(s.ms[p]).toBeGreaterThanOrEqual(0);
      expect(s.state.topics.reduce((n, t) => n + t.partitions.length, 0)).toBe(200);
      expect(s.lags).toHaveLength(20);
    }
  });

  it('the first poll is a baseline: no events', () => {
    expect(steps[0]!.events).toEqual([]);
  });

  it('diff → events are exactly the ISR, leader and group changes advance() made', () => {
    for (let i = 1; i < POLLS; i++) {
      const { events } = steps[i]!;
      const c = changes[i]!;
      expect(sorted(of(events, 'ISR_SHRINK').map(at))).toEqual(sorted(c.isrShrunk.map((p) => `${p.topic}/${p.partition}`)));
      expect(sorted(of(events, 'ISR_EXPAND').map(at))).toEqual(sorted(c.isrExpanded.map((p) => `${p.topic}/${p.partition}`)));
      expect(of(events, 'LEADER_CHANGED').map((e) => ({ topic: e.topic, partition: e.partition, from: e.details.from, to: e.details.to }))).toEqual(c.leaderMoved);
      expect(of(events, 'GROUP_STATE_CHANGED').map((e) => e.details)).toEqual(c.groupStateChanged);
      // Nothing else in the cluster's shape moved: no broker, topic, replica or min-ISR events.
      const expected = new Set(['ISR_SHRINK', 'ISR_EXPAND', 'LEADER_CHANGED', 'GROUP_STATE_CHANGED', 'LAG_STATUS_CHANGED', 'FINDING_RAISED', 'FINDING_CLEARED', 'ALERT_FIRED', 'ALERT_RESOLVED']);
      expect(events.filter((e) => !expected.has(e.type))).toEqual([]);
    }
    // The seeded run exercises every kind of change at least once.
    expect(changes.some((c) => c.isrShrunk.length > 0)).toBe(true);
    expect(changes.some((c) => c.isrExpanded.length > 0)).toBe(true);
    expect(changes.some((c) => c.leaderMoved.length > 0)).toBe(true);
    expect(changes.some((c) => c.groupStateChanged.length > 0)).toBe(true);
  });

  it('under-replicated findings follow the ISRs, raised and cleared as they change', () => {
    for (let i = 0; i < POLLS; i++) {
      const s = steps[i]!;
      expect(urpFindings(s)).toEqual(underReplicated(s));
      if (i === 0) continue;
      const before = new Set(underReplicated(steps[i - 1]!));
      const now = new Set(underReplicated(s));
      const raised = of(s.events, 'FINDING_RAISED').filter((e) => e.details.rule === 'partitions-under-replicated').map((e) => e.topic ?? '');
      const cleared = of(s.events, 'FINDING_CLEARED').filter((e) => e.details.rule === 'partitions-under-replicated').map((e) => e.topic ?? '');
      expect(sorted(raised)).toEqual(sorted([...now].filter((t) => !before.has(t))));
      expect(sorted(cleared)).toEqual(sorted([...before].filter((t) => !now.has(t))));
    }
    expect(steps.some((s) => underReplicated(s).length > 0)).toBe(true);
  });

  it('lag of every group is its end offsets minus its commits', () => {
    const last = steps.at(-1)!;
    for (const g of last.lags) expect(g.totalLag).toBe(a.cluster.expectedLag(g.groupId));
  });
});
