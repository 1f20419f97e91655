// End-to-end check of the local cluster tool with timings. Uses its own ports (default base 25092) and
// data dir, and wipes them at the end:  npx tsx dev/kafka/verify.ts
import fs from 'node:fs';
import { Kafka, logLevel } from 'kafkajs';
import { LocalCluster } from './cluster';
import { sleep } from './process';

const basePort = Number(process.env.KAFKA_VERIFY_PORT ?? 25092);
const cluster = new LocalCluster({ basePort, log: (m) => console.log(`  [kafka] ${m}`) });
const secs = (t0: number) => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const report: Record<string, string> = {};

function kafka(brokers = cluster.brokers()) {
  return new Kafka({ clientId: 'verify', brokers, logLevel: logLevel.NOTHING, retry: { retries: 2 } });
}

async function tool(...args: string[]): Promise<string> {
  const [name, ...rest] = args as [Parameters<typeof cluster.runTool>[0], ...string[]];
  const res = await cluster.runTool(name, rest);
  if (res.code !== 0) throw new Error(`${args.join(' ')} exited ${res.code}: ${res.stderr}`);
  return res.stdout;
}

async function rssMiB(): Promise<number> {
  const pids = (await cluster.status()).flatMap((n) => (n.pid ? [n.pid] : []));
  const kb = pids.map((pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
  return Math.round(kb.reduce((a, b) => a + b, 0) / 1024);
}

/** Polls ISR of `topic` through the given brokers until `pred(isrs)` holds; returns elapsed ms. */
async function waitIsr(topic: string, brokers: string[], pred: (isrs: number[][]) => boolean, timeoutMs = 60_000) {
  const t0 = Date.now();
  const admin = kafka(brokers).admin();
  await admin.connect();
  try {
    for (;;) {
      const md = await admin.fetchTopicMetadata({ topics: [topic] }).catch(() => null);
      const isrs = md?.topics[0]?.partitions.map((p) => p.isr) ?? [];
      if (isrs.length > 0 && pred(isrs)) return Date.now() - t0;
      if (Date.now() - t0 > timeoutMs) throw new Error(`ISR condition not reached: ${JSON.stringify(isrs)}`);
      await sleep(200);
    }
  } finally {
    await admin.disconnect();
  }
}

async function quorumLeader(): Promise<number> {
  const out = await tool('metadata-quorum', 'describe', '--status');
  return Number(/LeaderId:\s+(-?\d+)/.exec(out)?.[1]);
}

async function main() {
  await cluster.wipe();
  let t0 = Date.now();
  await cluster.start();
  report['cold start (format + start, 3 nodes ready)'] = secs(t0);
  report['RSS after start (3 nodes)'] = `${await rssMiB()} MiB`;
  t0 = Date.now();
  await cluster.stop();
  report['graceful stop (all 3)'] = secs(t0);
  t0 = Date.now();
  await cluster.start();
  report['warm start'] = secs(t0);

  const admin = kafka().admin();
  await admin.connect();
  const desc = await admin.describeCluster();
  console.log('kafkajs describeCluster:', JSON.stringify(desc));
  await tool('topics', '--create', '--topic', 't1', '--partitions', '3', '--replication-factor', '3');
  const producer = kafka().producer();
  await producer.connect();
  await producer.send({ topic: 't1', messages: Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, value: `v${i}` })) });
  await producer.send({ topic: 'auto-rf1', messages: [{ value: 'auto-created' }] });
  console.log('kafkajs listTopics:', (await admin.listTopics()).sort().join(', '));
  const consumer = kafka().consumer({ groupId: 'g-classic' });
  await consumer.connect();
  await consumer.subscribe({ topic: 't1', fromBeginning: true });
  let seen = 0;
  await new Promise<void>((resolve) => void consumer.run({ eachMessage: async () => void (++seen === 30 && resolve()) }));
  await consumer.disconnect();
  await producer.disconnect();
  await admin.disconnect();
  await tool('console-consumer', '--topic', 't1', '--group', 'g-848', '--from-beginning', '--max-messages', '30',
    '--timeout-ms', '20000', '--consumer-property', 'group.protocol=consumer');
  console.log((await tool('consumer-groups', '--describe', '--all-groups', '--state')).trim());
  console.log((await tool('topics', '--describe', '--topic', 'auto-rf1')).trim());

  await cluster.kill(2);
  const ms = await waitIsr('t1', [cluster.brokers()[0]!], (isrs) => isrs.every((isr) => !isr.includes(2)));
  report['kill -9 node 2 -> gone from every ISR (kafkajs poll)'] = `${(ms / 1000).toFixed(1)}s`;
  console.log((await tool('topics', '--describe', '--topic', 't1')).trim());
  t0 = Date.now();
  await cluster.restart(2);
  report['restart 2 -> back in metadata'] = secs(t0);
  const back = await waitIsr('t1', cluster.brokers(), (isrs) => isrs.every((isr) => isr.includes(2)));
  report['... then back in every ISR'] = `+${(back / 1000).toFixed(1)}s`;

  const leader = await quorumLeader();
  await cluster.kill(leader);
  t0 = Date.now();
  let next = leader;
  while (next === leader || next === -1 || Number.isNaN(next)) next = await quorumLeader().catch(() => -1);
  report[`kill active controller ${leader} -> new quorum leader ${next} seen by tool`] = secs(t0);
  console.log((await tool('metadata-quorum', 'describe', '--status')).trim());
  await cluster.restart(leader);
  report['RSS after workload (3 nodes)'] = `${await rssMiB()} MiB`;

  t0 = Date.now();
  await cluster.wipe();
  report['stop + wipe'] = secs(t0);
  console.log('\nfigures:');
  for (const [k, v] of Object.entries(report)) console.log(`  ${k.padEnd(60)} ${v}`);
}

main().catch(async (err: unknown) => {
  console.error(err);
  await cluster.stop().catch(() => {});
  process.exit(1);
});
