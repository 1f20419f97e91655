// Layout of the local 3-node KRaft cluster: ports, paths, server.properties and JVM flags.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DevKafkaError } from './errors';

export const NODE_IDS = [1, 2, 3] as const;
/**
 * Every fixed port a cluster of this tool listens on (the demo's, the tests', the benches') lies
 * below 32768, Linux's ephemeral range (32768–60999): inside it, an outgoing connection of the same
 * machine (a test's Postgres pool, a Kafka client) can hold the port as its local end, and the
 * broker's listener then fails with EADDRINUSE — by chance, once in a few dozen runs.
 */
export const EPHEMERAL_PORTS_FROM = 32768;
export const DEFAULT_BASE_PORT = 19092;
/** Controller ports are the broker ports shifted by this amount (19092 -> 19192). */
export const CONTROLLER_PORT_OFFSET = 100;
export const HOST = '127.0.0.1';

export const KAFKA_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(KAFKA_DIR, '../..');
export const CACHE_DIR = path.join(REPO_ROOT, 'dev/.cache');
export const LOG4J_CONFIG = path.join(KAFKA_DIR, 'log4j2.xml');

export interface NodeLayout {
  id: number;
  port: number;
  controllerPort: number;
  /** Ports of a secured cluster's extra listeners (SSL, mTLS, SASL_SSL); none otherwise. */
  extraPorts: number[];
  rack: string;
  dir: string; // node-<id>/
  logDir: string; // Kafka's log.dirs (partition data + metadata log)
  propsFile: string;
  pidFile: string;
  consoleFile: string; // JVM stdout + stderr
  logFile: string; // log4j output (WARN+)
}

export function resolveBasePort(explicit?: number): number {
  const env = process.env.KAFKA_BASE_PORT;
  const raw = explicit ?? (env ? Number(env) : DEFAULT_BASE_PORT);
  if (!Number.isInteger(raw) || raw < 1024 || raw + CONTROLLER_PORT_OFFSET + NODE_IDS.length > 65535) {
    throw new DevKafkaError(`invalid Kafka base port '${explicit ?? env}' (expected an integer from 1024 to 65432)`);
  }
  return raw;
}

export function resolveDataDir(basePort: number, explicit?: string): string {
  const dir = explicit ?? process.env.KAFKA_DATA_DIR ?? path.join(CACHE_DIR, `cluster-${basePort}`);
  return path.resolve(dir);
}

export function nodeLayout(dataDir: string, basePort: number, id: number, extraPortOffsets: readonly number[] = []): NodeLayout {
  const dir = path.join(dataDir, `node-${id}`);
  const port = basePort + id - 1;
  return {
    id,
    port,
    controllerPort: basePort + CONTROLLER_PORT_OFFSET + id - 1,
    extraPorts: extraPortOffsets.map((o) => port + o),
    rack: `r${id}`,
    dir,
    logDir: path.join(dir, 'data'),
    propsFile: path.join(dir, 'server.properties'),
    pidFile: path.join(dir, 'kafka.pid'),
    consoleFile: path.join(dir, 'console.log'),
    logFile: path.join(dir, 'server.log'),
  };
}

export function quorumVoters(basePort: number): string {
  return NODE_IDS.map((id) => `${id}@${HOST}:${basePort + CONTROLLER_PORT_OFFSET + id - 1}`).join(',');
}

