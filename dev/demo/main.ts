import { Kafka, logLevel } from 'kafkajs';
import { LocalCluster } from '@/dev/kafka/cluster';
import { startApp } from '@/lib/runtime/start';
import { ensureDemoTopics } from './topics';
import { startWorkload } from './workload';

// `npm run demo`: a local 3-node cluster, demo topics and traffic, and the dashboard on :3000.
const say = (m: string) => console.log(`[demo] ${m}`);

async function main(): Promise<void> {
  const cluster = new LocalCluster({ log: say });
  say(`starting the local Kafka cluster (${cluster.bootstrap()})…`);
  await cluster.start();
  const brokers = cluster.brokers();
  const admin = new Kafka({ clientId: 'kafkascope-demo', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const created = await ensureDemoTopics(admin);
  await admin.disconnect();
  if (created.length > 0) say(`created topics: ${created.join(', ')}`);
  const workload = await startWorkload({ brokers, log: say });
  const app = await startApp({
    ...process.env,
    KAFKA_BROKERS: brokers.join(','),
    KAFKA_CLUSTER_NAME: process.env.KAFKA_CLUSTER_NAME ?? 'demo',
    PORT: process.env.PORT ?? '3000',
    HOST: process.env.HOST ?? '127.0.0.1',
  });
  say(`dashboard: ${app.url}  (try: npm run kafka -- kill 1, then watch)`);
  say('Ctrl-C stops the dashboard, the workload and the cluster (data is kept in dev/.cache)');

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    await workload.stop();
    await app.stop();
    await cluster.stop();
    process.exit(code);
  };
  // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal, and passed on by npm),
  // and with a one-shot handler the second SIGINT killed it before the brokers were stopped.
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  const code = await app.exited;
  await stop(code);
}

main().catch((e: unknown) => {
  console.error(`kafkascope demo: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
