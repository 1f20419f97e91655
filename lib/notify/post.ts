// Posts one notification to one receiver and says how it went; never throws, never hangs past the
// receiver's timeout. The URL may carry a token: errors name the receiver, not the URL. Shared by
// the collector's deliveries and the test alert (the CLI and the admin page).
import type { ReceiverConfig } from '@/lib/config/alerting';

export interface PostOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export async function postNotification(r: ReceiverConfig, body: unknown): Promise<PostOutcome> {
  const started = performance.now();
  try {
    const res = await fetch(r.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'kafkascope', ...r.headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(r.timeoutMs),
      redirect: 'error',
    });
    const text = res.ok ? '' : (await res.text().catch(() => '')).slice(0, 200);
    await res.body?.cancel().catch(() => undefined);
    return {
      ok: res.ok,
      statusCode: res.status,
      error: res.ok ? null : `receiver ${r.name} answered HTTP ${res.status}${text ? `: ${text.replace(/\s+/g, ' ').trim()}` : ''}`,
      durationMs: performance.now() - started,
    };
  } catch (e) {
    const timedOut = e instanceof DOMException && e.name === 'TimeoutError';
    const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
    return {
      ok: false,
      statusCode: null,
      error: timedOut ? `receiver ${r.name} did not answer within ${r.timeoutMs} ms` : `receiver ${r.name} unreachable (${e instanceof Error ? e.message : String(e)}${cause})`,
      durationMs: performance.now() - started,
    };
  }
}
