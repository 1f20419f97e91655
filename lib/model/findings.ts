// Findings: what in today's configuration and state will hurt at the next failure, each with what
// will happen in plain words and the exact commands that fix it. A rule's verdict on the current
// state; raised and cleared as events, so the timeline says when a risk began.

export const FINDING_SEVERITIES = ['critical', 'warning', 'info'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export type FindingSubject =
  | { kind: 'cluster' }
  | { kind: 'broker'; brokerId: number }
  | { kind: 'rack'; rack: string }
  | { kind: 'topic'; topic: string }
  | { kind: 'partition'; topic: string; partition: number }
  | { kind: 'group'; groupId: string };

export type FindingSubjectKind = FindingSubject['kind'];
export const FINDING_SUBJECT_KINDS: readonly FindingSubjectKind[] = ['cluster', 'broker', 'rack', 'topic', 'partition', 'group'];

/** Every rule, with the kind of subject it judges and a short name for filters. */
export const FINDING_RULES = {
  'topic-rf1': { subject: 'topic', label: 'Replication factor 1' },
  'min-isr-above-rf': { subject: 'topic', label: 'min.insync.replicas above the replication factor' },
  'min-isr-equals-rf': { subject: 'topic', label: 'min.insync.replicas equal to the replication factor' },
  'min-isr-one': { subject: 'topic', label: 'min.insync.replicas 1 with 3 or more replicas' },
  'unclean-election': { subject: 'topic', label: 'Unclean leader election enabled' },
  'single-rack': { subject: 'topic', label: 'All replicas in one rack' },
  'racks-partial': { subject: 'cluster', label: 'Racks set on some brokers only' },
  'no-racks': { subject: 'cluster', label: 'No racks on a multi-broker cluster' },
  'auto-create-rf1': { subject: 'cluster', label: 'Auto-created topics get one replica' },
  'auto-create-one-partition': { subject: 'cluster', label: 'Auto-created topics get one partition' },
  'broker-min-isr-one': { subject: 'cluster', label: 'min.insync.replicas 1 by default' },
  'broker-unclean-election': { subject: 'cluster', label: 'Unclean leader election enabled by default' },
  'internal-topic-weak': { subject: 'topic', label: 'Internal topic under-protected' },
  'leader-skew': { subject: 'broker', label: 'Leadership skewed' },
  'preferred-leader': { subject: 'cluster', label: 'Preferred leaders not leading' },
  'partitions-offline': { subject: 'topic', label: 'Partitions offline' },
  'partitions-under-min-isr': { subject: 'topic', label: 'Partitions under min ISR' },
  'partitions-under-replicated': { subject: 'topic', label: 'Partitions under-replicated' },
  'retention-skipped': { subject: 'group', label: 'Consumer skipped deleted messages' },
  'retention-risk': { subject: 'group', label: 'Consumer close to losing unread messages' },
  'unused-topic': { subject: 'topic', label: 'Unused topic' },
  'idle-members': { subject: 'group', label: 'More members than partitions' },
  'group-lag': { subject: 'group', label: 'Consumer group failing' },
  'quorum-voter-lagging': { subject: 'broker', label: 'Controller voter lagging' },
  'quorum-bare-majority': { subject: 'cluster', label: 'Controller quorum one failure from loss' },
} as const satisfies Record<string, { subject: FindingSubjectKind; label: string }>;

export type FindingRule = keyof typeof FINDING_RULES;
export const FINDING_RULE_IDS = Object.keys(FINDING_RULES) as FindingRule[];
export const isFindingRule = (s: string): s is FindingRule => Object.hasOwn(FINDING_RULES, s);

/** A file the fix needs (a reassignment plan), with the name the commands refer to. */
export interface FixFile {
  name: string;
  content: string;
}

/** One command of a fix: a Kafka tool, its arguments (after --bootstrap-server), and the shell line. */
export interface FixCommand {
  tool: string;
  args: string[];
  line: string;
}

export interface Fix {
  /** What to do, in words. */
  summary: string;
  /** Commands to run, in order, with the cluster's real names (Kafka's own tools). */
  commands: FixCommand[];
  /** Files the commands read (e.g. a reassignment plan), to save next to where they are run. */
  files?: FixFile[];
}

export interface Finding {
  /** Stable across polls: the rule and the subject. */
  id: string;
  rule: FindingRule;
  severity: FindingSeverity;
  subject: FindingSubject;
  /** One line: "account_event has a single replica". */
  title: string;
  /** What will happen, in plain words. */
  impact: string;
  fix: Fix;
  /** The figures the verdict rests on (replication factor, min ISR, partitions, …). */
  facts: Record<string, string | number | boolean | null | (string | number)[]>;
}

export function subjectKey(s: FindingSubject): string {
  switch (s.kind) {
    case 'cluster':
      return 'cluster';
    case 'broker':
      return `broker:${s.brokerId}`;
    case 'rack':
      return `rack:${s.rack}`;
    case 'topic':
      return `topic:${s.topic}`;
    case 'partition':
      return `partition:${s.topic}:${s.partition}`;
    case 'group':
      return `group:${s.groupId}`;
  }
}

export const findingId = (rule: FindingRule, subject: FindingSubject): string => `${rule}|${subjectKey(subject)}`;

export const SEVERITY_RANK: Record<FindingSeverity, number> = { critical: 0, warning: 1, info: 2 };
