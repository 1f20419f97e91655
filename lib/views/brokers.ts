import type { Db } from '@/lib/store/client';

export interface BrokerRow {
  id: number;
  host: string;
  port: number;
  rack: string | null;
  up: boolean;
  since: string;
  lastSeenAt: string;
  isController: boolean;
  leaderCount: number;
  replicaCount: number;
}

export async function listBrokers(db: Db, clusterId: string): Promise<BrokerRow[]> {
  const [brokers, cluster, counts] = await Promise.all([
    db.broker.findMany({ where: { clusterId }, orderBy: { brokerId: 'asc' } }),
    db.cluster.findUnique({ where: { id: clusterId }, select: { controllerId: true } }),
    db.$queryRaw<{ broker: number; leaders: bigint; replicas: bigint }[]>`
      SELECT r AS broker, count(*) FILTER (WHERE leader = r) AS leaders, count(*) AS replicas
      FROM partition_state, unnest(replicas) AS r
      WHERE cluster_id = ${clusterId} GROUP BY r`,
  ]);
  const byBroker = new Map(counts.map((c) => [c.broker, c]));
  return brokers.map((b) => ({
    id: b.brokerId,
    host: b.host,
    port: b.port,
    rack: b.rack,
    up: b.up,
    since: b.since.toISOString(),
    lastSeenAt: b.lastSeenAt.toISOString(),
    isController: cluster?.controllerId === b.brokerId,
    leaderCount: Number(byBroker.get(b.brokerId)?.leaders ?? 0),
    replicaCount: Number(byBroker.get(b.brokerId)?.replicas ?? 0),
  }));
}
