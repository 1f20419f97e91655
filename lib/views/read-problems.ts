// Why part of a cluster's figures is not current: the newest poll that ran a phase, if that phase
// failed there (an ACL the principal lacks, a broker that did not answer). Shown on the part it
// concerns, so a missing permission reads as a note, not as an empty list.
import type { PhaseName } from '@/lib/model/poll';
import type { PollPhase } from '@/lib/model/stored';
import type { Db } from '@/lib/store/client';

/** The error of `phase` in the newest poll that ran it; null when it succeeded there (or never ran). */
export async function lastPhaseProblem(db: Db, clusterId: string, phase: PhaseName): Promise<string | null> {
  // Configs are read every few polls only: look back to the newest poll that read them.
  const rows = await db.$queryRaw<{ phases: PollPhase[] }[]>`
    SELECT phases FROM poll_run
    WHERE cluster_id = ${clusterId} AND phases @> ${JSON.stringify([{ name: phase }])}::jsonb
    ORDER BY started_at DESC LIMIT 1`;
  const p = rows[0]?.phases.find((x) => x.name === phase);
  return p && !p.ok ? (p.error ?? 'failed') : null;
}

/** Topics Kafka leaves out of metadata for want of Describe on them (seen in the log dirs), or null. */
export async function hiddenTopicsProblem(db: Db, clusterId: string): Promise<string | null> {
  const p = await lastPhaseProblem(db, clusterId, 'logdirs');
  return p?.startsWith('not authorized to describe topics') ? p : null;
}
