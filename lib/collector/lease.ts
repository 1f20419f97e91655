import { createHash } from 'node:crypto';
import pg from 'pg';

/** Holders within this process, per database and cluster. The embedded database multiplexes one
 * Postgres session, where advisory locks are re-entrant, so in-process exclusivity cannot rely on them. */
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
  /** Two instances on different databases are not rivals (each keeps its own history). */
  private readonly holderKey: string;

  constructor(
    private readonly databaseUrl: string,
    clusterId: string,
  ) {
    // Advisory locks take a bigint; derive a stable one from the cluster id.
    this.key = BigInt.asIntN(64, BigInt(`0x${createHash('sha256').update(`kafkascope:${clusterId}`).digest('hex').slice(0, 16)}`)).toString();
    this.holderKey = `${databaseUrl}\u0000${this.key}`;
  }

  /** True when this process holds the lease (acquiring it if free). Never throws. */
  async tryAcquire(): Promise<boolean> {
    return (await this.acquire()) === 'held';
  }

  /**
   * 'held': ours; 'taken': another holder has it; 'unreachable': the database cannot be asked
   * (the caller decides whether a lease it held until now still counts). Never throws.
   */
  async acquire(): Promise<'held' | 'taken' | 'unreachable'> {
    const local = holders.get(this.holderKey);
    if (local && local !== this) return 'taken';
    holders.set(this.holderKey, this);
    try {
      if (!this.client) {
        const c = new pg.Client({ connectionString: this.databaseUrl, connectionTimeoutMillis: 3000 });
        c.on('error', () => this.drop());
        await c.connect();
        this.client = c;
        this.held = false;
      }
      if (this.held) return 'held';
      const r = await this.client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [this.key]);
      this.held = r.rows[0]?.ok === true;
      if (!this.held) holders.delete(this.holderKey);
      return this.held ? 'held' : 'taken';
    } catch {
      this.drop();
      return 'unreachable';
    }
  }

  private drop(): void {
    if (holders.get(this.holderKey) === this) holders.delete(this.holderKey);
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
