import { LocalCluster } from '@/dev/kafka/cluster';
import { testClusterOptions } from './cluster';
import { wipeSecureCluster } from './secure-cluster';

/**
 * Vitest global setup for the integration project. Under `npm test` the cluster is managed by
 * dev/test-all.ts (KAFKASCOPE_TEST_CLUSTER=managed); run on its own, the project starts a fresh
 * test cluster and wipes it afterwards. The secured cluster (test/support/secure-cluster.ts) is
 * started by the first test file that needs it; a leftover one is wiped first, and it is wiped at
 * the end either way.
 */
export default async function setup(): Promise<() => Promise<void>> {
  await wipeSecureCluster();
  if (process.env.KAFKASCOPE_TEST_CLUSTER === 'managed') return wipeSecureCluster;
  const cluster = new LocalCluster({ ...testClusterOptions(), log: (m) => console.log(`[test-cluster] ${m}`) });
  await cluster.wipe();
  await cluster.start();
  return async () => {
    await Promise.all([cluster.wipe(), wipeSecureCluster()]);
  };
}
