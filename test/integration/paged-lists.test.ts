// The consumer-group and findings lists sort, filter and page in the database (500 groups on one
// page took seconds; thousands of findings were a megabyte), so paging through a sorted list never
// skips or repeats a row, and the counts cover every row, not just the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupSort } from '@/lib/model/groups';
import type { SortOrder } from '@/lib/model/topics';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { listFindings } from '@/lib/views/findings';
import { listGroups, type GroupQuery } from '@/lib/views/groups';
import { freshDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let db: Db;
// A fixed clock: the sparkline's minutes are then known.
const now = Date.parse('2026-11-30T12:00:50Z');
const at = (msAgo: number) => new Date(now - msAgo);

type Spec = { status: string | null; lag: bigint | null; seconds: number | null; members?: number; topics?: string[] };
// id → status, total lag, worst lag seconds
const GROUPS: Record<string, Spec> = {
  alpha: { status: 'OK', lag: 0n, seconds: 0, members: 2, topics: ['orders', 'payments'] },
  bravo: { status: 'WARN', lag: 1200n, seconds: 95, members: 1, topics: ['orders'] },
  Charlie: { status: 'STOP', lag: 40n, seconds: 3600, members: 0, topics: ['signups'] },
  delta: { status: 'WARN', lag: 5000n, seconds: 95 },
  echo: { status: 'OK', lag: 3n, seconds: 1.5 },
  fresh: { status: null, lag: null, seconds: null },
  golf: { status: 'ERR', lag: 90n, seconds: 700 },
};

beforeAll(async () => {
  database = await freshDatabase();
  await migrate(database.url);
  db = createDb(database.url);
  await db.cluster.createMany({ data: [{ id: 'c', name: 'c' }, { id: 'other', name: 'other' }] });
  await db.consumerGroup.createMany({
    data: Object.entries(GROUPS).map(([groupId, g]) => ({
      clusterId: 'c',
      groupId,
      state: g.members ? 'Stable' : 'Empty',
      protocol: 'range',
      members: Array.from({ length: g.members ?? 0 }, (_, i) => ({ memberId: `m${i}`, clientId: 'c', clientHost: '/10.0.0.1', assignment: [] })),
      updatedAt: at(0),
      totalLag: g.lag,
      maxLagSeconds: g.seconds,
      status: g.status,
      statusReason: g.status === 'OK' || g.status === null ? null : `${g.status} reason`,
      lagAt: g.status === null ? null : at(0),
      partitions: [],
    })),
  });
  // A group of the same name in another cluster must not show up or count.
  await db.consumerGroup.create({ data: { clusterId: 'other', groupId: 'alpha', state: 'Stable', members: [], updatedAt: at(0), status: 'STOP' } });
  await db.consumerGroupTopic.createMany({
    data: Object.entries(GROUPS).flatMap(([groupId, g]) =>
      (g.topics ?? []).map((topic) => ({ clusterId: 'c', groupId, topic, partitions: 3, lag: 0n, status: g.status ?? 'OK', updatedAt: at(0) })),
    ),
  });
  // bravo's lag over the last minutes, two topics a poll: the sparkline shows each minute's highest
  // per-poll total. An old sample (40 min ago) is outside its 30 minutes.
  const polls = [
    { ms: 40 * 60_000, orders: 999n, payments: 999n }, // 11:20:50
    { ms: 160_000, orders: 10n, payments: 5n }, // 11:58:10 → 15
    { ms: 130_000, orders: 30n, payments: 1n }, // 11:58:40 → 31
    { ms: 90_000, orders: 7n, payments: 7n }, // 11:59:20 → 14
  ];
  await db.lagSample.createMany({
    data: polls.flatMap((p) => [
      { clusterId: 'c', groupId: 'bravo', topic: 'orders', at: at(p.ms), lag: p.orders },
      { clusterId: 'c', groupId: 'bravo', topic: 'payments', at: at(p.ms), lag: p.payments },
    ]),
  });
  // Findings: severities and titles out of order; one for a group, the rest for topics.
  const finding = (id: string, severity: string, title: string, topic: string | null, groupId: string | null = null) => ({
    clusterId: 'c', id, rule: severity === 'critical' ? 'topic-rf1' : 'unused-topic', severity, subjectKind: groupId ? 'group' : 'topic',
    subject: groupId ? { kind: 'group', group: groupId } : { kind: 'topic', topic }, topic, groupId, title, impact: 'impact', fix: { summary: 'fix', commands: [] }, facts: {}, firstSeenAt: at(0), updatedAt: at(0),
  });
  await db.finding.createMany({
    data: [
      finding('f1', 'info', 'a info', 't1'),
      finding('f2', 'critical', 'z critical', 't2'),
      finding('f3', 'warning', 'b warning', 't3'),
      finding('f4', 'critical', 'c critical', 't1'),
      finding('f5', 'info', 'b info', null, 'bravo'),
    ],
  });
  await db.finding.create({ data: { ...finding('f1', 'critical', 'other cluster', 't1'), clusterId: 'other' } });
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const ids = async (q: GroupQuery) => (await listGroups(db, 'c', { pageSize: 50, ...q }, now)).groups.map((g) => g.groupId);
const sorted = (key: GroupSort, order: SortOrder) => ids({ sort: { key, order } });

describe('group list', () => {
  it('by default worst status first; ties by seconds behind, then messages, then id; not evaluated last', async () => {
    expect(await ids({})).toEqual(['Charlie', 'golf', 'delta', 'bravo', 'echo', 'alpha', 'fresh']);
    expect(await sorted('status', 'asc')).toEqual(['echo', 'alpha', 'delta', 'bravo', 'golf', 'Charlie', 'fresh']);
  });

  it('by lag, by seconds and by id, either way; groups with no figures last both ways', async () => {
    expect(await sorted('lag', 'desc')).toEqual(['delta', 'bravo', 'golf', 'Charlie', 'echo', 'alpha', 'fresh']);
    expect(await sorted('lag', 'asc')).toEqual(['alpha', 'echo', 'Charlie', 'golf', 'bravo', 'delta', 'fresh']);
    expect(await sorted('seconds', 'desc')).toEqual(['Charlie', 'golf', 'delta', 'bravo', 'echo', 'alpha', 'fresh']);
    expect(await sorted('seconds', 'asc')).toEqual(['alpha', 'echo', 'delta', 'bravo', 'golf', 'Charlie', 'fresh']);
    const byName = await sorted('name', 'asc');
    expect(byName).toHaveLength(7);
    expect(await sorted('name', 'desc')).toEqual([...byName].reverse());
  });

  it('pages through a sorted list without gaps or repeats, and says how many there are', async () => {
    const all = await sorted('lag', 'desc');
    const pages = [];
    for (let page = 1; page <= 4; page++) {
      const p = await listGroups(db, 'c', { page, pageSize: 2, sort: { key: 'lag', order: 'desc' } }, now);
      expect(p).toMatchObject({ total: 7, matched: 7, page, pageSize: 2 });
      pages.push(...p.groups.map((g) => g.groupId));
    }
    expect(pages).toEqual(all);
  });

  it('counts every status over the whole list, filters by one, and searches ids in any case', async () => {
    const p = await listGroups(db, 'c', { status: 'WARN', pageSize: 1 }, now);
    expect(p.counts).toEqual({ OK: 2, WARN: 2, ERR: 1, STOP: 1, pending: 1 });
    expect(p).toMatchObject({ total: 7, matched: 2 });
    expect(p.groups.map((g) => g.groupId)).toEqual(['delta']);
    const found = await listGroups(db, 'c', { q: 'cHAR' }, now);
    expect(found.groups.map((g) => g.groupId)).toEqual(['Charlie']);
    expect(found).toMatchObject({ total: 1, matched: 1, counts: { STOP: 1 } });
    expect((await listGroups(db, 'c', { q: 'nothing-like-it' }, now)).groups).toEqual([]);
    // Only groups behind (messages or seconds), furthest behind first: the overview's top list.
    const behind = await listGroups(db, 'c', { behind: true, sort: { key: 'seconds', order: 'desc' }, pageSize: 5 }, now);
    expect(behind.groups.map((g) => g.groupId)).toEqual(['Charlie', 'golf', 'delta', 'bravo', 'echo']);
    expect(behind).toMatchObject({ total: 7, matched: 5, counts: { OK: 2 } });
    // LIKE wildcards are plain characters in a search.
    expect((await listGroups(db, 'c', { q: '%' }, now)).total).toBe(0);
  });

  it('a row: members, topics, figures, and the sparkline of its own last 30 minutes only', async () => {
    const [bravo] = (await listGroups(db, 'c', { q: 'bravo' }, now)).groups;
    expect(bravo).toMatchObject({ groupId: 'bravo', state: 'Stable', members: 1, topics: ['orders'], totalLag: '1200', maxLagSeconds: 95, status: 'WARN', statusReason: 'WARN reason' });
    expect(bravo!.spark).toEqual([
      { at: '2026-11-30T11:58:00.000Z', lag: 31 },
      { at: '2026-11-30T11:59:00.000Z', lag: 14 },
    ]);
    const [alpha] = (await listGroups(db, 'c', { q: 'alpha' }, now)).groups;
    expect(alpha).toMatchObject({ members: 2, topics: ['orders', 'payments'], spark: [] });
    const [fresh] = (await listGroups(db, 'c', { q: 'fresh' }, now)).groups;
    expect(fresh).toMatchObject({ members: 0, topics: [], totalLag: null, maxLagSeconds: null, status: null, lagAt: null });
  });
});

describe('findings list', () => {
  it('most severe first, then by title; pages without gaps; counts over every finding', async () => {
    const all = await listFindings(db, 'c');
    expect(all.findings.map((f) => f.id)).toEqual(['f4', 'f2', 'f3', 'f1', 'f5']);
    expect(all).toMatchObject({ matched: 5, page: 1, pageSize: 100, counts: { critical: 2, warning: 1, info: 2 } });
    const pages = [];
    for (let page = 1; page <= 3; page++) {
      const p = await listFindings(db, 'c', { page, pageSize: 2 });
      expect(p).toMatchObject({ matched: 5, page, pageSize: 2, counts: { critical: 2, warning: 1, info: 2 } });
      pages.push(...p.findings.map((f) => f.id));
    }
    expect(pages).toEqual(['f4', 'f2', 'f3', 'f1', 'f5']);
    expect((await listFindings(db, 'c', { page: 4, pageSize: 2 })).findings).toEqual([]);
  });

  it('filters by severity, subject and topic; the counts stay those of the whole cluster', async () => {
    const info = await listFindings(db, 'c', { severity: 'info', pageSize: 1 });
    expect(info.findings.map((f) => f.id)).toEqual(['f1']);
    expect(info).toMatchObject({ matched: 2, counts: { critical: 2, warning: 1, info: 2 } });
    expect((await listFindings(db, 'c', { kind: 'group' })).findings.map((f) => f.id)).toEqual(['f5']);
    expect((await listFindings(db, 'c', { topic: 't1' })).findings.map((f) => f.id)).toEqual(['f4', 'f1']);
    expect((await listFindings(db, 'c', { group: 'bravo' })).findings.map((f) => [f.id, f.title, f.subject])).toEqual([['f5', 'b info', { kind: 'group', group: 'bravo' }]]);
  });
});
