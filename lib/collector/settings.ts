/** Every collector timing constant in one place. */
export const COLLECTOR = {
  /** A poll must finish within this share of the interval, leaving time to store it. */
  deadlineFraction: 0.8,
  /** Topic configs change rarely; read the ones that matter on every Nth poll (and the first). */
  configEveryNPolls: 6,
  /** Every topic and broker config (for the config pages and broker-default findings): rarer still. */
  fullConfigsEveryNPolls: 60,
  connectTimeoutMs: 3000,
  requestTimeoutMs: 3000,
  /** How often lag is rolled up and old samples pruned (see lib/store/retention.ts). */
  retentionEveryMs: 10 * 60_000,
  /**
   * Records read per poll for exact lag in seconds (the worst partitions of each group first;
   * reads of unchanged commits are remembered, so this bounds new reads only). See bench/.
   */
  peekBudget: 200,
  /**
   * An end offset that does not move is stored once this often (it is stored whenever it moves):
   * idle partitions chart 0 messages/s at this resolution instead of one row per poll.
   */
  offsetSampleHeartbeatMs: 60_000,
  /** A poll the database rejects (not an outage) this many times is dropped, not retried forever. */
  storeAttempts: 3,
} as const;
