// "If broker N fails" / "if rack R fails": from the current placement, ISR, min ISR and eligible
// leader replicas, which partitions would go offline, which would fall under min ISR (acks=all
// producers start failing), which stay healthy, and which topics and groups are touched.

export interface WhatIfPartition {
  topic: string;
  partition: number;
  leader: number;
  replicas: number[];
  isr: number[];
  /** Eligible leader replicas (KIP-966); null when not read. */
  elr: number[] | null;
}

export interface WhatIfInput {
  partitions: WhatIfPartition[];
  /** Effective min.insync.replicas per topic (null = unknown). */
  minIsr: ReadonlyMap<string, number | null>;
  /** Topics each group reads. */
  groupTopics: ReadonlyMap<string, readonly string[]>;
  /** Brokers down already: their failure is not news. */
  down: ReadonlySet<number>;
}

export type Outcome =
  /** Loses its last in-sync replica; `recoverable`: an eligible replica (ELR) survives, so it comes back cleanly; false: only the lost brokers or an unclean election; null: ELR not known. */
  | { kind: 'offline'; recoverable: boolean | null }
  /** Still led, but fewer in-sync replicas than min.insync.replicas: acks=all writes fail. */
  | { kind: 'under-min-isr'; isrLeft: number; minIsr: number }
  /** Loses a replica but keeps enough in sync. */
  | { kind: 'degraded'; isrLeft: number }
  | { kind: 'unaffected' };

export interface WhatIfResult {
  failing: number[];
  offline: (WhatIfPartition & { recoverable: boolean | null })[];
  underMinIsr: (WhatIfPartition & { isrLeft: number; minIsr: number })[];
  degraded: number;
  unaffected: number;
  /** Topics with an offline or under-min-ISR partition, and the groups reading them. */
  topics: string[];
  groups: string[];
}

export function outcome(p: WhatIfPartition, failing: ReadonlySet<number>, minIsr: number | null, down: ReadonlySet<number>): Outcome {
  const gone = (r: number) => failing.has(r) || down.has(r);
  if (!p.replicas.some((r) => failing.has(r))) return { kind: 'unaffected' };
  const isrLeft = p.isr.filter((r) => !gone(r));
  if (isrLeft.length === 0) {
    const elr = p.elr === null ? null : p.elr.filter((r) => !gone(r));
    return { kind: 'offline', recoverable: elr === null ? null : elr.length > 0 };
  }
  if (minIsr !== null && isrLeft.length < minIsr) return { kind: 'under-min-isr', isrLeft: isrLeft.length, minIsr };
  return { kind: 'degraded', isrLeft: isrLeft.length };
}

export function whatIf(input: WhatIfInput, failing: readonly number[]): WhatIfResult {
  const set = new Set(failing);
  const r: WhatIfResult = { failing: [...set].sort((a, b) => a - b), offline: [], underMinIsr: [], degraded: 0, unaffected: 0, topics: [], groups: [] };
  for (const p of input.partitions) {
    const o = outcome(p, set, input.minIsr.get(p.topic) ?? null, input.down);
    if (o.kind === 'offline') r.offline.push({ ...p, recoverable: o.recoverable });
    else if (o.kind === 'under-min-isr') r.underMinIsr.push({ ...p, isrLeft: o.isrLeft, minIsr: o.minIsr });
    else if (o.kind === 'degraded') r.degraded += 1;
    else r.unaffected += 1;
  }
  const hit = new Set([...r.offline, ...r.underMinIsr].map((p) => p.topic));
  r.topics = [...hit].sort();
  r.groups = [...input.groupTopics].filter(([, ts]) => ts.some((t) => hit.has(t))).map(([g]) => g).sort();
  return r;
}
