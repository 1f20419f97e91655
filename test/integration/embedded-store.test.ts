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
