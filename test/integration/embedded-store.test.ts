import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/store/client';
import { startEmbeddedDatabase } from '@/lib/store/embedded';
import { migrate } from '@/lib/store/migrate';

describe('embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kafkascope-embedded-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps history on disk across a restart', async () => {
    const first = await startEmbeddedDatabase(dir);
    await migrate(first.url);
    const db1 = createDb(first.url);
    await db1.event.create({ data: { clusterId: 'c', at: new Date('2026-01-01T17:05:00Z'), type: 'BROKER_DOWN', brokerId: 1, details: { host: 'h' } } });
    await db1.$disconnect();
    await first.stop();

    const second = await startEmbeddedDatabase(dir);
    expect(await migrate(second.url)).toEqual([]); // already migrated: schema persisted too
    const db2 = createDb(second.url);
    const rows = await db2.event.findMany();
    expect(rows.map((r) => [r.type, r.brokerId, r.at.toISOString()])).toEqual([['BROKER_DOWN', 1, '2026-01-01T17:05:00.000Z']]);
    await db2.$disconnect();
    await second.stop();
  });

  it('refuses a second opener of the same data folder with a clear message, instead of corrupting it', async () => {
    const a = await startEmbeddedDatabase(dir);
    try {
      await expect(startEmbeddedDatabase(dir)).rejects.toThrow(/could not be opened|in use/);
    } finally {
      await a.stop();
    }
  });
});

describe('embedded database under concurrent clients', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kafkascope-embedded-conc-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers many parameterised queries from several connections at once, each with its own result', async () => {
    const server = await startEmbeddedDatabase(dir);
    await migrate(server.url);
    const clients = [createDb(server.url), createDb(server.url), createDb(server.url)];
    try {
      await clients[0]!.broker.createMany({
        data: [1, 2, 3].map((id) => ({ clusterId: 'c', brokerId: id, host: `h${id}`, port: id, up: true, since: new Date(), lastSeenAt: new Date(), firstSeenAt: new Date() })),
      });
      const queries = Array.from({ length: 150 }, (_, i) => {
        const db = clients[i % clients.length]!;
        const id = (i % 3) + 1;
        return i % 2 === 0
          ? db.broker.findUnique({ where: { clusterId_brokerId: { clusterId: 'c', brokerId: id } } }).then((b) => b?.host === `h${id}`)
          : db.broker.count({ where: { clusterId: 'c', brokerId: { gte: id }, port: { lte: 3 } } }).then((n) => n === 4 - id);
      });
      expect(await Promise.all(queries)).toEqual(queries.map(() => true));
    } finally {
      for (const c of clients) await c.$disconnect();
      await server.stop();
    }
  });
});
