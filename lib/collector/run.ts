import type { ClusterConfig } from '@/lib/config/types';
import type { Db } from '@/lib/store/client';
import { ClusterCollector } from './cluster-collector';
import { createKafkaSource } from './kafka-source';

export interface RunningCollectors {
  stop(): Promise<void>;
}

/** Starts one collector per configured cluster. */
export function startCollectors(clusters: ClusterConfig[], db: Db, databaseUrl: string): RunningCollectors {
  const collectors = clusters.map(
    (cfg) => new ClusterCollector(cfg, { db, databaseUrl, createSource: createKafkaSource }),
  );
  for (const c of collectors) c.start();
  return {
    async stop() {
      await Promise.all(collectors.map((c) => c.stop()));
    },
  };
}
