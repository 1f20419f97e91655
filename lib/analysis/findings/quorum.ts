// The KRaft controller quorum: a voter that lags or stops fetching, and a quorum that is one more
// controller failure away from stopping the cluster's metadata (no leader elections, no topic changes).
import type { Finding } from '@/lib/model/findings';
import type { FindingInput } from './input';
import { finding } from './make';

export function quorumFindings(input: FindingInput): Finding[] {
  const q = input.quorum;
  if (!q) return [];
  const leader = q.voters.find((v) => v.replicaId === q.leaderId);
  if (!leader) return [];
  const out: Finding[] = [];
  const { quorumLagRecords, quorumFetchTimeoutMs } = input.settings;
  const healthy: number[] = [];
  for (const v of q.voters) {
    if (v === leader) {
      healthy.push(v.replicaId);
      continue;
    }
    const lag = leader.logEndOffset - v.logEndOffset;
    const silentMs = v.lastFetchTimestamp === null ? null : input.now - v.lastFetchTimestamp;
    const stale = silentMs !== null && silentMs > quorumFetchTimeoutMs;
    if (lag <= BigInt(quorumLagRecords) && !stale && v.lastFetchTimestamp !== null) {
      healthy.push(v.replicaId);
      continue;
    }
    out.push(
      finding('quorum-voter-lagging', input.bootstrap, {
        severity: 'warning',
        subject: { kind: 'broker', brokerId: v.replicaId },
        title: stale || v.lastFetchTimestamp === null ? `Controller ${v.replicaId} is not fetching the metadata log` : `Controller ${v.replicaId} is ${lag} records behind the leader`,
        impact: 'A voter that is behind cannot take over quickly if the active controller fails, and does not count towards a healthy majority.',
        fix: { summary: `Check controller ${v.replicaId}: is it running, reachable on the controller listener, and not overloaded?` },
        facts: { lag: lag.toString(), lastFetch: v.lastFetchTimestamp === null ? null : new Date(v.lastFetchTimestamp).toISOString() },
      }),
    );
  }
  const majority = Math.floor(q.voters.length / 2) + 1;
  if (q.voters.length > 1 && healthy.length <= majority) {
    out.push(
      finding('quorum-bare-majority', input.bootstrap, {
        severity: 'critical',
        subject: { kind: 'cluster' },
        title: `Only ${healthy.length} of ${q.voters.length} controllers are healthy: one more failure stops the metadata quorum`,
        impact: 'Without a quorum no leader can be elected: the next broker failure leaves its partitions offline, and no topic or config can be changed.',
        fix: { summary: `Bring back controller ${q.voters.filter((v) => !healthy.includes(v.replicaId)).map((v) => v.replicaId).join(', ')}.` },
        facts: { voters: q.voters.length, healthy: healthy.length, majority },
      }),
    );
  }
  return out;
}
