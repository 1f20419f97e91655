import { afterAll, beforeAll, expect, it } from 'vitest';
import { SyntheticAnalysis, type AnalysisStep } from '@/bench/synthetic-analysis';
import { sizeFor } from '@/bench/synthetic-cluster';
import type { ClusterEvent } from '@/lib/model/events';
import type { PollResult } from '@/lib/model/poll';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { loadLagHistory } from '@/lib/store/lag-history';
import { recordPoll, type PollRecord } from '@/lib/store/record-poll';
import { WrittenRows } from '@/lib/store/written-rows';
import { groupDetail, listGroups } from '@/lib/views/groups';
import { topicDetail } from '@/lib/views/topic-detail';
import { freshDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await freshDatabase();
  await migrate(database.url);
  db = createDb(database.url);
});
afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

it('stores the events of a poll that lost a broker at 10,000 partitions in their order, as one statement', async () => {
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
  process.on('warning', onWarning);
  try {
    const at = new Date('2026-06-01T10:00:00.000Z');
    const poll: PollResult = {
      startedAt: at, durationMs: 40, status: 'ok', error: null, phases: [], metadata: null, quorum: null, offsets: null, configs: null,
      configEntries: null, brokerConfigs: null, elr: null, groups: null, logDirs: null, peeks: null, deadlineAt: at.getTime() + 4000,
    };
    // As many as a broker's loss at 10,000 partitions raises: more than Prisma's createMany sends in one statement.
    const events: ClusterEvent[] = Array.from({ length: 15000 }, (_, i): ClusterEvent => {
      const subject = { topic: `topic-${String(Math.floor(i / 10)).padStart(4, '0')}`, partition: i % 10 };
      return i % 2 === 0
        ? { type: 'ISR_SHRINK', ...subject, details: { removed: [3], before: [1, 2, 3], after: [1, 2], replicas: [1, 2, 3] } }
        : { type: 'LEADER_CHANGED', ...subject, details: { from: 3, to: 1 } };
    });
    const down: ClusterEvent = { type: 'BROKER_DOWN', brokerId: 3, details: { host: 'h', port: 9093, rack: null } };
    const carried = [{ at: new Date(at.getTime() - 5000), event: down }];
    await recordPoll(db, { clusterId: 'c', clusterName: 'c', poll, state: { reachable: false, controllerId: null, brokers: [], topics: [], groups: null }, events, carried });
    const stored = await db.event.findMany({ where: { clusterId: 'c' }, orderBy: { id: 'asc' } });
    expect(stored).toHaveLength(15001);
    expect(stored[0]).toMatchObject({ type: 'BROKER_DOWN', brokerId: 3, topic: null, partition: null, at: new Date(at.getTime() - 5000), details: { host: 'h', port: 9093, rack: null } });
    const said = (e: { type: string; topic?: string | null; partition?: number | null; details: unknown }) => ({ type: e.type, topic: e.topic, partition: e.partition, details: e.details });
    expect(stored.slice(1).map(said)).toEqual(events.map(said));
    expect(stored[15000]).toMatchObject({ type: 'LEADER_CHANGED', topic: 'topic-1499', partition: 9, brokerId: null, at });
  } finally {
    process.off('warning', onWarning);
  }
  expect(warnings).toEqual([]);
});