/** `overrides` replace or add entries (a secured cluster's listeners and authorizer: dev/kafka/secure.ts). */
export function renderServerProperties(node: NodeLayout, basePort: number, overrides: Record<string, string> = {}): string {
  const props: Record<string, string | number | boolean> = {
    'process.roles': 'broker,controller',
    'node.id': node.id,
    'broker.rack': node.rack,
    'controller.quorum.voters': quorumVoters(basePort),
    listeners: `PLAINTEXT://${HOST}:${node.port},CONTROLLER://${HOST}:${node.controllerPort}`,
    'advertised.listeners': `PLAINTEXT://${HOST}:${node.port}`,
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'log.dirs': node.logDir,
    // Fast failure detection / failover (a killed broker leaves the ISR within ~5 s).
    'broker.session.timeout.ms': 4000,
    'broker.heartbeat.interval.ms': 1000,
    'replica.lag.time.max.ms': 4000,
    'controller.quorum.election.timeout.ms': 2000,
    'controller.quorum.fetch.timeout.ms': 3000,
    'controller.quorum.election.backoff.max.ms': 500,
    // Internal topics: fully replicated, few partitions (fast startup).
    'offsets.topic.replication.factor': 3,
    'offsets.topic.num.partitions': 5,
    'transaction.state.log.replication.factor': 3,
    'transaction.state.log.min.isr': 2,
    'transaction.state.log.num.partitions': 5,
    'share.coordinator.state.topic.replication.factor': 3,
    'share.coordinator.state.topic.min.isr': 2,
    'share.coordinator.state.topic.num.partitions': 5,
    // User topics: the product demos an auto-created RF=1 topic. (min.insync.replicas stays at its default 1;
    // segment/index sizes stay default too, so topic descriptions show no extra non-default configs.)
    'auto.create.topics.enable': true,
    'default.replication.factor': 1,
    'num.partitions': 1,
    // Groups: group.coordinator.rebalance.protocols keeps its 4.1 default (classic,consumer,streams),
    // so the KIP-848 consumer protocol is available. No initial join delay for classic groups.
    'group.initial.rebalance.delay.ms': 0,
    // Small footprint.
    'num.network.threads': 2,
    'num.io.threads': 2,
    'num.replica.fetchers': 1,
    'num.recovery.threads.per.data.dir': 1,
    'background.threads': 4,
    'log.cleaner.threads': 1,
    'log.cleaner.dedupe.buffer.size': 2 * 1024 * 1024, // allocated on heap; default 128 MiB
    ...overrides,
  };
  const lines = Object.entries(props).map(([k, v]) => `${k}=${String(v)}`);
  return `# Generated by dev/kafka (node ${node.id}); rewritten on every start.\n${lines.join('\n')}\n`;
}

const COMMON_JVM_ARGS = [
  '-XX:+UseSerialGC',
  '-XX:TieredStopAtLevel=1', // C1 only: faster startup, less compiler memory
  '-XX:-UsePerfData',
  '-Djava.awt.headless=true',
  `-Dlog4j2.configurationFile=${LOG4J_CONFIG}`,
];

/**
 * Node heap: 320 MiB holds a few thousand partitions; a 10k-partition cluster (bench/) needs about
 * 1 GiB per node, or the controller's event queue overloads and brokers are fenced in a loop.
 * `KAFKA_NODE_HEAP=1g npm run kafka -- start` (a JVM size: digits and m or g).
 */
export function nodeHeap(env: Record<string, string | undefined> = process.env): string {
  const v = (env.KAFKA_NODE_HEAP ?? '320m').trim().toLowerCase();
  if (!/^[1-9]\d{0,5}[mg]$/.test(v)) throw new Error(`KAFKA_NODE_HEAP: "${v}" is not a heap size such as 320m or 1g`);
  return v;
}

export function nodeJvmArgs(node: NodeLayout, libsDir: string): string[] {
  return [
    '-Xms64m',
    `-Xmx${nodeHeap()}`,
    '-XX:MaxDirectMemorySize=128m',
    '-XX:ReservedCodeCacheSize=64m',
    '-XX:+ExitOnOutOfMemoryError',
    ...COMMON_JVM_ARGS,
    `-Dkafkascope.log.file=${node.logFile}`,
    `-Dkafkascope.node=${node.id}`,
    '-cp',
    path.join(libsDir, '*'),
  ];
}

export function toolJvmArgs(logFile: string, libsDir: string): string[] {
  return ['-Xmx256m', ...COMMON_JVM_ARGS, `-Dkafkascope.log.file=${logFile}`, '-cp', path.join(libsDir, '*')];
}
