import { describe, expect, it } from 'vitest';
import { DEFAULT_LAG_STATUS_CONFIG } from '@/lib/analysis/lag';
import { LagTracker } from '@/lib/collector/lag-tracker';
import type { PollResult } from '@/lib/collector/poll';
import type { GroupInfo } from '@/lib/collector/source';

const group: GroupInfo = {
  groupId: 'idle',
  state: 'Empty',
  protocolType: 'consumer',
  protocol: '',
  members: [],
  offsets: [0, 1, 2].map((p) => ({ topic: 't', partition: p, offset: 10n })),
};

/** A poll at second `s`: partition 2's leader is `leader2`; `ends` per partition (null = unreadable). */
function poll(s: number, ends: (bigint | null)[], leader2 = 3): PollResult {
  return {
    startedAt: new Date(s * 1000),
    durationMs: 10,
    status: 'ok',
    error: null,
    phases: [],
    metadata: {
      clusterId: 'c',
      metadataControllerId: 1,
      brokers: [],
      topics: [{ name: 't', topicId: null, internal: false, errorCode: 0, partitions: [0, 1, 2].map((p) => ({ partition: p, leader: p === 2 ? leader2 : 1, leaderEpoch: 0, replicas: [1, 2, 3], isr: [1, 2, 3], offlineReplicas: [], errorCode: 0 })) }],
    },
    quorum: null,
    offsets: ends.map((e, p) => ({ topic: 't', partition: p, startOffset: 0n, endOffset: e, errorCode: e === null ? 6 : 0 })),
    configs: null,
    configEntries: null,
    brokerConfigs: null,
    elr: null,
    groups: [group],
    logDirs: null,
    peeks: null,
    deadlineAt: 0,
  };
}

