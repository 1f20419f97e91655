// Readiness checks through kafkajs: which broker ids does each broker report as live?
import { Kafka, logLevel } from 'kafkajs';

/** SASL/PLAIN credentials, for a secured cluster's SASL listener. */
export interface PlainLogin {
  username: string;
  password: string;
}

/** Broker ids in the metadata returned by the broker at `address`, or null if it does not answer. */
export async function brokerIdsSeenBy(address: string, timeoutMs = 3000, login?: PlainLogin): Promise<number[] | null> {
  const kafka = new Kafka({
    clientId: 'kafkascope-dev-readiness',
    brokers: [address],
    logLevel: logLevel.NOTHING,
    connectionTimeout: timeoutMs,
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
    ...(login ? { sasl: { mechanism: 'plain' as const, ...login } } : {}),
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
export function brokerViews(addresses: string[], login?: PlainLogin): Promise<(number[] | null)[]> {
  return Promise.all(addresses.map((a) => brokerIdsSeenBy(a, 3000, login)));
}
