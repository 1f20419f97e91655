/** One partition line of `kafka-topics --describe`, as Kafka's own tool reports it. */
export interface ToolPartition {
  topic: string;
  partition: number;
  leader: number | null;
  replicas: number[];
  isr: number[];
}

const ids = (s: string | undefined): number[] => (s ? s.split(',').filter(Boolean).map(Number) : []);

export function parseTopicsDescribe(stdout: string): ToolPartition[] {
  const out: ToolPartition[] = [];
  for (const line of stdout.split('\n')) {
    const m = /Topic: (\S+)\s+Partition: (\d+)\s+Leader: (\S+)\s+Replicas: (\S*)\s+Isr: (\S*)/.exec(line);
    if (!m) continue;
    out.push({
      topic: m[1]!,
      partition: Number(m[2]),
      leader: m[3] === 'none' || m[3] === '-1' ? null : Number(m[3]),
      replicas: ids(m[4]),
      isr: ids(m[5]),
    });
  }
  return out.sort((a, b) => (a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1));
}

export const key = (p: { topic: string; partition: number }) => `${p.topic}-${p.partition}`;
