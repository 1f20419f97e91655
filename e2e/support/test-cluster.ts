import { LocalCluster } from '@/dev/kafka/cluster';

/** The cluster `npm test` started; tests kill and restart its nodes through this handle. */
export function testCluster(): LocalCluster {
  const basePort = Number(process.env.KAFKA_TEST_BASE_PORT ?? 39092);
  return new LocalCluster({ basePort, dataDir: process.env.KAFKA_TEST_DATA_DIR });
}
