// Whether anything is known yet about a cluster, or about its consumer groups: an empty list
// before the first successful read is "no data yet" (with the reason), never "there are none".
import type { PollPhase } from '@/lib/model/stored';
import type { Db } from '@/lib/store/client';

export interface Readiness {
  /** Why nothing is known about the cluster yet; null once it has been reached. */
  cluster: string | null;
  /** Why nothing is known about its consumer groups yet; null once they have been read. */
  groups: string | null;
}

export async function readiness(db: Db, clusterId: string): Promise<Readiness> {
  const [row, poll] = await Promise.all([
    db.cluster.findUnique({ where: { id: clusterId }, select: { firstReachedAt: true, groupsReadAt: true } }),
    db.pollRun.findFirst({ where: { clusterId }, orderBy: { startedAt: 'desc' }, select: { error: true, phases: true } }),
  ]);
  const phaseError = (name: string) => ((poll?.phases as PollPhase[] | null) ?? []).find((p) => p.name === name && !p.ok)?.error;
  const cluster = row?.firstReachedAt
    ? null
    : poll
      ? `the cluster has not answered yet${poll.error ? `: ${poll.error}` : ''}`
      : 'waiting for the first poll';
  const groups = cluster ?? (row?.groupsReadAt ? null : `consumer groups have not been read yet${phaseError('groups') ? `: ${phaseError('groups')}` : ''}`);
  return { cluster, groups };
}
