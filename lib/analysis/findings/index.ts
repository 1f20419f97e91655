// Every finding rule over one cluster's latest state, most severe first.
import { SEVERITY_RANK, type Finding } from '@/lib/model/findings';
import { brokerDefaultFindings } from './broker-defaults';
import { groupFindings } from './groups';
import { healthNowFindings } from './health-now';
import type { FindingInput } from './input';
import { leadershipFindings, rackFindings } from './placement';
import { quorumFindings } from './quorum';
import { replicationFindings } from './replication';
import { unusedFindings } from './unused';

export { DEFAULT_FINDING_SETTINGS, type FindingInput } from './input';

const RULES: ((input: FindingInput) => Finding[])[] = [
  healthNowFindings,
  replicationFindings,
  brokerDefaultFindings,
  rackFindings,
  leadershipFindings,
  groupFindings,
  unusedFindings,
  quorumFindings,
];

export function evaluateFindings(input: FindingInput): Finding[] {
  return RULES.flatMap((rule) => rule(input)).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.id.localeCompare(b.id));
}

/** Findings that appeared and cleared between two evaluations (for FINDING_RAISED / FINDING_CLEARED). */
export function findingChanges<B extends { id: string }>(before: readonly B[], after: readonly Finding[]): { raised: Finding[]; cleared: B[] } {
  const was = new Set(before.map((f) => f.id));
  const is = new Set(after.map((f) => f.id));
  return { raised: after.filter((f) => !was.has(f.id)), cleared: before.filter((f) => !is.has(f.id)) };
}
