// The topic list sorts in the database, so paging through a sorted list never skips or repeats.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TopicSort } from '@/lib/model/topics';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { listTopics } from '@/lib/views/topics';
import { freshDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let db: Db;
const now = new Date();
const topic = (name: string, t: { partitions?: number; messages?: bigint | null; size?: bigint | null; offline?: number; underMin?: number; urp?: number }) => ({
  clusterId: 'c',
  name,
  internal: false,
  partitionCount: t.partitions ?? 1,
  replicationFactor: 3,
  firstSeenAt: now,
  updatedAt: now,
  offlinePartitions: t.offline ?? 0,
  underMinIsrPartitions: t.underMin ?? 0,
  underReplicatedPartitions: t.urp ?? 0,
  messages: t.messages === undefined ? 10n : t.messages,
  sizeBytes: t.size === undefined ? 100n : t.size,
});

beforeAll(async () => {
  database = await freshDatabase();
  await migrate(database.url);
  db = createDb(database.url);
  await db.cluster.create({ data: { id: 'c', name: 'c' } });
  await db.topic.createMany({
    data: [
      topic('a', { partitions: 3, messages: 5n, size: null, urp: 2 }),
      topic('b', { partitions: 12, messages: null, size: 9000n, underMin: 1 }),
      topic('c', { partitions: 3, messages: 500n, size: 20n, offline: 1 }),
      topic('d', { partitions: 1, messages: 500n, size: 20n }),
      topic('e', { partitions: 6, messages: 7n, size: 5n, underMin: 1, urp: 1 }),
    ],
  });
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const names = async (key: TopicSort, order: 'asc' | 'desc', page = 1, pageSize = 10) =>
  (await listTopics(db, 'c', { includeInternal: true, page, pageSize, sort: { key, order } })).topics.map((t) => t.name);

describe('topic list sorting', () => {
  it('by name, either way; by name when no sort is given', async () => {
    expect(await names('name', 'asc')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(await names('name', 'desc')).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect((await listTopics(db, 'c', { includeInternal: true, page: 1, pageSize: 10 })).topics.map((t) => t.name)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('by partitions, ties broken by name', async () => {
    expect(await names('partitions', 'desc')).toEqual(['b', 'e', 'a', 'c', 'd']);
    expect(await names('partitions', 'asc')).toEqual(['d', 'a', 'c', 'e', 'b']);
  });

  it('by messages and size, never-read figures last in both orders', async () => {
    expect(await names('messages', 'desc')).toEqual(['c', 'd', 'e', 'a', 'b']);
    expect(await names('messages', 'asc')).toEqual(['a', 'e', 'c', 'd', 'b']);
    expect(await names('size', 'desc')).toEqual(['b', 'c', 'd', 'e', 'a']);
    expect(await names('size', 'asc')).toEqual(['e', 'c', 'd', 'b', 'a']);
  });

  it('by problems: offline, then under min ISR, then under-replicated', async () => {
    expect(await names('problems', 'desc')).toEqual(['c', 'e', 'b', 'a', 'd']);
  });

  it('pages through a sorted list without gaps or repeats', async () => {
    const pages = [...(await names('messages', 'desc', 1, 2)), ...(await names('messages', 'desc', 2, 2)), ...(await names('messages', 'desc', 3, 2))];
    expect(pages).toEqual(['c', 'd', 'e', 'a', 'b']);
  });
});
