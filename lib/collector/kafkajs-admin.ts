import kafkajs, { type Admin, type SASLOptions } from 'kafkajs';
import type { ClusterConfig } from '@/lib/config/types';
import { COLLECTOR } from './settings';
import type { GroupInfo, TopicConfigs } from './source';

// kafkajs is CommonJS; only some of its exports are visible to ESM named imports.
const { AssignerProtocol, ConfigResourceTypes, Kafka, logLevel } = kafkajs;

/** kafkajs' admin client for what it does well: configs and consumer groups. */
export function createAdmin(cfg: ClusterConfig): Admin {
  const kafka = new Kafka({
    clientId: 'kafkascope',
    brokers: cfg.brokers,
    ssl: cfg.ssl ? { ca: cfg.ssl.ca ? [cfg.ssl.ca] : undefined, rejectUnauthorized: cfg.ssl.rejectUnauthorized } : undefined,
    sasl: cfg.sasl ? (cfg.sasl as SASLOptions) : undefined,
    connectionTimeout: COLLECTOR.connectTimeoutMs,
    requestTimeout: COLLECTOR.requestTimeoutMs,
    retry: { retries: 1, initialRetryTime: 100, maxRetryTime: 500 },
    logLevel: logLevel.NOTHING,
  });
  return kafka.admin();
}

const CONFIG_KEYS = ['min.insync.replicas', 'retention.ms', 'cleanup.policy', 'unclean.leader.election.enable'];
const BATCH = 200;

export async function readTopicConfigs(admin: Admin, topics: string[]): Promise<Map<string, TopicConfigs>> {
  const out = new Map<string, TopicConfigs>();
  for (let i = 0; i < topics.length; i += BATCH) {
    const res = await admin.describeConfigs({
      resources: topics.slice(i, i + BATCH).map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: CONFIG_KEYS })),
      includeSynonyms: false,
    });
    for (const r of res.resources) {
      if (r.errorCode !== 0) continue;
      const get = (k: string) => r.configEntries.find((e) => e.configName === k);
      const minIsr = get('min.insync.replicas')?.configValue;
      const unclean = get('unclean.leader.election.enable')?.configValue;
      out.set(r.resourceName, {
        minInsyncReplicas: minIsr != null && minIsr !== '' ? Number(minIsr) : null,
        retentionMs: get('retention.ms')?.configValue ?? null,
        cleanupPolicy: get('cleanup.policy')?.configValue ?? null,
        uncleanLeaderElection: unclean == null ? null : unclean === 'true',
        // configSource 1 = TOPIC_CONFIG: set on the topic itself rather than inherited.
        overridden: r.configEntries.filter((e) => (e as { configSource?: number }).configSource === 1).map((e) => e.configName),
      });
    }
  }
  return out;
}

export async function readGroups(admin: Admin): Promise<GroupInfo[]> {
  const { groups: listed } = await admin.listGroups();
  const ids = listed.filter((g) => g.protocolType === 'consumer' || g.protocolType === '').map((g) => g.groupId);
  if (ids.length === 0) return [];
  const { groups } = await admin.describeGroups(ids);
  return Promise.all(
    groups.map(async (g): Promise<GroupInfo> => {
      const committed = await admin.fetchOffsets({ groupId: g.groupId });
      return {
        groupId: g.groupId,
        state: g.state,
        protocolType: g.protocolType,
        protocol: g.protocol,
        members: g.members.map((m) => ({
          memberId: m.memberId,
          clientId: m.clientId,
          clientHost: m.clientHost,
          assignment: decodeAssignment(m.memberAssignment),
        })),
        offsets: committed.flatMap((t) =>
          t.partitions
            .filter((p) => p.offset !== '-1' && p.offset !== '')
            .map((p) => ({ topic: t.topic, partition: p.partition, offset: BigInt(p.offset) })),
        ),
      };
    }),
  );
}

function decodeAssignment(buf: Buffer): { topic: string; partitions: number[] }[] {
  if (!buf || buf.length === 0) return [];
  try {
    const a = AssignerProtocol.MemberAssignment.decode(buf);
    return a ? Object.entries(a.assignment).map(([topic, partitions]) => ({ topic, partitions })) : [];
  } catch {
    return []; // a non-standard assignor's bytes: show members without assignments
  }
}
