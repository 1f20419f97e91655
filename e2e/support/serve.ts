import { startApp } from '@/lib/runtime/start';
import { freshDatabase } from '@/test/support/database';
import { testCluster } from './test-cluster';

// Serves the app for Playwright: the test cluster, an empty database, the production build.
const cluster = testCluster();
const db = await freshDatabase();
const app = await startApp({
  ...process.env,
  KAFKA_BROKERS: cluster.bootstrap(),
  KAFKA_CLUSTER_NAME: 'e2e',
  KAFKA_POLL_INTERVAL_MS: '2000',
  DATABASE_URL: db.url,
});
const stop = async () => {
  await app.stop();
  await db.drop();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
await app.exited;
await stop();
