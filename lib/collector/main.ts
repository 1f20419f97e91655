import { checkDatabaseUrl } from '@/lib/config/database-url';
import { loadClusters } from '@/lib/config/load';
import { ConfigError } from '@/lib/config/types';
import { createDb } from '@/lib/store/client';
import { openDatabase } from '@/lib/store/database';
import { startCollectors } from './run';

/** The longest a graceful stop may take (a poll's deadline is shorter than its interval). */
const STOP_DEADLINE_MS = 15_000;
/** A signal this soon after the first is the same request (Ctrl-C reaches npm and us; npm passes it on too). */
const SAME_REQUEST_MS = 1000;

// `npm run collector` (exec'd by npm, so SIGTERM to npm's pid reaches this process): the poll
// loops alone, for running the web tier separately. SIGTERM or SIGINT lets the current polls
// finish and be written, closes the database and exits 0; a second signal exits at once.
async function main(): Promise<void> {
  const clusters = loadClusters();
  const url = process.env.DATABASE_URL;
  const database = await openDatabase({ ...process.env, DATABASE_URL: url ? checkDatabaseUrl(url) : undefined });
  const db = createDb(database.url);
  console.log(`[collector] ${clusters.length} cluster(s); history in ${database.description}`);
  const running = startCollectors(clusters, db, database.url);
  let stoppingSince = 0;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stoppingSince) {
      if (Date.now() - stoppingSince < SAME_REQUEST_MS) return;
      console.log(`[collector] ${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stoppingSince = Date.now();
    console.log(`[collector] ${signal}: stopping (the current polls finish and are written)…`);
    setTimeout(() => {
      console.log(`[collector] still stopping after ${STOP_DEADLINE_MS / 1000} s: exiting anyway`);
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    void (async () => {
      await running.stop();
      await db.$disconnect();
      await database.close();
    })().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(`[collector] stopping failed: ${e instanceof Error ? e.message : String(e)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((e: unknown) => {
  console.error(`kafkascope collector: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(e instanceof ConfigError ? 2 : 1);
});