describe('LagTracker', () => {
  it('an end offset that cannot be read makes the group a gap for that poll: no lower total, no status change', () => {
    const t = new LagTracker({ ...DEFAULT_LAG_STATUS_CONFIG, minSamples: 3 });
    const totals: (bigint | null)[] = [];
    const gaps: string[][] = [];
    const events: unknown[] = [];
    for (let s = 0; s < 60; s += 5) {
      const unreadable = s === 25 || s === 30; // leaders moving
      const o = t.observe(poll(s, [110n, unreadable ? null : 120n, 130n]));
      totals.push(o.lags[0]?.totalLag ?? null);
      gaps.push(o.gaps);
      events.push(...o.events);
    }
    expect(totals).toEqual([330n, 330n, 330n, 330n, 330n, null, null, 330n, 330n, 330n, 330n, 330n]);
    expect(gaps[5]).toEqual(['idle']);
    expect(events).toEqual([]);
  });

  it('a partition without a leader keeps its last end offset (nothing can be written to it), dated', () => {
    const t = new LagTracker();
    t.observe(poll(0, [110n, 120n, 130n]));
    const o = t.observe(poll(5, [110n, 120n, null], -1));
    const p2 = o.lags[0]?.partitions.find((p) => p.partition === 2);
    expect(o.gaps).toEqual([]);
    expect(p2).toMatchObject({ endOffset: 130n, lag: 120n, endOffsetAsOf: 0 });
    expect(o.lags[0]?.totalLag).toBe(330n);
  });

  it('reports a status change with when the trouble began and the topics read', () => {
    const t = new LagTracker({ ...DEFAULT_LAG_STATUS_CONFIG, windowMs: 20_000, minSamples: 3 });
    const events = [];
    for (let s = 0; s <= 40; s += 5) events.push(...t.observe(poll(s, [100n + BigInt(s), 110n, 120n])).events);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'LAG_STATUS_CHANGED', details: { groupId: 'idle', from: 'OK', to: 'STOP', topics: ['t'] } });
  });

  it('a consumer stopped for longer than the samples kept says how long, and since when', () => {
    const t = new LagTracker();
    let last;
    // Two hours of polls, the group idle at offset 10 while every partition is written to.
    for (let s = 0; s <= 7200; s += 5) last = t.observe(poll(s, [20n + BigInt(s), 20n + BigInt(s), 20n + BigInt(s)])).lags[0];
    expect(last).toMatchObject({ status: 'STOP', since: 0 });
    expect(last?.statusReason).toMatch(/no commit for 2h/);
    expect(t.trackedPartitions()).toBe(3);
  });

  it('a backlog older than the end-offset history reads as a lower bound everywhere: "≥", "at least", the group figure too', () => {
    const t = new LagTracker();
    // A quiet topic (nothing written while watched) and a consumer working through an old backlog
    // on partition 0, one message a poll, peeks not possible: nothing dates its position.
    const at = (s: number) => {
      const p = poll(s, [10_000n, 10_000n, 10_000n]);
      return { ...p, groups: [{ ...group, offsets: [{ topic: 't', partition: 0, offset: 10n + BigInt(s / 5) }, ...group.offsets.slice(1)] }] };
    };
    const lags = [];
    for (let s = 0; s <= 11 * 60; s += 5) lags.push(t.observe(at(s)).lags[0]!);
    const fiveMin = lags[60]!;
    const p0 = fiveMin.partitions.find((p) => p.partition === 0)!;
    expect(p0).toMatchObject({ lagSeconds: 300, lagSecondsEstimate: 'lower-bound', status: 'OK' });
    expect(p0.reason).toBe('lag 9,930 (≥ 5m behind), no new messages, no members');
    expect(fiveMin).toMatchObject({ maxLagSeconds: 300, maxLagSecondsEstimate: 'lower-bound' });
    expect(fiveMin.topics[0]).toMatchObject({ maxLagSeconds: 300, maxLagSecondsEstimate: 'lower-bound' });
    // Partitions 1 and 2 stand still with no members: STOP; partition 0 is past the limit only by the bound.
    const last = lags.at(-1)!.partitions.find((p) => p.partition === 0)!;
    expect(last).toMatchObject({ status: 'ERR', lagSeconds: 660, since: 0 });
    expect(last.reason).toMatch(/^at least 11m behind, over the 10m limit; /);
  });

  it('forgets group partitions not seen for as long as end offsets are kept', () => {
    const t = new LagTracker();
    t.observe(poll(0, [110n, 120n, 130n]));
    expect(t.trackedPartitions()).toBe(3);
    const gone = { ...poll(5 * 3600, [110n, 120n, 130n]), groups: [] };
    t.observe(gone);
    expect(t.trackedPartitions()).toBe(3); // five hours: kept
    t.observe({ ...gone, startedAt: new Date(6 * 3600_000 + 5000) });
    expect(t.trackedPartitions()).toBe(0);
  });

  it('after a restart, a stall older than the samples replayed keeps its start from the stored status', () => {
    const H = 3600;
    // What a restart at 3 h reads back: 30 minutes of samples, the commit unchanged throughout,
    // and the partitions' last statuses: STOP since 0 s.
    const stored = (commits: (s: number) => bigint) => ({
      endOffsets: [],
      samples: [0, 1, 2].flatMap((p) =>
        Array.from({ length: 360 }, (_, i) => 2.5 * H + 5 * i).map((s) => ({
          groupId: 'idle', topic: 't', partition: p,
          sample: { at: s * 1000, endOffset: 20n + BigInt(s), committed: commits(s), lag: 20n + BigInt(s) - commits(s), lagSeconds: null, caughtUp: false },
        })),
      ),
      statuses: [{ groupId: 'idle', status: 'STOP' as const }],
      partitionStatuses: [0, 1, 2].map((p) => ({ groupId: 'idle', topic: 't', partition: p, status: 'STOP' as const, since: 0 })),
    });
    const ends = [20n + BigInt(3 * H), 20n + BigInt(3 * H), 20n + BigInt(3 * H)];
    const t = new LagTracker();
    t.restore(stored(() => 10n));
    const o = t.observe(poll(3 * H, ends));
    expect(o.lags[0]).toMatchObject({ status: 'STOP', since: 0 });
    expect(o.lags[0]?.statusReason).toMatch(/no commit for 3h/);
    expect(o.events).toEqual([]);
    // A commit among the samples replayed says the stall is younger than the stored status: that wins.
    const moved = new LagTracker();
    moved.restore(stored((s) => (s < 2.6 * H ? 5n : 10n)));
    expect(moved.observe(poll(3 * H, ends)).lags[0]).toMatchObject({ status: 'STOP', since: 2.6 * H * 1000 });
  });
});
