/** One row of `kafka-consumer-groups --describe`, as Kafka's own tool reports it. */
export interface ToolGroupRow {
  group: string;
  topic: string;
  partition: number;
  committed: bigint | null;
  end: bigint | null;
  lag: bigint | null;
}

const num = (s: string | undefined) => (s === undefined || s === '-' ? null : BigInt(s));

/** Rows of the given groups (group ids may contain spaces, so rows are matched by known id). */
export function parseConsumerGroupsDescribe(stdout: string, groups: string[]): ToolGroupRow[] {
  const rows: ToolGroupRow[] = [];
  for (const line of stdout.split('\n')) {
    const group = groups.find((g) => line.startsWith(`${g} `));
    if (!group) continue;
    const [topic, partition, current, end, lag] = line.slice(group.length).trim().split(/\s+/);
    if (!topic || partition === undefined || !/^\d+$/.test(partition)) continue;
    rows.push({ group, topic, partition: Number(partition), committed: num(current), end: num(end), lag: num(lag) });
  }
  return rows.sort((a, b) => (a.group + a.topic + a.partition < b.group + b.topic + b.partition ? -1 : 1));
}
