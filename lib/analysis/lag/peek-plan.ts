// Which records to read for exact lag in seconds, within a per-poll budget: the partitions that
// are furthest behind in each group first (a group's lag in seconds is its worst partition's),
// taken round-robin across groups so that one huge group cannot starve the others.

export interface PeekWanted {
  topic: string;
  partition: number;
  offset: bigint;
}

export interface GroupCommits {
  groupId: string;
  committed: { topic: string; partition: number; offset: bigint }[];
}

export function planPeeks(
  groups: readonly GroupCommits[],
  endOf: (topic: string, partition: number) => bigint | null,
  known: (w: PeekWanted) => boolean,
  budget: number,
): PeekWanted[] {
  const queues = groups.map((g) =>
    g.committed
      .map((c) => ({ c, end: endOf(c.topic, c.partition) }))
      .filter((x): x is { c: GroupCommits['committed'][number]; end: bigint } => x.end !== null && x.c.offset < x.end)
      .sort((a, b) => (b.end - b.c.offset > a.end - a.c.offset ? 1 : b.end - b.c.offset < a.end - a.c.offset ? -1 : 0))
      .map(({ c }) => ({ topic: c.topic, partition: c.partition, offset: c.offset })),
  );
  const out: PeekWanted[] = [];
  const taken = new Set<string>();
  for (let depth = 0; out.length < budget && queues.some((q) => depth < q.length); depth++) {
    for (const q of queues) {
      const w = q[depth];
      if (!w || out.length >= budget) continue;
      const key = `${w.topic}\u0000${w.partition}\u0000${w.offset}`;
      // The best partition of a group is worth reading once per poll whoever else needs it.
      if (taken.has(key) || known(w)) continue;
      taken.add(key);
      out.push(w);
    }
  }
  return out;
}
