import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { applyRetention } from '@/lib/store/retention';
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
  await db.offsetSample.createMany({
    data: [8, 6, 1].map((d) => ({ clusterId: 'c', topic: 't', partition: 0, at: daysAgo(d), endOffset: BigInt(d) })),
  });
  await db.pollRun.createMany({
    data: [40, 10].map((d) => ({ clusterId: 'c', startedAt: daysAgo(d), durationMs: 5, status: 'ok', phases: [] })),
  });
  await db.event.create({ data: { clusterId: 'c', at: daysAgo(400), type: 'BROKER_DOWN', brokerId: 1, details: {} } });

  expect(await applyRetention(db, { offsetSampleDays: 7, pollRunDays: 30 }, now)).toEqual({ offsetSamples: 1, pollRuns: 1 });
  expect((await db.offsetSample.findMany({ orderBy: { at: 'asc' } })).map((s) => Number(s.endOffset))).toEqual([6, 1]);
  expect(await db.pollRun.count()).toBe(1);
  expect(await db.event.count()).toBe(1);
});
