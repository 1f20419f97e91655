import { Kafka, logLevel } from 'kafkajs';
import { ensureDemoTopics } from './topics';
import { startWorkload, type Workload } from './workload';

// The demo workload on its own, for docker-compose.yml: KAFKA_BROKERS=host:port,... Waits for the
// cluster (all three brokers: the demo places a topic on broker 1), creates the demo topics,
// produces and consumes until SIGTERM or SIGINT.
const say = (m: string) => console.log(`[demo] ${m}`);
const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').map((b) => b.trim()).filter(Boolean);
const BROKERS_NEEDED = 3;

async function waitForCluster(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const admin = new Kafka({ clientId: 'kafkascope-demo', brokers, logLevel: logLevel.NOTHING, retry: { retries: 0 } }).admin();
    try {
      await admin.connect();
      const { brokers: live } = await admin.describeCluster();
      if (live.length >= BROKERS_NEEDED) {
        const created = await ensureDemoTopics(admin);
        if (created.length > 0) say(`created topics: ${created.join(', ')}`);
        return;
      }
      say(`${live.length} of ${BROKERS_NEEDED} brokers up; waiting`);
    } catch (e) {
      if (attempt % 5 === 1) say(`waiting for Kafka at ${brokers.join(',')}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
}

async function main(): Promise<void> {
  if (brokers.length === 0) throw new Error('set KAFKA_BROKERS=host:port,...');
  let workload: Workload | null = null;
  const stop = async () => {
    await workload?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await waitForCluster();
  workload = await startWorkload({ brokers, log: say });
}

main().catch((e: unknown) => {
  console.error(`kafkascope demo workload: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
