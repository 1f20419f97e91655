import { createHash } from 'node:crypto';
import pg from 'pg';

/** Holders within this process. The embedded database multiplexes one Postgres session, where
 * advisory locks are re-entrant, so in-process exclusivity cannot rely on them. */
const holders = new Map<string, ClusterLease>();

/**
 * "Only one collector polls a cluster": a Postgres session-level advisory lock per cluster, held
 * on a dedicated connection. If the holder dies its connection drops and Postgres frees the lock,
 * so another instance takes over on its next attempt.
 */
export class ClusterLease {
  private client: pg.Client | null = null;
  private held = false;
  private readonly key: string;

  constructor(
    private readonly databaseUrl: string,
    clusterId: string,
  ) {
    // Advisory locks take a bigint; derive a stable one from the cluster id.
    this.key = BigInt.asIntN(64, BigInt(`0x${createHash('sha256').update(`kafkascope:${clusterId}`).digest('hex').slice(0, 16)}`)).toString();
  }

  /** True when this process holds the lease (acquiring it if free). Never throws. */
  async tryAcquire(): Promise<boolean> {
    const local = holders.get(this.key);
    if (local && local !== this) return false;
    holders.set(this.key, this);
    try {
      if (!this.client) {
        const c = new pg.Client({ connectionString: this.databaseUrl, connectionTimeoutMillis: 3000 });
        c.on('error', () => this.drop());
        await c.connect();
        this.client = c;
        this.held = false;
      }
      if (this.held) return true;
      const r = await this.client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [this.key]);
      this.held = r.rows[0]?.ok === true;
      if (!this.held) holders.delete(this.key);
      return this.held;
    } catch {
      this.drop();
      return false;
    }
  }

  private drop(): void {
    if (holders.get(this.key) === this) holders.delete(this.key);
    const c = this.client;
    this.client = null;
    this.held = false;
    c?.end().catch(() => undefined);
  }

  async release(): Promise<void> {
    const c = this.client;
    if (c && this.held) await c.query('SELECT pg_advisory_unlock($1::bigint)', [this.key]).catch(() => undefined);
    this.drop();
  }
}
