import type { MetricsOptions } from '@/lib/views/metrics';
import { Params } from './params';

/**
 * What a scrape asks for: `?partition_lag=true` (a Prometheus job's `params`) adds the
 * per-partition lag series; KAFKASCOPE_METRICS_PARTITION_LAG=true makes that the default.
 */
export function metricsOptions(req: Request, env: Record<string, string | undefined> = process.env): MetricsOptions {
  const def = /^(true|1|on)$/i.test(env.KAFKASCOPE_METRICS_PARTITION_LAG?.trim() ?? '');
  return { partitionLag: Params.of(req).bool('partition_lag', def) };
}
