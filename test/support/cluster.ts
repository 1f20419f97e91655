import { LocalCluster, type ClusterOptions } from '@/dev/kafka/cluster';

/** Where the test cluster lives: its own ports and folder, apart from the demo's. */
export function testClusterOptions(env: Record<string, string | undefined> = process.env): ClusterOptions & { basePort: number; dataDir: string } {
  const basePort = Number(env.KAFKA_TEST_BASE_PORT ?? 29092);
  return { basePort, dataDir: env.KAFKA_TEST_DATA_DIR ?? `dev/.cache/test-cluster-${basePort}` };
}

/**
 * The real 3-node cluster integration tests run against: the one `npm test` (or the integration
 * project's global setup) started; start() is a no-op for nodes already running.
 */
export async function testCluster(): Promise<LocalCluster> {
  const cluster = new LocalCluster(testClusterOptions());
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
