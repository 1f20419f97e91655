import { z } from 'zod';
import { authFileSchema } from './auth';
import { clusterAlertsSchema, normaliseAlerts, receiverSchema, type ReceiverConfig } from './alerting';
import { resolveSecret } from './secrets';
import { readSsl } from './tls';
import { ConfigError, type ClusterConfig, type Env } from './types';

export { resolveSecret } from './secrets';

export const DEFAULT_POLL_INTERVAL_MS = 5000;
const MIN_POLL_INTERVAL_MS = 1000;

const HOST_PORT = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;

/** Throws ConfigError naming the offending entry when an address is not host:port. */
export function parseBrokerList(raw: string | string[], where: string): string[] {
  const list = (Array.isArray(raw) ? raw : raw.split(','))
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  if (list.length === 0) throw new ConfigError(`${where}: no broker addresses given (expected host:port,...)`);
  for (const b of list) {
    const m = HOST_PORT.exec(b);
    const port = m ? Number(m[2]) : NaN;
    if (!m || port < 1 || port > 65535) {
      throw new ConfigError(`${where}: "${b}" is not a valid host:port broker address`);
    }
  }
  return list;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;

const secretSchema = z.union([z.string(), z.object({ env: z.string().min(1) })]);

const clusterSchema = z.strictObject({
  id: z.string().regex(ID, 'must be letters, digits, "_", "." or "-" (max 63)'),
  name: z.string().min(1).optional(),
  brokers: z.union([z.string(), z.array(z.string())]),
  pollIntervalMs: z.number().int().min(MIN_POLL_INTERVAL_MS).optional(),
  lag: z
    .strictObject({
      windowMs: z.number().int().min(10_000).optional(),
      minSamples: z.number().int().min(2).optional(),
      errLagSeconds: z.number().positive().optional(),
    })
    .optional(),
  ssl: z
    .union([
      z.boolean(),
      z.strictObject({
        caFile: z.string().optional(),
        /** Client certificate and key (PEM files) for brokers that require one (mTLS). */
        certFile: z.string().optional(),
        keyFile: z.string().optional(),
        keyPassword: secretSchema.optional(),
        rejectUnauthorized: z.boolean().optional(),
      }),
    ])
    .optional(),
  sasl: z
    .strictObject({
      mechanism: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']),
      username: secretSchema,
      password: secretSchema,
    })
    .optional(),
  alerts: clusterAlertsSchema.optional(),
});

export const fileSchema = z.strictObject({
  clusters: z.array(clusterSchema).min(1),
  receivers: z.array(receiverSchema).optional(),
  /** The dashboard's public address, for links in alerts. */
  publicUrl: z.string().url().optional(),
  /** Who may sign in (lib/config/auth.ts reads it). */
  auth: authFileSchema.optional(),
});

export type RawCluster = z.infer<typeof clusterSchema>;

/** Turns a zod failure into one line: "clusters[0].brokers: Expected string". */
export function describeZodError(err: z.ZodError, prefix: string): string {
  const issue = err.issues[0];
  if (!issue) return `${prefix}: invalid`;
  const path = issue.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
  return `${prefix}: ${path || '(top level)'}: ${issue.message}`;
}

export function normaliseCluster(
  raw: RawCluster,
  where: string,
  env: Env,
  readFile: (path: string) => string,
  receivers: ReceiverConfig[] = [],
): ClusterConfig {
  const cluster: ClusterConfig = {
    id: raw.id,
    name: raw.name ?? raw.id,
    brokers: parseBrokerList(raw.brokers, `${where}.brokers`),
    pollIntervalMs: raw.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
  };
  if (raw.lag) cluster.lag = raw.lag;
  cluster.alerts = normaliseAlerts(raw.alerts, receivers, `${where}.alerts`);
  if (raw.ssl) {
    const { keyPassword, ...opts } = raw.ssl === true ? {} : raw.ssl;
    const at = (k: string) => `${where}.ssl.${k}`;
    const password = keyPassword === undefined ? undefined : resolveSecret(keyPassword, at('keyPassword'), env);
    const names = { caFile: at('caFile'), certFile: at('certFile'), keyFile: at('keyFile'), keyPassword: at('keyPassword') };
    cluster.ssl = readSsl({ ...opts, keyPassword: password }, names, readFile);
  }
  if (raw.sasl) {
    cluster.sasl = {
      mechanism: raw.sasl.mechanism,
      username: resolveSecret(raw.sasl.username, `${where}.sasl.username`, env),
      password: resolveSecret(raw.sasl.password, `${where}.sasl.password`, env),
    };
  }
  return cluster;
}
