// Replica plans for fixes: more replicas for a topic, or replicas spread over racks. Greedy and
// deterministic: keep the current replicas (the first stays the preferred leader), add the live
// broker that brings a new rack, then the least loaded one.

export interface PlanBroker {
  id: number;
  rack: string | null;
  up: boolean;
}

export interface PlannedPartition {
  topic: string;
  partition: number;
  replicas: number[];
}

/** Replica counts per broker, updated as the plan assigns more. */
export type Load = Map<number, number>;

export function loadOf(partitions: { replicas: number[] }[]): Load {
  const load: Load = new Map();
  for (const p of partitions) for (const r of p.replicas) load.set(r, (load.get(r) ?? 0) + 1);
  return load;
}

function pick(candidates: PlanBroker[], have: number[], brokers: PlanBroker[], load: Load): PlanBroker | undefined {
  const racks = new Set(have.map((id) => brokers.find((b) => b.id === id)?.rack ?? null));
  return [...candidates].sort(
    (a, b) =>
      Number(racks.has(a.rack)) - Number(racks.has(b.rack)) || (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0) || a.id - b.id,
  )[0];
}

/** `current` grown to `rf` replicas on live brokers, new racks first. */
export function growReplicas(current: number[], rf: number, brokers: PlanBroker[], load: Load): number[] {
  const out = [...current];
  while (out.length < rf) {
    const next = pick(brokers.filter((b) => b.up && !out.includes(b.id)), out, brokers, load);
    if (!next) break;
    out.push(next.id);
    load.set(next.id, (load.get(next.id) ?? 0) + 1);
  }
  return out;
}

/** Same replica count, spread over as many racks as there are: keeps the first, swaps the rest. */
export function spreadOverRacks(current: number[], brokers: PlanBroker[], load: Load): number[] {
  const [first, ...rest] = current;
  if (first === undefined) return current;
  const out = [first];
  for (const r of rest) load.set(r, (load.get(r) ?? 0) - 1);
  while (out.length < current.length) {
    const next = pick(brokers.filter((b) => b.up && !out.includes(b.id)), out, brokers, load);
    if (!next) break;
    out.push(next.id);
    load.set(next.id, (load.get(next.id) ?? 0) + 1);
  }
  return out.length === current.length ? out : current;
}

/** The file kafka-reassign-partitions reads. */
export function reassignmentJson(partitions: PlannedPartition[]): string {
  return JSON.stringify({ version: 1, partitions: partitions.map((p) => ({ topic: p.topic, partition: p.partition, replicas: p.replicas })) }, null, 2);
}
