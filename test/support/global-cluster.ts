import { LocalCluster } from '@/dev/kafka/cluster';
import { testClusterOptions } from './cluster';

/**
 * Vitest global setup for the integration project. Under `npm test` the cluster is managed by
 * dev/test-all.ts (KAFKASCOPE_TEST_CLUSTER=managed); run on its own, the project starts a fresh
 * test cluster and wipes it afterwards.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.KAFKASCOPE_TEST_CLUSTER === 'managed') return async () => undefined;
  const cluster = new LocalCluster({ ...testClusterOptions(), log: (m) => console.log(`[test-cluster] ${m}`) });
  await cluster.wipe();
  await cluster.start();
  return async () => {
    await cluster.wipe();
  };
}
