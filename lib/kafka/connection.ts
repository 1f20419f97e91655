// One authenticated kafkajs Broker per address, cached, with hard connect/request deadlines.
import { Broker, ConnectionPool, silentLogger, socketFactory, type ApiVersionMap, type KjsBroker, type ProtocolRequest } from './internals';
import { KafkaResponseError, NotABrokerError } from './wire';

export interface KafkaConnectOptions {
  brokers: string[];
  clientId?: string;
  ssl?: { ca?: string; rejectUnauthorized: boolean };
  sasl?: { mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; username: string; password: string };
  connectTimeoutMs?: number;
  requestTimeoutMs?: number;
}

export class KafkaTimeoutError extends Error {
  override name = 'KafkaTimeoutError';
}

export class KafkaAuthError extends Error {
  override name = 'KafkaAuthError';
}

export function parseAddress(address: string): { host: string; port: number } {
  const i = address.lastIndexOf(':');
  const host = address.slice(0, i).replace(/^\[(.*)\]$/, '$1');
  const port = Number(address.slice(i + 1));
  if (i <= 0 || !host || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`invalid broker address '${address}' (expected host:port)`);
  }
  return { host, port };
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new KafkaTimeoutError(`${what} timed out after ${ms}ms`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/** Closes a kafkajs broker without waiting on a peer that may never answer. */
async function destroy(broker: KjsBroker): Promise<void> {
  await Promise.all(
    broker.connectionPool.pool.map(async (c) => {
      c.socket?.destroy(); // first, so a pending TCP connect cannot complete afterwards
      c.rejectRequests(new Error('connection closed'));
      await c.disconnect().catch(() => {});
    }),
  );
}

export class BrokerConnections {
  readonly connectTimeoutMs: number;
  readonly requestTimeoutMs: number;
  private readonly cache = new Map<string, Promise<KjsBroker>>();
  private readonly logger = silentLogger();
  private closed = false;

  constructor(private readonly opts: KafkaConnectOptions) {
    this.connectTimeoutMs = opts.connectTimeoutMs ?? 3000;
    this.requestTimeoutMs = opts.requestTimeoutMs ?? 3000;
  }

  /** Sends one request; `build` picks the version from the broker's ApiVersions. */
  async send<T>(address: string, build: (versions: ApiVersionMap | null) => ProtocolRequest<T>): Promise<T> {
    const entry = this.get(address);
    const broker = await entry;
    let req: ProtocolRequest<T>;
    try {
      req = build(broker.versions);
    } catch (e) {
      // pickVersion's refusal: name the address, which may be one of several bootstrap servers.
      if (e instanceof KafkaResponseError) throw new KafkaResponseError(`${address}: ${e.message}`);
      if (e instanceof NotABrokerError) throw new NotABrokerError(`${address}: ${e.message}`);
      throw e;
    }
    try {
      const what = `${req.request.apiName} v${req.request.apiVersion} to ${address}`;
      return await withTimeout(broker.connectionPool.send(req), this.requestTimeoutMs, what);
    } catch (e) {
      if (!(e instanceof KafkaResponseError)) this.drop(address, entry);
      throw this.clean(e, address);
    }
  }

  /** Closes the connection a failed request used (not a newer one made since). */
  private drop(address: string, entry: Promise<KjsBroker>): void {
    if (this.cache.get(address) === entry) this.cache.delete(address);
    void entry.then(destroy, () => {});
  }

  async closeAll(): Promise<void> {
    this.closed = true;
    const all = [...this.cache.values()];
    this.cache.clear();
    await Promise.all(all.map((p) => p.then(destroy, () => {})));
  }

  private get(address: string): Promise<KjsBroker> {
    let p = this.cache.get(address);
    if (this.closed) return Promise.reject(new Error('connections are closed'));
    if (!p) {
      p = this.connect(address);
      this.cache.set(address, p);
      p.catch(() => this.cache.get(address) === p && this.cache.delete(address));
    }
    return p;
  }

  private async connect(address: string): Promise<KjsBroker> {
    const { host, port } = parseAddress(address);
    const { ssl, sasl, clientId = 'kafkascope' } = this.opts;
    const connectionPool = new ConnectionPool({
      host,
      port,
      clientId,
      ssl: ssl ? { ...ssl } : null,
      sasl: sasl ? { ...sasl } : null,
      logger: this.logger,
      socketFactory,
      connectionTimeout: this.connectTimeoutMs,
      // Our own deadline (below) fires first and gives the clearer message.
      requestTimeout: this.requestTimeoutMs + 500,
    });
    const broker = new Broker({ connectionPool, logger: this.logger, allowAutoTopicCreation: false });
    try {
      // TCP (+TLS) connect, ApiVersions and SASL together must finish within the connect timeout.
      await withTimeout(broker.connect(), this.connectTimeoutMs, `connect to ${address}`);
      return broker;
    } catch (e) {
      void destroy(broker);
      throw this.clean(e, address);
    }
  }

  /** Error with a readable message, never containing the password. */
  private clean(e: unknown, address: string): Error {
    const raw = e instanceof Error ? e.message : String(e);
    let msg = raw.replace(/^Connection error: /, '');
    const secret = this.opts.sasl?.password;
    if (secret) msg = msg.split(secret).join('***');
    if (e instanceof Error && e.name === 'KafkaJSSASLAuthenticationError') {
      return new KafkaAuthError(`SASL authentication failed at ${address}: ${msg.replace(/^SASL \S+ authentication failed: /, '')}`);
    }
    if (e instanceof KafkaResponseError || e instanceof KafkaTimeoutError || e instanceof KafkaAuthError) return e;
    return new Error(msg.includes(address) ? msg : `${address}: ${msg}`);
  }
}
