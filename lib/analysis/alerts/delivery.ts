// How notifications go out: one at a time per alert and receiver, in the order they were owed (a
// resolve never overtakes its fire), retried with capped exponential backoff, given up after a
// day, and at most N a minute per receiver so a storm of alerts cannot flood a channel.

export const DELIVERY = {
  firstRetryMs: 5_000,
  maxRetryMs: 5 * 60_000,
  giveUpAfterMs: 24 * 3600_000,
  /** Alertmanager forgets a firing alert at its endsAt: it is re-sent this often while firing. */
  alertmanagerRefreshMs: 2 * 60_000,
} as const;

/** Wait before the attempt after `attempts` failed ones: 5 s, 10 s, 20 s, … 5 min. */
export function retryDelayMs(attempts: number): number {
  return Math.min(DELIVERY.maxRetryMs, DELIVERY.firstRetryMs * 2 ** Math.max(0, attempts - 1));
}

export interface PendingDelivery {
  id: bigint;
  alertId: bigint | null;
  receiver: string;
  createdAt: number;
  nextAttemptAt: number;
}

/** The deliveries to try now: for each alert and receiver only the oldest pending one, if it is due. */
export function dueDeliveries<D extends PendingDelivery>(pending: readonly D[], now: number): D[] {
  const seen = new Set<string>();
  const out: D[] = [];
  for (const d of [...pending].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const key = d.alertId === null ? `test|${d.id}` : `${d.alertId}|${d.receiver}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (d.nextAttemptAt <= now) out.push(d);
  }
  return out;
}

/** After a failed attempt: try again later, or give up once it has been owed for a day. */
export function afterFailure(d: { createdAt: number; attempts: number }, now: number): { status: 'pending'; nextAttemptAt: number } | { status: 'failed' } {
  if (now - d.createdAt >= DELIVERY.giveUpAfterMs) return { status: 'failed' };
  return { status: 'pending', nextAttemptAt: now + retryDelayMs(d.attempts) };
}

/** A token bucket per receiver: `perMinute` tokens, refilled continuously. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly perMinute: number) {}

  take(receiver: string, now: number): boolean {
    const b = this.buckets.get(receiver) ?? { tokens: this.perMinute, at: now };
    b.tokens = Math.min(this.perMinute, b.tokens + ((now - b.at) * this.perMinute) / 60_000);
    b.at = now;
    this.buckets.set(receiver, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }
}
