// `kafka-metadata-quorum describe --replication` and `--status` output, as Kafka 4.1 prints them.

export interface ToolQuorumRow {
  nodeId: number;
  /** Kafka's Uuid text; all zeros (AAAAAAAAAAAAAAAAAAAAAA) for a statically configured voter. */
  directoryId: string;
  logEndOffset: bigint;
  lag: bigint;
  /** -1 when unknown. */
  lastFetchTimestamp: number;
  lastCaughtUpTimestamp: number;
  status: string;
}

/** The table: a header line, then one whitespace-separated row per replica. */
export function parseQuorumReplication(stdout: string): ToolQuorumRow[] {
  const lines = stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  if (!lines[0]?.startsWith('NodeId')) throw new Error(`unexpected output: ${stdout.slice(0, 200)}`);
  return lines.slice(1).map((l) => {
    const [nodeId, directoryId, leo, lag, fetch, caught, status] = l.split(/\s+/);
    if (status === undefined) throw new Error(`unexpected row '${l}'`);
    return {
      nodeId: Number(nodeId),
      directoryId: directoryId!,
      logEndOffset: BigInt(leo!),
      lag: BigInt(lag!),
      lastFetchTimestamp: Number(fetch),
      lastCaughtUpTimestamp: Number(caught),
      status,
    };
  });
}

export interface ToolQuorumMember {
  id: number;
  directoryId?: string | null;
  endpoints?: string[];
}

export interface ToolQuorumStatus {
  clusterId: string;
  leaderId: number;
  leaderEpoch: number;
  highWatermark: bigint;
  maxFollowerLag: bigint;
  maxFollowerLagTimeMs: number;
  currentVoters: ToolQuorumMember[];
  currentObservers: ToolQuorumMember[];
}

/** "Key:   value" lines; CurrentVoters / CurrentObservers are JSON arrays. */
export function parseQuorumStatus(stdout: string): ToolQuorumStatus {
  const field = (key: string): string => {
    const m = new RegExp(`^${key}:\\s+(.*)$`, 'm').exec(stdout);
    if (!m) throw new Error(`no ${key} in: ${stdout.slice(0, 300)}`);
    return m[1]!.trim();
  };
  return {
    clusterId: field('ClusterId'),
    leaderId: Number(field('LeaderId')),
    leaderEpoch: Number(field('LeaderEpoch')),
    highWatermark: BigInt(field('HighWatermark')),
    maxFollowerLag: BigInt(field('MaxFollowerLag')),
    maxFollowerLagTimeMs: Number(field('MaxFollowerLagTimeMs')),
    currentVoters: JSON.parse(field('CurrentVoters')) as ToolQuorumMember[],
    currentObservers: JSON.parse(field('CurrentObservers')) as ToolQuorumMember[],
  };
}
