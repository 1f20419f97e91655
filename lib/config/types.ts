import type { AlertSettings } from './alerting';

export type SaslMechanism = 'plain' | 'scram-sha-256' | 'scram-sha-512';

export interface SaslSettings {
  mechanism: SaslMechanism;
  username: string;
  /** Resolved secret; never logged, never serialised to the browser. */
  password: string;
}

export interface SslSettings {
  /** PEM contents (already read from disk), if a private CA is used. */
  ca?: string;
  /** Client certificate and its private key (PEM contents), for brokers that require one (mTLS). */
  cert?: string;
  /** Secret: never logged, never serialised to the browser. */
  key?: string;
  /** The private key's password, when it is encrypted. Secret. */
  passphrase?: string;
  rejectUnauthorized: boolean;
}

/** Overrides of the consumer-lag status evaluation (see lib/analysis/lag/status.ts for defaults). */
export interface LagSettings {
  windowMs?: number;
  minSamples?: number;
  errLagSeconds?: number;
}

export interface ClusterConfig {
  id: string;
  name: string;
  brokers: string[];
  pollIntervalMs: number;
  lag?: LagSettings;
  /** Alert receivers and rules; absent = alerting off for this cluster. */
  alerts?: AlertSettings;
  /** The dashboard's public address, for links in alerts; null = none. */
  publicUrl?: string | null;
  ssl?: SslSettings;
  sasl?: SaslSettings;
}

/** What may leave the server: no credentials, no CA material. */
export interface PublicClusterConfig {
  id: string;
  name: string;
  brokers: string[];
  pollIntervalMs: number;
  ssl: boolean;
  saslMechanism: SaslMechanism | null;
}

export function toPublic(c: ClusterConfig): PublicClusterConfig {
  return {
    id: c.id,
    name: c.name,
    brokers: c.brokers,
    pollIntervalMs: c.pollIntervalMs,
    ssl: c.ssl !== undefined,
    saslMechanism: c.sasl?.mechanism ?? null,
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Environment variables as plain strings (process.env fits; tests pass small objects). */
export type Env = Record<string, string | undefined>;
