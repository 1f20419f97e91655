import { LocalCluster } from '@/dev/kafka/cluster';

/**
 * The real 3-node cluster integration tests run against: the one `npm test` started
 * (KAFKA_TEST_BASE_PORT), started here if it is not running yet (e.g. `npm run test:integration`).
 */
export async function testCluster(): Promise<LocalCluster> {
  const basePort = Number(process.env.KAFKA_TEST_BASE_PORT ?? 39092);
  const cluster = new LocalCluster({ basePort, dataDir: process.env.KAFKA_TEST_DATA_DIR });
  await cluster.start();
  return cluster;
}

/** Waits until `f` returns a truthy value, polling; fails with `what` after `timeoutMs`. */
export async function eventually<T>(f: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 30_000, everyMs = 500): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
