// Sends the cluster's owed notifications from the store's outbox: for each alert and receiver the
// oldest first, within each receiver's rate, recording every attempt; failures are retried with
// backoff (lib/analysis/alerts/delivery.ts). Runs beside the polls in the instance that holds the
// cluster's lease, so a slow or failing receiver never delays a poll. Delivery is at least once: a
// crash between the receiver's answer and its record sends that notification again.
import { afterFailure, DELIVERY, dueDeliveries, RateLimiter } from '@/lib/analysis/alerts/delivery';
import { renderFor, testAlert, type RenderContext } from '@/lib/analysis/alerts/render';
import type { AlertSettings } from '@/lib/config/alerting';
import { closeDelivery, enqueueRefreshes, pendingDeliveries, recordAttempt, type StoredPendingDelivery } from '@/lib/store/alert-deliveries';
import type { Db } from '@/lib/store/client';
import { errorMessage } from './deadline';
import { postNotification } from '@/lib/notify/post';

export interface SenderContext {
  clusterId: string;
  clusterName: string;
  publicUrl: string | null;
}

export class AlertSender {
  private readonly limiter: RateLimiter;
  private running: Promise<void> | null = null;
  private again = false;
  private lastRefreshCheck = 0;

  constructor(
    private readonly db: Db,
    private readonly ctx: SenderContext,
    private readonly settings: AlertSettings,
    private readonly log: (msg: string) => void,
  ) {
    this.limiter = new RateLimiter(settings.rateLimitPerMinute);
  }

  /** Sends what is due now; a call while a round runs asks for one more round after it. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.round().catch((e: unknown) => this.log(`alert notifications wait: ${errorMessage(e)}`));
      } while (this.again);
    })().finally(() => (this.running = null));
    return this.running;
  }

  async idle(): Promise<void> {
    await this.running;
  }

  private async round(): Promise<void> {
    const now = Date.now();
    if (now - this.lastRefreshCheck >= DELIVERY.alertmanagerRefreshMs / 4) {
      this.lastRefreshCheck = now;
      const am = this.settings.receivers.filter((r) => r.kind === 'alertmanager').map((r) => r.name);
      await enqueueRefreshes(this.db, this.ctx.clusterId, am, DELIVERY.alertmanagerRefreshMs, new Date(now));
    }
    const due = dueDeliveries(await pendingDeliveries(this.db, this.ctx.clusterId), now);
    // Receivers are independent: a slow one must not hold the others back.
    const byReceiver = new Map<string, StoredPendingDelivery[]>();
    for (const d of due) byReceiver.set(d.receiver, [...(byReceiver.get(d.receiver) ?? []), d]);
    await Promise.all([...byReceiver].map(([name, ds]) => this.sendAll(name, ds)));
  }

  private async sendAll(name: string, ds: StoredPendingDelivery[]): Promise<void> {
    const receiver = this.settings.receivers.find((r) => r.name === name);
    for (const d of ds) {
      if (!receiver) {
        await closeDelivery(this.db, d.id, 'failed', `receiver ${name} is no longer configured`);
        continue;
      }
      if (d.kind === 'refresh' && d.alert?.state !== 'firing') {
        await closeDelivery(this.db, d.id, 'skipped', 'the alert resolved before this refresh was sent');
        continue;
      }
      if (!this.limiter.take(name, Date.now())) return; // the rest wait for the next round
      const c: RenderContext = { ...this.ctx, now: Date.now() };
      const alert = d.alert ?? testAlert(c);
      const out = await postNotification(receiver, renderFor(receiver.kind, d.kind, alert, c));
      const at = new Date();
      const next = out.ok ? ({ status: 'sent' } as const) : afterFailure({ createdAt: d.createdAt, attempts: d.attempts + 1 }, at.getTime());
      await recordAttempt(this.db, d.id, { at, ...out, status: next.status, ...(next.status === 'pending' ? { nextAttemptAt: new Date(next.nextAttemptAt) } : {}) });
      if (!out.ok) this.log(`${d.kind} notification for "${alert.summary}" not delivered (attempt ${d.attempts + 1}${next.status === 'failed' ? ', given up' : ''}): ${out.error}`);
    }
  }
}
