import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { applyRetention, rollUpLag } from '@/lib/store/retention';
import { groupLagSeries } from '@/lib/views/group-lag-series';
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

it('prunes samples and poll records past retention, keeps recent ones and every event', async () => {
  const now = Date.parse('2026-06-01T00:00:00Z');
  const daysAgo = (d: number) => new Date(now - d * 24 * 3600 * 1000);
  // End offsets are kept in hours too: a restart reads back six of them, longer charts read rollups.
  await db.offsetSample.createMany({
    data: [9, 7, 1].map((h) => ({ clusterId: 'c', topic: 't', partition: 0, at: new Date(now - h * 3600_000), endOffset: BigInt(h) })),
  });
  await db.throughputRollup.createMany({
    data: [40, 20].map((d) => ({ clusterId: 'c', topic: 't', bucket: daysAgo(d), messages: BigInt(d), seconds: 300 })),
  });
  await db.pollRun.createMany({
    data: [40, 10].map((d) => ({ clusterId: 'c', startedAt: daysAgo(d), durationMs: 5, status: 'ok', phases: [] })),
  });
  await db.event.create({ data: { clusterId: 'c', at: daysAgo(400), type: 'BROKER_DOWN', brokerId: 1, details: {} } });
  // Sign-out rows outlive the audit retention as long as a session could: other instances read them.
  await db.auditEntry.createMany({
    data: [
      { at: daysAgo(10), action: 'login', userName: 'gone', sessionId: 's1' },
      { at: daysAgo(10), action: 'logout', userName: 'kept', sessionId: 's2' },
      { at: daysAgo(40), action: 'logout', userName: 'gone', sessionId: 's3' },
      { at: daysAgo(1), action: 'login-failed', userName: 'kept' },
    ],
  });

  // Commit samples are kept in hours: only a restart reads them.
  await db.commitSample.createMany({
    data: [90, 50, 5].map((m) => ({ clusterId: 'c', groupId: 'g', topic: 't', partition: 0, at: new Date(now - m * 60_000), committed: BigInt(m), endOffset: 100n, lag: 1n, lagSeconds: null, caughtUp: false })),
  });

  expect(await applyRetention(db, { offsetSampleHours: 8, pollRunDays: 30, lagSampleDays: 3, commitSampleHours: 1, lagRollupDays: 90, throughputRollupDays: 30, auditDays: 7 }, now)).toEqual({
    offsetSamples: 1,
    pollRuns: 1,
    lagSamples: 0,
    commitSamples: 1,
    lagRollups: 0,
    throughputRollups: 1,
    auditEntries: 2,
  });
  expect((await db.auditEntry.findMany()).map((r) => r.userName)).toEqual(['kept', 'kept']);
  expect((await db.offsetSample.findMany({ orderBy: { at: 'asc' } })).map((s) => Number(s.endOffset))).toEqual([7, 1]);
  expect((await db.throughputRollup.findMany()).map((r) => Number(r.messages))).toEqual([20]);
  // Never fewer hours of end offsets than a restart replays, whatever the setting says.
  expect((await applyRetention(db, { offsetSampleHours: 1, pollRunDays: 30, lagSampleDays: 3, commitSampleHours: 1, lagRollupDays: 90, throughputRollupDays: 30, auditDays: 7 }, now)).offsetSamples).toBe(1);
  expect((await db.offsetSample.findMany()).map((s) => Number(s.endOffset))).toEqual([1]);
  expect(await db.pollRun.count()).toBe(1);
  expect(await db.event.count()).toBe(1);
  expect((await db.commitSample.findMany({ orderBy: { at: 'asc' } })).map((s) => Number(s.committed))).toEqual([50, 5]);
});

it('rolls lag samples up into hourly buckets (max, average, max seconds, whether that is a lower bound), idempotently; the chart reads the bounds back', async () => {
  const h = Date.parse('2026-06-01T10:00:00Z');
  await db.lagSample.createMany({
    data: [
      { clusterId: 'c', groupId: 'g', topic: 't', at: new Date(h + 60_000), lag: 10n, lagSeconds: 1, lagSecondsAtLeast: true },
      { clusterId: 'c', groupId: 'g', topic: 't', at: new Date(h + 120_000), lag: 30n, lagSeconds: 4 },
      { clusterId: 'c', groupId: 'g', topic: 't', at: new Date(h + 3600_000 + 5), lag: 7n, lagSeconds: null },
    ],
  });
  await rollUpLag(db, new Date(h));
  await rollUpLag(db, new Date(h));
  const rows = await db.lagRollup.findMany({ orderBy: { bucket: 'asc' } });
  // A bound anywhere in the hour makes its maximum one: that partition may have been further behind.
  expect(rows.map((r) => [r.bucket.toISOString(), Number(r.maxLag), r.avgLag, r.maxLagSeconds, r.maxLagSecondsAtLeast, r.samples])).toEqual([
    ['2026-06-01T10:00:00.000Z', 30, 20, 4, true, 2],
    ['2026-06-01T11:00:00.000Z', 7, 7, null, null, 1],
  ]);

  await db.consumerGroup.create({ data: { clusterId: 'c', groupId: 'g', state: 'Empty', members: [], updatedAt: new Date(h) } });
  const raw = await groupLagSeries(db, 'c', 'g', new Date(h), new Date(h + 20 * 60_000));
  expect(raw.stepSeconds).toBe(0);
  expect(raw.total).toEqual([
    { at: '2026-06-01T10:01:00.000Z', lag: 10, lagSeconds: 1, lagSecondsAtLeast: true },
    { at: '2026-06-01T10:02:00.000Z', lag: 30, lagSeconds: 4 },
  ]);
  const hourly = await groupLagSeries(db, 'c', 'g', new Date(h - 24 * 3600_000), new Date(h + 2 * 3600_000));
  expect(hourly.source).toBe('hourly-rollups');
  expect(hourly.total).toEqual([
    { at: '2026-06-01T10:00:00.000Z', lag: 30, lagSeconds: 4, lagSecondsAtLeast: true },
    { at: '2026-06-01T11:00:00.000Z', lag: 7, lagSeconds: null },
  ]);
});
