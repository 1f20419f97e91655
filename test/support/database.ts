import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '@/lib/store/embedded';

export interface TestDatabase {
  url: string;
  kind: 'postgres' | 'embedded';
  drop(): Promise<void>;
}

/**
 * An empty database for one test file: a new database on the DATABASE_URL server when set
 * (CI uses the real Postgres), otherwise an embedded one in a temporary folder.
 */
export async function freshDatabase(): Promise<TestDatabase> {
  const server = process.env.DATABASE_URL;
  if (!server) {
    const dir = mkdtempSync(join(tmpdir(), 'kafkascope-test-'));
    const db = await startEmbeddedDatabase(dir);
    return {
      url: db.url,
      kind: 'embedded',
      async drop() {
        await db.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `kafkascope_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(server);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    kind: 'postgres',
    async drop() {
      const a = new pg.Client({ connectionString: server });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
