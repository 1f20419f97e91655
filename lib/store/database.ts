import type { Env } from '@/lib/config/types';
import { startEmbeddedDatabase } from './embedded';
import { migrate } from './migrate';

export interface OpenDatabase {
  url: string;
  kind: 'postgres' | 'embedded';
  description: string;
  close(): Promise<void>;
}

/**
 * DATABASE_URL selects a Postgres server; without it the embedded database is started.
 * Migrations are applied either way, so every start leaves the schema current.
 */
export async function openDatabase(env: Env = process.env): Promise<OpenDatabase> {
  const url = env.DATABASE_URL;
  if (url) {
    await migrateOrExplain(url, redact(url));
    return { url, kind: 'postgres', description: redact(url), close: async () => undefined };
  }
  const db = await startEmbeddedDatabase();
  await migrateOrExplain(db.url, `embedded database ${db.dataDir}`);
  return { url: db.url, kind: 'embedded', description: `embedded (${db.dataDir})`, close: db.stop };
}

async function migrateOrExplain(url: string, what: string): Promise<void> {
  try {
    const applied = await migrate(url);
    if (applied.length > 0) console.log(`[store] applied migrations to ${what}: ${applied.join(', ')}`);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new Error(`cannot prepare the history database (${what}): ${msg}`);
  }
}

/** Connection strings may carry a password; logs get the host and database only. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    return `postgres://${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'postgres (unparseable DATABASE_URL)';
  }
}
