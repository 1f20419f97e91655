// A phase that read part of what it wanted: its value is kept, and the poll is partial with a note
// saying what is missing and why (typically an ACL the principal lacks).
import type { BrokerLogDirs, ClusterMetadata } from '@/lib/model/observation';
import type { PhaseName } from '@/lib/model/poll';

export class PartialPhaseError<T> extends Error {
  override name = 'PartialPhaseError';
  constructor(
    message: string,
    readonly value: T,
  ) {
    super(message);
  }
}

/** Kafka's authorization errors by name: TOPIC_AUTHORIZATION_FAILED (29), GROUP_… (30), CLUSTER_… (31). */
const DENIED = /\b(TOPIC|GROUP|CLUSTER|TRANSACTIONAL_ID|DELEGATION_TOKEN)_AUTHORIZATION_FAILED\b/;

export function deniedCode(message: string | null | undefined): string | null {
  return DENIED.exec(message ?? '')?.[0] ?? null;
}

/** What each phase asks of Kafka, the ACL that allows it (docs/kafka-permissions.md) and what is lost without it. */
export const PHASE_NEEDS: Record<PhaseName, { what: string; grant: string; without?: string }> = {
  metadata: { what: 'read the cluster metadata', grant: 'Describe on the topics' },
  quorum: { what: 'describe the KRaft quorum', grant: 'Describe on the cluster', without: 'the active controller is not known' },
  offsets: { what: 'list offsets of topics', grant: 'Describe on the topics' },
  configs: { what: 'describe configs of topics', grant: 'DescribeConfigs on the topics', without: 'their configs and the findings about them are not current' },
  brokerconfigs: { what: 'describe configs of brokers', grant: 'DescribeConfigs on the cluster', without: 'broker configs and the findings about them are not current' },
  groups: { what: 'describe consumer groups', grant: 'Describe on the groups', without: 'their members, commits and lag are not read' },
  logdirs: { what: 'describe log dirs', grant: 'Describe on the cluster', without: 'sizes on disk are not current' },
  elr: { what: 'describe partitions of topics', grant: 'Describe on the topics' },
  timestamps: { what: 'read records of topics', grant: 'Read on the topics', without: 'lag in seconds is estimated from end-offset history instead' },
};

/** "not authorized to describe configs of topics a, b (TOPIC_AUTHORIZATION_FAILED): grant DescribeConfigs on the topics; …". */
export function notAuthorized(phase: PhaseName, code: string, subjects: readonly string[] = []): string {
  const { what, grant, without } = PHASE_NEEDS[phase];
  const more = subjects.length > 5 ? ` and ${subjects.length - 5} more` : '';
  const named = subjects.length > 0 ? ` ${subjects.slice(0, 5).join(', ')}${more}` : '';
  return `not authorized to ${what}${named} (${code}): grant ${grant}${without ? `; ${without}` : ''}`;
}

/** A phase's failure in words: an authorization error says which ACL is missing; anything else as it came. */
export function explainPhaseError(phase: PhaseName, message: string): string {
  const code = deniedCode(message);
  return code && !message.startsWith('not authorized') ? notAuthorized(phase, code) : message;
}

/**
 * Topics in the brokers' log dirs that metadata left out: Kafka omits a topic the principal may not
 * Describe from every answer, silently, but DescribeLogDirs (Describe on the cluster) lists its
 * partitions. A note naming them, or null. (A topic created between the two reads may show here
 * once.)
 */
export function hiddenTopicsNote(meta: ClusterMetadata, logDirs: readonly BrokerLogDirs[]): string | null {
  const seen = new Set(meta.topics.map((t) => t.name));
  const hidden = [...new Set(logDirs.flatMap((b) => b.dirs.flatMap((d) => d.partitions.map((p) => p.topic))))].filter((t) => !seen.has(t)).sort();
  if (hidden.length === 0) return null;
  const more = hidden.length > 5 ? ` and ${hidden.length - 5} more` : '';
  return `not authorized to describe topics ${hidden.slice(0, 5).join(', ')}${more} (they are in the brokers' log dirs, but Kafka leaves them out of metadata): grant Describe on the topics; they are not shown`;
}
