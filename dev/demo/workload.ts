import { CompressionTypes, Kafka, logLevel, type Consumer, type Producer } from 'kafkajs';

export interface WorkloadOptions {
  brokers: string[];
  /** messages per second per topic */
  rates?: Record<string, number>;
  log?: (msg: string) => void;
}

export interface Workload {
  stats(): { sent: Record<string, number>; failed: Record<string, number> };
  stop(): Promise<void>;
}

export const DEMO_RATES: Record<string, number> = { orders: 200, payments: 50, audit_log: 20, account_event: 5 };
const TICK_MS = 100;

/**
 * Producers at steady rates plus three consumer groups: one keeping up (orders-processor), one
 * too slow so its lag grows (billing-slow), one that committed once and stopped (analytics-stopped).
 * Send failures are counted, not fatal: the demo must keep running while a broker is down.
 */
export async function startWorkload(opts: WorkloadOptions): Promise<Workload> {
  const log = opts.log ?? (() => undefined);
  const kafka = new Kafka({ clientId: 'kafkascope-demo', brokers: opts.brokers, logLevel: logLevel.NOTHING, retry: { retries: 2 } });
  const rates = opts.rates ?? DEMO_RATES;
  const sent: Record<string, number> = {};
  const failed: Record<string, number> = {};
  const producer: Producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  let seq = 0;
  const timer = setInterval(() => {
    for (const [topic, perSecond] of Object.entries(rates)) {
      const n = Math.max(1, Math.round((perSecond * TICK_MS) / 1000));
      const messages = Array.from({ length: n }, () => ({ key: String(seq % 97), value: JSON.stringify({ seq: seq++, at: Date.now() }) }));
      producer
        .send({ topic, messages, acks: -1, timeout: 3000, compression: CompressionTypes.None })
        .then(() => (sent[topic] = (sent[topic] ?? 0) + n))
        .catch(() => (failed[topic] = (failed[topic] ?? 0) + n));
    }
  }, TICK_MS);

  const consumers: Consumer[] = [];
  const consume = async (groupId: string, topic: string, perMessageDelayMs: number) => {
    const c = kafka.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 1000 });
    await c.connect();
    await c.subscribe({ topic, fromBeginning: true });
    await c.run({
      eachMessage: async () => {
        if (perMessageDelayMs > 0) await new Promise((r) => setTimeout(r, perMessageDelayMs));
      },
    });
    consumers.push(c);
  };
  await consume('orders-processor', 'orders', 0);
  await consume('billing-slow', 'payments', 40); // ~25 msg/s against 50 msg/s produced
  await stoppedGroup(kafka, 'analytics-stopped', 'audit_log');
  log('workload running: producers on ' + Object.keys(rates).join(', ') + '; groups orders-processor, billing-slow, analytics-stopped');

  return {
    stats: () => ({ sent: { ...sent }, failed: { ...failed } }),
    async stop() {
      clearInterval(timer);
      await Promise.allSettled(consumers.map((c) => c.disconnect()));
      await producer.disconnect().catch(() => undefined);
    },
  };
}

/** A group that consumed for a moment, committed, and went away: its lag can only grow. */
async function stoppedGroup(kafka: Kafka, groupId: string, topic: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = await admin.fetchOffsets({ groupId, topics: [topic] });
    if (existing.some((t) => t.partitions.some((p) => p.offset !== '-1'))) return;
    const offsets = await admin.fetchTopicOffsets(topic);
    await admin.setOffsets({ groupId, topic, partitions: offsets.map((o) => ({ partition: o.partition, offset: o.high })) });
  } finally {
    await admin.disconnect();
  }
}
