import { afterAll, beforeAll, expect, it } from 'vitest';
import { SyntheticAnalysis, type AnalysisStep } from '@/bench/synthetic-analysis';
import { sizeFor } from '@/bench/synthetic-cluster';
import type { ClusterEvent } from '@/lib/model/events';
import type { PollResult } from '@/lib/model/poll';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { recordPoll, type PollRecord } from '@/lib/store/record-poll';
import { WrittenRows } from '@/lib/store/written-rows';
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
