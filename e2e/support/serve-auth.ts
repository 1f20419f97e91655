import { startApp } from '@/lib/runtime/start';
import { freshDatabase } from '@/test/support/database';

// A second app instance for e2e/auth.spec.ts, with authentication on: the spec writes its config
// file and passes users, the OpenID provider, secrets and the port in the environment. Its own
// empty database; stopped (and the database dropped) on SIGTERM.
const db = await freshDatabase();
const app = await startApp({ ...process.env, DATABASE_URL: db.url });
const stop = async () => {
  await app.stop();
  await db.drop();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
await app.exited;
await stop();