it('leaves out partition rows it last committed unchanged, and counts nothing a rolled-back poll sent', async () => {
  const a = new SyntheticAnalysis(sizeFor(200, 10));
  const written = new WrittenRows();
  const record = (s: AnalysisStep, over: Partial<PollRecord> = {}): PollRecord => ({
    clusterId: 's', clusterName: 's', poll: s.result, state: s.state, events: [], offsetSamples: s.offsetSamples, lags: s.lags, written, ...over,
  });
  const stored = async () =>
    new Map((await db.partitionState.findMany({ where: { clusterId: 's' } })).map((p) => [`${p.topic}/${p.partition}`, `${p.leader} ${p.isr.join(',')} ${p.endOffset}`]));
  const expected = (s: AnalysisStep) => {
    const ends = new Map((s.result.offsets ?? []).map((o) => [`${o.topic}/${o.partition}`, o.endOffset]));
    return new Map(s.state.topics.flatMap((t) => t.partitions.map((p) => [`${p.topic}/${p.partition}`, `${p.leader} ${p.isr.join(',')} ${ends.get(`${p.topic}/${p.partition}`)}`] as const)));
  };
  const first = await a.step();
  await recordPoll(db, record(first));
  expect(await stored()).toEqual(expected(first));
  const second = await a.step();
  expect(expected(second)).not.toEqual(expected(first));
  // A poll whose transaction fails after its current state was sent (an end offset no column takes).
  const bad = { topic: 'x', partition: 0, at: second.result.startedAt, endOffset: 2n ** 64n };
  await expect(recordPoll(db, record(second, { offsetSamples: [bad] }))).rejects.toThrow();
  expect(await stored()).toEqual(expected(first));
  // Sent again whole: had the failed attempt counted as written, its rows would be left out now.
  await recordPoll(db, record(second));
  expect(await stored()).toEqual(expected(second));
  // And the next poll with the same WrittenRows lands exactly too (only what changed is sent).
  const third = await a.step();
  await recordPoll(db, record(third));
  expect(await stored()).toEqual(expected(third));
});

it('keeps a lower bound a lower bound: the group and topic figures say so, and a restart replays the partition samples as bounds', async () => {
  const a = new SyntheticAnalysis(sizeFor(50, 3));
  await a.step();
  const s = await a.step();
  const lags = s.lags.map((g, i) => {
    if (i !== 0) return g;
    // As the analysis marks a backlog older than the end-offset history (test/unit/collector/lag-tracker.test.ts).
    const partitions = g.partitions.map((p, j) => (j === 0 ? { ...p, lagSeconds: 900, lagSecondsEstimate: 'lower-bound' as const } : p));
    return { ...g, partitions, maxLagSeconds: 900, maxLagSecondsEstimate: 'lower-bound' as const, topics: g.topics.map((t) => ({ ...t, maxLagSecondsEstimate: 'lower-bound' as const })) };
  });
  const g0 = lags[0]!;
  const p0 = g0.partitions[0]!;
  await recordPoll(db, { clusterId: 'lb', clusterName: 'lb', poll: s.result, state: s.state, events: [], offsetSamples: s.offsetSamples, lags });

  const page = await listGroups(db, 'lb', {}, s.result.startedAt.getTime());
  expect(page.groups.find((g) => g.groupId === g0.groupId)).toMatchObject({ maxLagSeconds: 900, maxLagSecondsEstimate: 'lower-bound' });
  const other = page.groups.find((g) => g.groupId !== g0.groupId)!;
  expect(other.maxLagSecondsEstimate).toBe(lags.find((g) => g.groupId === other.groupId)!.maxLagSecondsEstimate);
  expect(other.maxLagSecondsEstimate).not.toBe('lower-bound');
  const detail = await groupDetail(db, 'lb', g0.groupId, s.result.startedAt.getTime());
  expect(detail.partitions[0]).toMatchObject({ topic: p0.topic, partition: p0.partition, lagSeconds: 900, lagSecondsEstimate: 'lower-bound' });
  const topic = await topicDetail(db, 'lb', p0.topic, { from: new Date(s.result.startedAt.getTime() - 60_000), to: s.result.startedAt });
  expect(topic.consumers.find((c) => c.groupId === g0.groupId)).toMatchObject({ maxLagSecondsEstimate: 'lower-bound' });

  const history = await loadLagHistory(db, 'lb', s.result.startedAt.getTime(), 10 * 60_000, { fullResolutionMs: 15 * 60_000, keepMs: 6 * 3600_000 });
  const replayed = history.samples.filter((x) => x.groupId === g0.groupId && x.sample.at === s.result.startedAt.getTime());
  expect(replayed.length).toBe(g0.partitions.length);
  const bounds = replayed.filter((x) => x.sample.lagSecondsAtLeast);
  const expectedBounds = g0.partitions.filter((p) => p.lagSecondsEstimate === 'lower-bound');
  expect(expectedBounds.length).toBeLessThan(g0.partitions.length);
  expect(bounds.map((x) => [x.topic, x.partition, x.sample.lagSeconds])).toEqual(expectedBounds.map((p) => [p.topic, p.partition, p.lagSeconds]));
  expect(bounds.map((x) => [x.topic, x.partition])).toContainEqual([p0.topic, p0.partition]);
});
