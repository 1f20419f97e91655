/**
 * Counts failures per key in a sliding window: after `limit` failures within `windowMs`, the key
 * must wait until the oldest of them leaves the window. In memory, per web instance.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
    /** Keys kept at most; the stalest go first (memory stays bounded whatever is sent). */
    private readonly maxKeys = 100_000,
  ) {}

  private recent(key: string): number[] {
    const t = this.now();
    const kept = (this.failures.get(key) ?? []).filter((at) => t - at < this.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Milliseconds until `key` may try again; 0 when it may now. */
  retryAfterMs(key: string): number {
    const f = this.recent(key);
    if (f.length < this.limit) return 0;
    return f[f.length - this.limit]! + this.windowMs - this.now();
  }

  /** Counts a failure; returns its time (for `forget`). */
  fail(key: string): number {
    const f = this.recent(key);
    const at = this.now();
    this.failures.delete(key); // re-inserted last: Map order is staleness order
    this.failures.set(key, [...f, at]);
    while (this.failures.size > this.maxKeys) this.failures.delete(this.failures.keys().next().value!);
    return at;
  }

  /** Takes back one failure counted at `at` (an attempt counted in advance that succeeded). */
  forget(key: string, at: number): void {
    const f = this.failures.get(key);
    const i = f?.indexOf(at) ?? -1;
    if (f && i >= 0) f.splice(i, 1);
    if (f?.length === 0) this.failures.delete(key);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}
