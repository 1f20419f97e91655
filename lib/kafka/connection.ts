// One authenticated kafkajs Broker per address, cached, with hard connect/request deadlines.
import { parseAddress } from './address';
import { Broker, ConnectionPool, silentLogger, socketFactory, type ApiVersionMap, type KjsBroker, type ProtocolRequest } from './internals';
import { KafkaAuthError, KafkaSecurityError, securityProblem } from './security-errors';
import { KafkaResponseError, NotABrokerError } from './wire';

export { parseAddress } from './address';
export { KafkaAuthError, KafkaSecurityError } from './security-errors';

export interface KafkaConnectOptions {
  brokers: string[];
  clientId?: string;
  /** TLS: `ca` to trust (PEM; default the system's CAs), and `cert` + `key` (PEM) for a client certificate. */
  ssl?: { ca?: string; cert?: string; key?: string; passphrase?: string; rejectUnauthorized: boolean };
  sasl?: { mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; username: string; password: string };
  connectTimeoutMs?: number;
  requestTimeoutMs?: number;
}

export class KafkaTimeoutError extends Error {
  override name = 'KafkaTimeoutError';
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
  /** Addresses that have answered a request since this was made: their listener and our settings agree. */
  private readonly answered = new Set<string>();
  /** Brokers still connecting: closeAll() ends them at once rather than waiting out their connect timeout. */
  private readonly connecting = new Set<KjsBroker>();
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
      const res = await withTimeout(broker.connectionPool.send(req), this.requestTimeoutMs, what);
      this.answered.add(address);
      return res;
    } catch (e) {
      if (!(e instanceof KafkaResponseError)) this.drop(address, entry);
      // A listener that wants SASL hangs up on the first request after ApiVersions: ask why. Once a
      // listener has answered, a failure is the broker's (it died, or is slow), not our settings'.
      throw this.answered.has(address) ? this.clean(e, address) : await this.explain(e, address);
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
    // A peer that accepted the connection and never answers would hold this up for the whole
    // connect timeout (and the next poll behind it): end those connects now.
    const pending = [...this.connecting];
    this.connecting.clear();
    await Promise.all([...pending.map(destroy), ...all.map((p) => p.then(destroy, () => {}))]);
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
    this.connecting.add(broker);
    try {
      // TCP (+TLS) connect, ApiVersions and SASL together must finish within the connect timeout.
      await withTimeout(broker.connect(), this.connectTimeoutMs, `connect to ${address}`);
      return broker;
    } catch (e) {
      void destroy(broker);
      throw await this.explain(e, address);
    } finally {
      this.connecting.delete(broker);
    }
  }

  /** clean(), or the security problem behind the failure when it is one (see security-errors.ts). */
  private async explain(e: unknown, address: string): Promise<Error> {
    const cleaned = this.clean(e, address);
    if (e instanceof KafkaResponseError || this.closed) return cleaned;
    const { ssl, sasl } = this.opts;
    const settings = { ssl: ssl !== undefined, clientCert: ssl?.cert !== undefined, saslMechanism: sasl?.mechanism ?? null };
    const text = cleaned.message.startsWith(`${address}: `) ? cleaned.message.slice(address.length + 2) : cleaned.message;
    const problem = await securityProblem(e, text, address, settings, this.probeMs).catch(() => null);
    return problem ?? cleaned;
  }

  /** Time for asking a listener what it speaks: short, so the answer comes within the poll. */
  private get probeMs(): number {
    return Math.min(1000, this.connectTimeoutMs);
  }

  /** Error with a readable message, never containing the password. */
  private clean(e: unknown, address: string): Error {
    const raw = e instanceof Error ? e.message : String(e);
    let msg = raw.replace(/^Connection error: /, '');
    const secret = this.opts.sasl?.password;
    if (secret) msg = msg.split(secret).join('***');
    if (e instanceof KafkaResponseError || e instanceof KafkaTimeoutError || e instanceof KafkaAuthError || e instanceof KafkaSecurityError) return e;
    return new Error(msg.includes(address) ? msg : `${address}: ${msg}`);
  }
}
