// The exact Kafka tool commands a fix takes, with the cluster's real names. Structured (tool and
// arguments) so the UI can show them and tests can run them with Kafka's own tools.
import type { FixCommand } from '@/lib/model/findings';

export type KafkaTool = 'kafka-topics' | 'kafka-configs' | 'kafka-reassign-partitions' | 'kafka-leader-election' | 'kafka-consumer-groups';

export interface ToolCommand {
  tool: KafkaTool;
  args: string[];
}

/** Shell form: `kafka-configs.sh --bootstrap-server … --alter …` (arguments quoted when needed). */
export function commandLine(bootstrap: string, c: ToolCommand): string {
  const quote = (a: string) => (/^[\w.,:=@/+-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
  return [`${c.tool}.sh`, '--bootstrap-server', bootstrap, ...c.args].map(quote).join(' ');
}

export const setTopicConfig = (topic: string, key: string, value: string): ToolCommand => ({
  tool: 'kafka-configs',
  args: ['--alter', '--entity-type', 'topics', '--entity-name', topic, '--add-config', `${key}=${value}`],
});

export const deleteTopicConfig = (topic: string, key: string): ToolCommand => ({
  tool: 'kafka-configs',
  args: ['--alter', '--entity-type', 'topics', '--entity-name', topic, '--delete-config', key],
});

/** A cluster-wide dynamic broker default (for configs that can be changed without a restart). */
export const setBrokerDefault = (key: string, value: string): ToolCommand => ({
  tool: 'kafka-configs',
  args: ['--alter', '--entity-type', 'brokers', '--entity-default', '--add-config', `${key}=${value}`],
});

export const reassign = (file: string): ToolCommand => ({
  tool: 'kafka-reassign-partitions',
  args: ['--reassignment-json-file', file, '--execute'],
});

export const verifyReassignment = (file: string): ToolCommand => ({
  tool: 'kafka-reassign-partitions',
  args: ['--reassignment-json-file', file, '--verify'],
});

/** Moves leadership back to each partition's first (preferred) replica, cluster-wide. */
export const preferredElection = (): ToolCommand => ({
  tool: 'kafka-leader-election',
  args: ['--election-type', 'PREFERRED', '--all-topic-partitions'],
});

/** A Fix's commands in their model form: structured, plus the line to copy. */
export function fixCommands(bootstrap: string, cs: ToolCommand[]): FixCommand[] {
  return cs.map((c) => ({ tool: c.tool, args: c.args, line: commandLine(bootstrap, c) }));
}
