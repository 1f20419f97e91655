// The ELR columns of `kafka-topics --describe` (Kafka 4.1, KIP-966), per partition:
//   Topic: t  Partition: 0  Leader: none  Replicas: 3  Isr:   Elr: 3  LastKnownElr: 3
// An empty list prints nothing after the colon; a list the broker did not report prints N/A.

export interface ToolElrPartition {
  topic: string;
  partition: number;
  leader: number | null;
  replicas: number[];
  isr: number[];
  elr: number[] | null;
  lastKnownElr: number[] | null;
}

const list = (s: string): number[] | null => (s === 'N/A' ? null : s.split(',').filter(Boolean).map(Number));
const LINE = /Topic: (\S+)\s+Partition: (\d+)\s+Leader: (\S+)\s+Replicas: (\S*)\s+Isr: (\S*)\s+Elr: (\S*)\s+LastKnownElr: (\S*)/;

export function parseTopicsElr(stdout: string): ToolElrPartition[] {
  const out: ToolElrPartition[] = [];
  for (const line of stdout.split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    out.push({
      topic: m[1]!,
      partition: Number(m[2]),
      leader: m[3] === 'none' || m[3] === '-1' ? null : Number(m[3]),
      replicas: list(m[4]!) ?? [],
      isr: list(m[5]!) ?? [],
      elr: list(m[6]!),
      lastKnownElr: list(m[7]!),
    });
  }
  return out.sort((a, b) => (a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1));
}
