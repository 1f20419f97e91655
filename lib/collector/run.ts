import { DEFAULT_LAG_STATUS_CONFIG } from '@/lib/analysis/lag';
import type { ClusterConfig } from '@/lib/config/types';
import type { Db } from '@/lib/store/client';
import { applyRetention, commitRetentionFor, retentionFromEnv } from '@/lib/store/retention';
import { COLLECTOR } from './settings';
import { ClusterCollector } from './cluster-collector';
import { createKafkaSource } from './kafka-source';

export interface RunningCollectors {
  stop(): Promise<void>;
}

/** Starts one collector per configured cluster. */
export function startCollectors(clusters: ClusterConfig[], db: Db, databaseUrl: string): RunningCollectors {
  const lagConfigs = clusters.map((cfg) => ({ ...DEFAULT_LAG_STATUS_CONFIG, ...definedOnly(cfg.lag ?? {}) }));
  const collectors = clusters.map((cfg, i) => new ClusterCollector(cfg, { db, databaseUrl, createSource: createKafkaSource, lagConfig: lagConfigs[i] }));
  for (const c of collectors) c.start();
  const policy = commitRetentionFor(
    retentionFromEnv(),
    lagConfigs.map((l) => l.windowMs),
  );
  const prune = () =>
    applyRetention(db, policy).catch((e: unknown) => console.warn(`[collector] retention skipped: ${e instanceof Error ? e.message : String(e)}`));
  const retention = setInterval(prune, COLLECTOR.retentionEveryMs);
  void prune();
  return {
    async stop() {
      clearInterval(retention);
      await Promise.all(collectors.map((c) => c.stop()));
    },
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
