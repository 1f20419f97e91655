import { LocalCluster } from '@/dev/kafka/cluster';
import { testClusterOptions } from '@/test/support/cluster';

/** The cluster `npm test` started; tests kill and restart its nodes through this handle. */
export function testCluster(): LocalCluster {
  return new LocalCluster(testClusterOptions());
}
