/** Every collector timing constant in one place. */
export const COLLECTOR = {
  /** A poll must finish within this share of the interval, leaving time to store it. */
  deadlineFraction: 0.8,
  /** Topic configs change rarely; read them on every Nth poll (and the first). */
  configEveryNPolls: 6,
  connectTimeoutMs: 3000,
  requestTimeoutMs: 3000,
  /** How often lag is rolled up and old samples pruned (see lib/store/retention.ts). */
  retentionEveryMs: 10 * 60_000,
} as const;
