// npm run kafka -- start|stop|kill <id>|restart <id>|status|wipe|fetch|tools|<tool> [args...]
import { LocalCluster } from './cluster';
import { DevKafkaError } from './errors';
import { KAFKA_VERSION } from './jars';
import { TOOLS, isKafkaTool } from './tools';

const USAGE = `usage: npm run kafka -- [--secure] <command>
  start | stop | status | wipe | fetch
  --secure                           the secured cluster: SASL/TLS listeners, SCRAM users, an
                                     authorizer (default base port 24092; see dev/kafka/README.md)
  kill <id> | restart <id>          node ids 1..3
  <tool> [args...]                   Kafka CLI tool against the local cluster, e.g.
                                     topics --describe, consumer-groups --describe --all-groups,
                                     metadata-quorum describe --status   (list: npm run kafka -- tools)
env: KAFKA_BASE_PORT (default 19092), KAFKA_DATA_DIR (default dev/.cache/cluster-<port>), KAFKA_SECURE=1 (as --secure)`;

function nodeId(arg: string | undefined): number {
  const id = Number(arg);
  if (arg === undefined || !Number.isInteger(id)) throw new DevKafkaError(`expected a node id (1..3), got ${arg ?? 'nothing'}`);
  return id;
}

async function main(argv: string[]): Promise<number> {
  const secure = argv[0] === '--secure' || process.env.KAFKA_SECURE === '1' || process.env.KAFKA_SECURE === 'true';
  const [cmd, ...rest] = argv[0] === '--secure' ? argv.slice(1) : argv;
  const cluster = new LocalCluster({ log: (m) => console.error(`[kafka] ${m}`), secure });
  const seconds = (t0: number) => ((Date.now() - t0) / 1000).toFixed(1);
  const t0 = Date.now();
  switch (cmd) {
    case 'start':
      await cluster.start();
      console.log(`cluster ${cluster.clusterId} ready in ${seconds(t0)}s: ${cluster.bootstrap()}`);
      if (cluster.secured) printSecured(cluster);
      return 0;
    case 'stop':
      await cluster.stop();
      console.log(`stopped (${seconds(t0)}s)`);
      return 0;
    case 'kill':
      await cluster.kill(nodeId(rest[0]));
      console.log(`node ${rest[0]} killed`);
      return 0;
    case 'restart':
      await cluster.restart(nodeId(rest[0]));
      console.log(`node ${rest[0]} back in the cluster after ${seconds(t0)}s`);
      return 0;
    case 'status': {
      const id = cluster.clusterId;
      console.log(`Kafka ${KAFKA_VERSION}  cluster id ${id || '(not formatted)'}  data ${cluster.dataDir}`);
      for (const n of await cluster.status()) {
        const state = n.running ? `running  pid ${n.pid}` : 'stopped';
        console.log(`node ${n.id}  broker 127.0.0.1:${n.port}  controller :${n.controllerPort}  rack ${n.rack}  ${state}`);
      }
      if (cluster.secured) printSecured(cluster);
      return 0;
    }
    case 'wipe':
      await cluster.wipe();
      console.log(`wiped ${cluster.dataDir}`);
      return 0;
    case 'fetch':
      await cluster.fetchJars();
      console.log(`Kafka ${KAFKA_VERSION} jars present`);
      return 0;
    case 'tools':
      for (const [name, cls] of Object.entries(TOOLS)) console.log(`${name.padEnd(22)} ${cls}`);
      return 0;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return cmd === undefined ? 1 : 0;
    default:
      if (!isKafkaTool(cmd)) throw new DevKafkaError(`unknown command '${cmd}' (try: npm run kafka -- help)`);
      return (await cluster.runTool(cmd, rest, { inherit: true })).code;
  }
}

function printSecured(cluster: LocalCluster): void {
  const tls = cluster.tls;
  console.log(`listeners  SASL_PLAINTEXT ${cluster.listener('sasl').join(',')}  (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)`);
  console.log(`           SSL ${cluster.listener('ssl').join(',')}  (principal User:ANONYMOUS)`);
  console.log(`           SSL with client certificates ${cluster.listener('mtls').join(',')}  (principal: the certificate's CN)`);
  console.log(`           SASL_SSL ${cluster.listener('saslSsl').join(',')}`);
  console.log(`users      ${(cluster.users ?? []).map((u) => `${u.name}/${u.password}`).join('  ')}  (admin is the super user)`);
  console.log(`TLS        CA ${tls.caFile}  client ${tls.clientCertFile} + ${tls.clientKeyFile}`);
  console.log(`tools log in as admin with ${cluster.adminConfigFile}`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof DevKafkaError) console.error(`kafka: ${err.message}`);
    else console.error(err);
    process.exit(1);
  },
);
