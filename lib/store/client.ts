import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** SQL fragments for raw queries (`Prisma.sql`, `Prisma.raw`, `Prisma.empty`), for views that build one. */
export { Prisma } from '@/lib/generated/prisma/client';

export type Db = PrismaClient;

/** Pool kept small: the embedded database serialises queries anyway. */
export function createDb(databaseUrl: string, poolMax = 5): Db {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: poolMax,
    connectionTimeoutMillis: 5000,
    // Fail fast instead of hanging the UI when the database is down.
    query_timeout: 15000,
  });
  return new PrismaClient({ adapter });
}

const g = globalThis as unknown as { kafkascopeDb?: Db };

/** One client per process (Next.js may load this module in several bundles). */
export function getDb(): Db {
  if (!g.kafkascopeDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set (the launcher sets it; see README)');
    g.kafkascopeDb = createDb(url);
  }
  return g.kafkascopeDb;
}
