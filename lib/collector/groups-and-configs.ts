// Consumer groups and topic configs through lib/kafka's KafkaProbe. (kafkajs' admin client is not
// used: its metadata refresh throws cluster-wide while any partition has no leader.)
import { isConsumerGroup, type KafkaProbe, type ListedGroup } from '@/lib/kafka';
import type { ConfigEntry } from '@/lib/model/observation';
import type { GroupInfo } from '@/lib/model/poll';
import type { TopicConfigs } from '@/lib/model/stored';
import { PartialPhaseError, deniedCode, notAuthorized } from './partial';
import type { TopicConfigRead } from './source';

const CONFIG_KEYS = ['min.insync.replicas', 'retention.ms', 'cleanup.policy', 'unclean.leader.election.enable'];
const TOPIC_CONFIG = 1; // config source: set on the topic itself rather than inherited

export type ConfigsProbe = Pick<KafkaProbe, 'describeTopicConfigs'>;
export type GroupsProbe = Pick<KafkaProbe, 'listGroups' | 'describeGroups' | 'fetchCommittedOffsets'>;

/**
 * Effective values of the keys that matter, and with `full` every entry of every topic (as
 * kafka-configs --describe --all lists them); topics the broker could not describe are left out.
 * Topics the principal may not describe the configs of make it a PartialPhaseError naming them.
 */
export async function readTopicConfigs(probe: ConfigsProbe, topics: string[], full = false): Promise<TopicConfigRead> {
  const configs = new Map<string, TopicConfigs>();
  const entries = full ? new Map<string, ConfigEntry[]>() : null;
  if (topics.length === 0) return { configs, entries };
  const denied: string[] = [];
  let code: string | null = null;
  for (const r of await probe.describeTopicConfigs(topics, full ? null : CONFIG_KEYS)) {
    if (r.error) {
      const c = deniedCode(r.error);
      if (c) {
        code = c;
        denied.push(r.topic);
      }
      continue;
    }
    entries?.set(r.topic, r.entries);
    const get = (k: string) => r.entries.find((e) => e.name === k)?.value ?? null;
    const minIsr = get('min.insync.replicas');
    const unclean = get('unclean.leader.election.enable');
    configs.set(r.topic, {
      minInsyncReplicas: minIsr !== null && minIsr !== '' ? Number(minIsr) : null,
      retentionMs: get('retention.ms'),
      cleanupPolicy: get('cleanup.policy'),
      uncleanLeaderElection: unclean === null ? null : unclean === 'true',
      overridden: r.entries.filter((e) => e.source === TOPIC_CONFIG && CONFIG_KEYS.includes(e.name)).map((e) => e.name),
    });
  }
  if (code) throw new PartialPhaseError(notAuthorized('configs', code, denied), { configs, entries });
  return { configs, entries };
}

/**
 * Returns a function reading all consumer groups. It remembers the groups it last returned: when
 * some broker's ListGroups fails (it died, or took over groups it is still loading), groups seen
 * before and not listed now are still described (via their current coordinator) or returned with
 * `error`, instead of silently disappearing. Fails only if no broker answered ListGroups.
 */
export function groupsReader(probe: GroupsProbe): () => Promise<GroupInfo[]> {
  let known = new Map<string, ListedGroup>();
  return async () => {
    const { groups: listed, errors } = await probe.listGroups();
    const wanted = new Map(listed.filter(isConsumerGroup).map((g) => [g.groupId, g]));
    if (errors.length > 0) {
      for (const [id, g] of known) if (!wanted.has(id)) wanted.set(id, { ...g, state: null });
    }
    const groups = [...wanted.values()];
    known = wanted;
    if (groups.length === 0) return [];
    const ids = groups.map((g) => g.groupId);
    // started together, the two share FindCoordinator lookups
    const [described, committed] = await Promise.all([probe.describeGroups(groups), probe.fetchCommittedOffsets(ids)]);
    const offsets = new Map(committed.map((o) => [o.groupId, o]));
    const result = described.map((d, i): GroupInfo => {
      const listedAs = groups[i];
      const o = offsets.get(d.groupId);
      const coordinatorId = d.coordinatorId ?? o?.coordinatorId ?? null;
      return {
        groupId: d.groupId,
        state: d.error ? (listedAs?.state ?? 'Unknown') : d.state,
        protocolType: d.error ? (listedAs?.protocolType ?? '') : d.protocolType,
        protocol: d.protocol,
        members: d.members.map(({ memberId, clientId, clientHost, assignment }) => ({ memberId, clientId, clientHost, assignment })),
        offsets: o?.offsets ?? [],
        groupType: d.type,
        ...(coordinatorId !== null ? { coordinatorId } : {}),
        ...(d.error ? { error: d.error } : {}),
        ...(o?.error ? { offsetsError: o.error } : {}),
      };
    });
    // Listed (Describe on the cluster lists every group) but not describable: say which, and why.
    const denied = result.flatMap((g) => {
      const c = deniedCode(g.error) ?? deniedCode(g.offsetsError);
      return c ? [{ id: g.groupId, code: c }] : [];
    });
    const first = denied[0];
    if (first) throw new PartialPhaseError(notAuthorized('groups', first.code, denied.map((g) => g.id)), result);
    return result;
  };
}
