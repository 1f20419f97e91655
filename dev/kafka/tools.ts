// Kafka's own command-line tools, addressed by their kafka-*.sh short names.
export const TOOLS = {
  topics: 'org.apache.kafka.tools.TopicCommand',
  'consumer-groups': 'org.apache.kafka.tools.consumer.group.ConsumerGroupCommand',
  'share-groups': 'org.apache.kafka.tools.consumer.group.ShareGroupCommand',
  'streams-groups': 'org.apache.kafka.tools.streams.StreamsGroupCommand',
  groups: 'org.apache.kafka.tools.GroupsCommand',
  configs: 'kafka.admin.ConfigCommand',
  'metadata-quorum': 'org.apache.kafka.tools.MetadataQuorumCommand',
  features: 'org.apache.kafka.tools.FeatureCommand',
  'log-dirs': 'org.apache.kafka.tools.LogDirsCommand',
  'reassign-partitions': 'org.apache.kafka.tools.reassign.ReassignPartitionsCommand',
  'leader-election': 'org.apache.kafka.tools.LeaderElectionCommand',
  'delete-records': 'org.apache.kafka.tools.DeleteRecordsCommand',
  'get-offsets': 'org.apache.kafka.tools.GetOffsetShell',
  'broker-api-versions': 'org.apache.kafka.tools.BrokerApiVersionsCommand',
  transactions: 'org.apache.kafka.tools.TransactionsCommand',
  acls: 'org.apache.kafka.tools.AclCommand',
  'client-metrics': 'org.apache.kafka.tools.ClientMetricsCommand',
  cluster: 'org.apache.kafka.tools.ClusterTool',
  'console-producer': 'org.apache.kafka.tools.ConsoleProducer',
  'console-consumer': 'org.apache.kafka.tools.consumer.ConsoleConsumer',
  // The perf tools take --bootstrap-server too, but it is not added automatically.
  'producer-perf-test': 'org.apache.kafka.tools.ProducerPerformance',
  'consumer-perf-test': 'org.apache.kafka.tools.ConsumerPerformance',
  storage: 'kafka.tools.StorageTool',
} as const;

export type KafkaTool = keyof typeof TOOLS;

const NO_BOOTSTRAP: ReadonlySet<string> = new Set(['producer-perf-test', 'consumer-perf-test', 'storage']);
const BOOTSTRAP_FLAGS = ['--bootstrap-server', '--bootstrap-controller', '--broker-list'];

export function isKafkaTool(name: string): name is KafkaTool {
  return Object.hasOwn(TOOLS, name);
}

/** How each tool is given a client properties file (most: --command-config). */
const CLIENT_CONFIG_FLAG: Partial<Record<KafkaTool, string | null>> = {
  'console-producer': '--producer.config',
  'console-consumer': '--consumer.config',
  'producer-perf-test': '--producer.config',
  'consumer-perf-test': '--consumer.config',
  'leader-election': '--admin.config',
  cluster: '--config',
  storage: null,
};

const given = (args: string[], flags: string[]) => args.some((a) => flags.some((f) => a === f || a.startsWith(`${f}=`)));

/**
 * Main class plus arguments, with `--bootstrap-server <brokers>` prepended unless the caller chose a
 * target, and, for a secured cluster, the admin's client properties unless the caller gave some.
 */
export function toolInvocation(tool: KafkaTool, args: string[], bootstrap: string, clientConfig?: string): string[] {
  const addBootstrap = !NO_BOOTSTRAP.has(tool) && !given(args, BOOTSTRAP_FLAGS);
  const configFlag = CLIENT_CONFIG_FLAG[tool] === undefined ? '--command-config' : CLIENT_CONFIG_FLAG[tool];
  const addConfig = clientConfig !== undefined && configFlag !== null && !given(args, [configFlag, '--command-config']);
  // Global options go first: MetadataQuorumCommand/FeatureCommand need them before the subcommand.
  return [
    TOOLS[tool],
    ...(addBootstrap ? ['--bootstrap-server', bootstrap] : []),
    ...(addConfig ? [configFlag, clientConfig] : []),
    ...args,
  ];
}
