import type { Db } from '@/lib/store/client';

export interface BrokerRow {
  id: number;
  host: string;
  port: number;
  rack: string | null;
  up: boolean;
  since: string;
  lastSeenAt: string;
  /** First sighting: time before it is "not watched". */
  firstSeenAt: string;
  isController: boolean;
  leaderCount: number;
  replicaCount: number;
  /** Bytes in the broker's log dirs and its volumes' capacity (DescribeLogDirs); null until read. */
  logBytes: string | null;
  diskTotalBytes: string | null;
  diskUsableBytes: string | null;
}

export async function listBrokers(db: Db, clusterId: string): Promise<BrokerRow[]> {
  const [brokers, cluster] = await Promise.all([
    db.broker.findMany({ where: { clusterId }, orderBy: { brokerId: 'asc' } }),
    db.cluster.findUnique({ where: { id: clusterId }, select: { controllerId: true } }),
  ]);
  return brokers.map((b) => ({
    id: b.brokerId,
    host: b.host,
    port: b.port,
    rack: b.rack,
    up: b.up,
    since: b.since.toISOString(),
    lastSeenAt: b.lastSeenAt.toISOString(),
    firstSeenAt: b.firstSeenAt.toISOString(),
    isController: cluster?.controllerId === b.brokerId,
    leaderCount: b.leaderCount,
    replicaCount: b.replicaCount,
    logBytes: b.logBytes?.toString() ?? null,
    diskTotalBytes: b.diskTotalBytes?.toString() ?? null,
    diskUsableBytes: b.diskUsableBytes?.toString() ?? null,
  }));
}
