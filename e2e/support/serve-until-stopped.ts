import { startApp } from '@/lib/runtime/start';
import type { TestDatabase } from '@/test/support/database';

/**
 * Runs the app with this environment on its own database until SIGTERM or SIGINT (or until it
 * exits), then stops it, drops the database and exits: the body of e2e/support/serve*.ts.
 */
export async function serveUntilStopped(env: NodeJS.ProcessEnv, db: TestDatabase): Promise<void> {
  const app = await startApp({ ...env, DATABASE_URL: db.url });
  const stop = async () => {
    await app.stop();
    await db.drop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.exited;
  await stop();
}
