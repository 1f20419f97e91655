import { requireProbe } from '@/lib/api/guard';
import { respond } from '@/lib/api/http';
import { exposition } from '@/lib/api/prometheus';
import { getDb } from '@/lib/store/client';
import { configuredClusters } from '@/lib/config/clusters';
import { collectMetrics, type MetricsOptions } from '@/lib/views/metrics';
import { metricsOptions } from '@/lib/api/metrics-options';

export const dynamic = 'force-dynamic';

/** Prometheus scrape endpoint: Kafkascope as a Kafka exporter (the metrics token or a session when authentication is on). */
export function GET(req: Request) {
  // A refused scrape is a JSON error like the API's; a scrape that fails is Prometheus text.
  return respond(async () => {
    await requireProbe(req);
    return scrape(metricsOptions(req));
  });
}

async function scrape(opts: MetricsOptions): Promise<Response> {
  try {
    const body = exposition(await collectMetrics(getDb(), configuredClusters(), opts));
    return new Response(body, { headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' } });
  } catch (e) {
    console.error('[metrics] failed:', e);
    // A scrape error must be visible as a failed scrape (Prometheus sets up=0), not as zeros.
    return new Response(`# metrics unavailable: ${e instanceof Error ? e.message.split('\n')[0] : 'error'}\n`, { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
}
