import type { BrokerLogDirs } from '@/lib/model/observation';
import type { ClusterState } from './types';

export interface BrokerDisk {
  /** Bytes of all partition replicas in the broker's log dirs (reassignment "future" copies excluded). */
  logBytes: bigint;
  /** Capacity of the volumes holding the log dirs; null when the broker does not report it. */
  totalBytes: bigint | null;
  usableBytes: bigint | null;
}

export function brokerDisk(logDirs: BrokerLogDirs[]): Map<number, BrokerDisk> {
  const out = new Map<number, BrokerDisk>();
  for (const b of logDirs) {
    const dirs = b.dirs.filter((d) => d.errorCode === 0);
    const sum = (xs: (bigint | null)[]) => (xs.some((x) => x === null) || xs.length === 0 ? null : xs.reduce<bigint>((a, x) => a + (x ?? 0n), 0n));
    out.set(b.brokerId, {
      logBytes: dirs.flatMap((d) => d.partitions.filter((p) => !p.isFuture)).reduce((a, p) => a + p.size, 0n),
      totalBytes: sum(dirs.map((d) => d.totalBytes)),
      usableBytes: sum(dirs.map((d) => d.usableBytes)),
    });
  }
  return out;
}

/** A topic's size as most tools show it: the sum over partitions of the leader replica's size. */
export function topicSizes(logDirs: BrokerLogDirs[], state: ClusterState): Map<string, bigint> {
  const size = new Map<string, bigint>(); // "broker\0topic\0partition" -> bytes
  for (const b of logDirs) {
    for (const d of b.dirs) for (const p of d.partitions) if (!p.isFuture) size.set(`${b.brokerId}\u0000${p.topic}\u0000${p.partition}`, p.size);
  }
  const out = new Map<string, bigint>();
  for (const t of state.topics) {
    let total: bigint | null = null;
    for (const p of t.partitions) {
      const s = p.leader >= 0 ? size.get(`${p.leader}\u0000${t.name}\u0000${p.partition}`) : undefined;
      if (s !== undefined) total = (total ?? 0n) + s;
    }
    if (total !== null) out.set(t.name, total);
  }
  return out;
}
