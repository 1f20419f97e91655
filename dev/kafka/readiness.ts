// Readiness checks through kafkajs: which broker ids does each broker report as live?
import { Kafka, logLevel } from 'kafkajs';

/** Broker ids in the metadata returned by the broker at `address`, or null if it does not answer. */
export async function brokerIdsSeenBy(address: string, timeoutMs = 3000): Promise<number[] | null> {
  const kafka = new Kafka({
    clientId: 'kafkascope-dev-readiness',
    brokers: [address],
    logLevel: logLevel.NOTHING,
    connectionTimeout: timeoutMs,
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const { brokers } = await admin.describeCluster();
    return brokers.map((b) => b.nodeId).sort((a, b) => a - b);
  } catch {
    return null;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

/** What each address reports (null = no answer), in the same order as `addresses`. */
export function brokerViews(addresses: string[]): Promise<(number[] | null)[]> {
  return Promise.all(addresses.map((a) => brokerIdsSeenBy(a)));
}
