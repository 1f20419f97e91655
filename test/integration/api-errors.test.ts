import { expect, it } from 'vitest';
import { handle } from '@/lib/api/http';
import { createDb } from '@/lib/store/client';
import { listTopics } from '@/lib/views/topics';
import { TcpProxy, viaProxy } from '../support/tcp-proxy';
import { freshDatabase } from '../support/database';
import { migrate } from '@/lib/store/migrate';

it('a dead history database is a 503 with a message, quickly — and answers again when it is back', async () => {
  const database = await freshDatabase();
  await migrate(database.url);
  const u = new URL(database.url);
  const proxy = new TcpProxy({ host: u.hostname, port: Number(u.port || 5432) });
  const db = createDb(viaProxy(database.url, await proxy.start()));
  const call = () => handle(() => listTopics(db, 'c', { includeInternal: true, page: 1, pageSize: 10 }));
  try {
    expect((await call()).status).toBe(200);
    await proxy.cut();
    const t0 = Date.now();
    const res = await call();
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: 'history database unavailable; retrying shortly' });
    await proxy.start();
    await expect.poll(async () => (await call()).status, { timeout: 15_000 }).toBe(200);
  } finally {
    await db.$disconnect();
    await proxy.cut();
    await database.drop();
  }
});
