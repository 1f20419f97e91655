import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ClusterEvent } from '@/lib/model/events';
import type { PollResult } from '@/lib/model/poll';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { recordPoll } from '@/lib/store/record-poll';
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
    const events: ClusterEvent[] = Array.from({ length: 15000 }, (_, i) => ({
      type: i % 2 === 0 ? 'ISR_SHRINK' : 'LEADER_CHANGED',
      topic: `topic-${String(Math.floor(i / 10)).padStart(4, '0')}`,
      partition: i % 10,
      details: { from: [1, 2, 3], to: [1, 2], seq: i },
    }));
    const carried = [{ at: new Date(at.getTime() - 5000), event: { type: 'BROKER_DOWN', brokerId: 3, details: { host: 'h', port: 9093 } } as ClusterEvent }];
    await recordPoll(db, { clusterId: 'c', clusterName: 'c', poll, state: { reachable: false, controllerId: null, brokers: [], topics: [], groups: null }, events, carried });
    const stored = await db.event.findMany({ where: { clusterId: 'c' }, orderBy: { id: 'asc' } });
    expect(stored).toHaveLength(15001);
    expect(stored[0]).toMatchObject({ type: 'BROKER_DOWN', brokerId: 3, topic: null, partition: null, at: new Date(at.getTime() - 5000), details: { host: 'h', port: 9093 } });
    expect(stored.slice(1).map((e) => (e.details as { seq: number }).seq)).toEqual(events.map((_, i) => i));
    expect(stored[15000]).toMatchObject({ type: 'LEADER_CHANGED', topic: 'topic-1499', partition: 9, brokerId: null, at });
  } finally {
    process.off('warning', onWarning);
  }
  expect(warnings).toEqual([]);
});
