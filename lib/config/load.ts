import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import {
  DEFAULT_POLL_INTERVAL_MS,
  describeZodError,
  fileSchema,
  normaliseCluster,
  parseBrokerList,
} from './parse';
import { normaliseAlerts, normaliseReceiver, receiversFromEnv } from './alerting';
import { readSsl } from './tls';
import { ConfigError, type ClusterConfig, type Env, type SaslMechanism } from './types';

/**
 * Clusters come from KAFKASCOPE_CONFIG (a YAML or JSON file) or, for a single cluster,
 * from KAFKA_BROKERS (+ KAFKA_CLUSTER_NAME, KAFKA_SASL_*, KAFKA_SSL, KAFKA_SSL_*_FILE). Errors are one line.
 */
export function loadClusters(
  env: Env = process.env,
  readFile: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): ClusterConfig[] {
  const file = env.KAFKASCOPE_CONFIG;
  if (file) return loadFile(file, env, readFile);
  if (env.KAFKA_BROKERS !== undefined) return [fromEnv(env, readFile)];
  throw new ConfigError(
    'no Kafka cluster configured: set KAFKA_BROKERS=host:port,... or KAFKASCOPE_CONFIG=path/to/clusters.yaml',
  );
}

function loadFile(
  path: string,
  env: Env,
  readFile: (path: string) => string,
): ClusterConfig[] {
  let text: string;
  try {
    text = readFile(path);
  } catch {
    throw new ConfigError(`KAFKASCOPE_CONFIG: cannot read ${path}`);
  }
  let data: unknown;
  try {
    data = parseYaml(text); // YAML is a superset of JSON, so both formats parse here
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new ConfigError(`${path}: not valid YAML/JSON: ${msg}`);
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) throw new ConfigError(describeZodError(parsed.error, path));
  const receivers = (parsed.data.receivers ?? []).map((r, i) => normaliseReceiver(r, `${path}: receivers[${i}]`, env));
  const dup = receivers.find((r, i) => receivers.findIndex((x) => x.name === r.name) !== i);
  if (dup) throw new ConfigError(`${path}: receiver name "${dup.name}" is used twice`);
  const clusters = parsed.data.clusters.map((c, i) => ({
    ...normaliseCluster(c, `${path}: clusters[${i}]`, env, readFile, receivers),
    publicUrl: parsed.data.publicUrl ?? env.KAFKASCOPE_PUBLIC_URL ?? null,
  }));
  const seen = new Set<string>();
  for (const c of clusters) {
    if (seen.has(c.id)) throw new ConfigError(`${path}: cluster id "${c.id}" is used twice`);
    seen.add(c.id);
  }
  return clusters;
}

function fromEnv(env: Env, readFile: (path: string) => string): ClusterConfig {
  const name = env.KAFKA_CLUSTER_NAME?.trim() || 'default';
  const cluster: ClusterConfig = {
    id: slug(name),
    name,
    brokers: parseBrokerList(env.KAFKA_BROKERS ?? '', 'KAFKA_BROKERS'),
    pollIntervalMs: intervalFromEnv(env.KAFKA_POLL_INTERVAL_MS),
    alerts: normaliseAlerts(undefined, receiversFromEnv(env), 'environment'),
    publicUrl: env.KAFKASCOPE_PUBLIC_URL ?? null,
  };
  const lag = {
    windowMs: positiveFromEnv(env, 'KAFKA_LAG_WINDOW_MS', 10_000),
    errLagSeconds: positiveFromEnv(env, 'KAFKA_LAG_ERR_SECONDS', 1),
  };
  if (lag.windowMs !== undefined || lag.errLagSeconds !== undefined) cluster.lag = lag;
  const files = { caFile: env.KAFKA_SSL_CA_FILE, certFile: env.KAFKA_SSL_CERT_FILE, keyFile: env.KAFKA_SSL_KEY_FILE, keyPassword: env.KAFKA_SSL_KEY_PASSWORD };
  const given = Object.fromEntries(Object.entries(files).filter(([, v]) => v !== undefined && v !== ''));
  if (env.KAFKA_SSL === 'true' || env.KAFKA_SSL === '1' || given.caFile || given.certFile || given.keyFile) {
    const names = { caFile: 'KAFKA_SSL_CA_FILE', certFile: 'KAFKA_SSL_CERT_FILE', keyFile: 'KAFKA_SSL_KEY_FILE', keyPassword: 'KAFKA_SSL_KEY_PASSWORD' };
    cluster.ssl = readSsl(given, names, readFile);
  }
  const mechanism = env.KAFKA_SASL_MECHANISM?.toLowerCase();
  if (mechanism) {
    if (mechanism !== 'plain' && mechanism !== 'scram-sha-256' && mechanism !== 'scram-sha-512') {
      throw new ConfigError(
        `KAFKA_SASL_MECHANISM: "${mechanism}" is not one of plain, scram-sha-256, scram-sha-512`,
      );
    }
    const username = env.KAFKA_SASL_USERNAME;
    const password = env.KAFKA_SASL_PASSWORD;
    if (!username) throw new ConfigError('KAFKA_SASL_USERNAME is not set (required with KAFKA_SASL_MECHANISM)');
    if (!password) throw new ConfigError('KAFKA_SASL_PASSWORD is not set (required with KAFKA_SASL_MECHANISM)');
    cluster.sasl = { mechanism: mechanism as SaslMechanism, username, password };
  }
  return cluster;
}

function intervalFromEnv(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_POLL_INTERVAL_MS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1000) {
    throw new ConfigError(`KAFKA_POLL_INTERVAL_MS: "${raw}" must be an integer number of milliseconds >= 1000`);
  }
  return n;
}

function positiveFromEnv(env: Env, name: string, min: number): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new ConfigError(`${name}: "${raw}" must be a number >= ${min}`);
  return n;
}

function slug(name: string): string {
  const s = name.toLowerCase().replace(/[^a-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '');
  return s || 'default';
}
