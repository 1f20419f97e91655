import { loadClusters } from '@/lib/config/load';
import { ConfigError } from '@/lib/config/types';
import { createDb } from '@/lib/store/client';
import { openDatabase } from '@/lib/store/database';
import { startCollectors } from './run';

// `npm run collector`: the poll loops alone, for running the web tier separately.
async function main(): Promise<void> {
  const clusters = loadClusters();
  const database = await openDatabase();
  const db = createDb(database.url);
  console.log(`[collector] ${clusters.length} cluster(s); history in ${database.description}`);
  const running = startCollectors(clusters, db, database.url);
  const shutdown = async () => {
    await running.stop();
    await db.$disconnect();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((e: unknown) => {
  console.error(`kafkascope collector: ${e instanceof ConfigError || e instanceof Error ? e.message : String(e)}`);
  process.exit(e instanceof ConfigError ? 2 : 1);
});
