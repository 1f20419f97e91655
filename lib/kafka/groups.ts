// Consumer groups without kafkajs' Cluster (whose metadata refresh throws while any partition is
// leaderless): ListGroups to every broker, then DescribeGroups / ConsumerGroupDescribe /
// OffsetFetch batched per coordinator, everything in parallel, failures kept per broker or group.
import type { BrokerConnections } from './connection';
import { CONSUMER_GROUP_DESCRIBE_KEY, CONSUMER_GROUP_DESCRIBE_VERSIONS, consumerGroupDescribeRequest, type TopicNames } from './consumer-group-describe';
import { Coordinators, type AnyBroker } from './coordinators';
import { DESCRIBE_GROUPS_KEY, DESCRIBE_GROUPS_VERSIONS, describeGroupsRequest, type DescribedClassicGroup } from './describe-groups';
import { LIST_GROUPS_KEY, LIST_GROUPS_VERSIONS, listGroupsRequest } from './list-groups';
import { OFFSET_FETCH_KEY, OFFSET_FETCH_VERSIONS, offsetFetchRequest } from './offset-fetch';
import type { BrokerInfo, GroupDescription, GroupOffsets, GroupType, ListGroupsResult, ListedGroup } from './types';
import { errorText, pickVersion } from './wire';

const GROUP_ID_NOT_FOUND = 69;
const DESCRIBE_BATCH = 100;
const OFFSETS_BATCH = 50;

/** A group to describe; `type` as ListGroups v5 gave it (null/absent = classic). */
export interface GroupRef {
  groupId: string;
  type?: string | null;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class GroupsClient {
  readonly coordinators: Coordinators;

  constructor(
    private readonly conns: BrokerConnections,
    anyBroker: AnyBroker,
    private readonly topicNames: TopicNames,
  ) {
    this.coordinators = new Coordinators(conns, anyBroker);
  }

  /** Asks every broker in parallel; throws only if none of them answered. */
  async listGroups(brokers: readonly BrokerInfo[]): Promise<ListGroupsResult> {
    const answers = await Promise.all(
      brokers.map(async (b) => {
        try {
          const r = await this.conns.send(`${b.host}:${b.port}`, (v) =>
            listGroupsRequest(pickVersion(v, LIST_GROUPS_KEY, 'ListGroups', ...LIST_GROUPS_VERSIONS)),
          );
          return { brokerId: b.id, reply: r, error: r.errorCode === 0 ? null : `ListGroups: ${errorText(r.errorCode)}` };
        } catch (e) {
          return { brokerId: b.id, reply: null, error: message(e) };
        }
      }),
    );
    if (!answers.some((a) => a.reply)) {
      throw new Error(`ListGroups failed on every broker: ${answers.map((a) => `${a.brokerId}: ${a.error}`).join('; ') || 'no brokers'}`);
    }
    const groups = new Map<string, ListedGroup>();
    for (const { brokerId, reply } of answers) {
      for (const g of reply?.groups ?? []) if (!groups.has(g.groupId)) groups.set(g.groupId, { ...g, brokerId });
    }
    return {
      groups: [...groups.values()].sort((a, b) => a.groupId.localeCompare(b.groupId)),
      errors: answers.flatMap(({ brokerId, error }) => (error ? [{ brokerId, error }] : [])),
    };
  }

  /**
   * Classic groups through DescribeGroups, KIP-848 ones through ConsumerGroupDescribe. A group
   * the chosen API does not know (it changed protocol since it was listed, or the type was not
   * known) is asked the other way once, so a KIP-848 group is never reported Dead.
   */
  async describeGroups(groups: readonly GroupRef[]): Promise<GroupDescription[]> {
    void this.coordinators.find(groups.map((g) => g.groupId)); // one lookup for both APIs (and a concurrent OffsetFetch)
    const typeOf = (g: GroupRef): GroupType => (g.type === 'consumer' ? 'consumer' : 'classic');
    const ids = (t: GroupType) => groups.filter((g) => typeOf(g) === t).map((g) => g.groupId);
    const [classic, consumer] = await Promise.all([this.describeAs('classic', ids('classic')), this.describeAs('consumer', ids('consumer'))]);
    const first = new Map([...classic, ...consumer]);
    const unknown = (d: GroupDescription, code: number | null) =>
      code === GROUP_ID_NOT_FOUND || (d.type === 'classic' && d.state === 'Dead' && d.members.length === 0);
    const again = [...first.values()].filter((d) => unknown(d, d.errorCode));
    const other = (t: GroupType): GroupType => (t === 'classic' ? 'consumer' : 'classic');
    const retried = await Promise.all(
      (['classic', 'consumer'] as const).map((t) => this.describeAs(other(t), again.filter((d) => d.type === t).map((d) => d.groupId))),
    );
    for (const [id, d] of retried.flatMap((m) => [...m])) if (!d.error) first.set(id, d);
    return groups.map((g) => strip(first.get(g.groupId)!));
  }

  /** Committed offsets of each group (all topics); groups batched per coordinator. */
  async fetchCommittedOffsets(groupIds: readonly string[]): Promise<GroupOffsets[]> {
    const routed = await this.coordinators.route(
      groupIds,
      (address, batch) =>
        this.conns.send(address, (v) => offsetFetchRequest(pickVersion(v, OFFSET_FETCH_KEY, 'OffsetFetch', ...OFFSET_FETCH_VERSIONS), batch)),
      OFFSETS_BATCH,
    );
    return [...new Set(groupIds)].map((groupId) => {
      const r = routed.get(groupId)!;
      return { groupId, coordinatorId: r.coordinatorId, offsets: r.reply?.offsets ?? [], error: r.error };
    });
  }

  /** One describe request of either API, answered in DescribeGroups' shape. */
  private async ask(type: GroupType, address: string, batch: string[]): Promise<DescribedClassicGroup[]> {
    if (type === 'classic') {
      return this.conns.send(address, (v) =>
        describeGroupsRequest(pickVersion(v, DESCRIBE_GROUPS_KEY, 'DescribeGroups', ...DESCRIBE_GROUPS_VERSIONS), batch),
      );
    }
    const replies = await this.conns.send(address, (v) =>
      consumerGroupDescribeRequest(
        pickVersion(v, CONSUMER_GROUP_DESCRIBE_KEY, 'ConsumerGroupDescribe', ...CONSUMER_GROUP_DESCRIBE_VERSIONS),
        batch,
        this.topicNames,
      ),
    );
    return replies.map((r) => ({ ...r, protocolType: 'consumer', protocol: r.assignor }));
  }

  private async describeAs(type: GroupType, ids: string[]): Promise<Map<string, GroupDescription & { errorCode: number | null }>> {
    if (ids.length === 0) return new Map();
    const routed = await this.coordinators.route(ids, (address, batch) => this.ask(type, address, batch), DESCRIBE_BATCH);
    return new Map(
      ids.map((groupId) => {
        const { reply: r, error, coordinatorId, errorCode } = routed.get(groupId)!;
        const base = { groupId, type, coordinatorId, errorCode };
        return [
          groupId,
          r
            ? { ...base, state: r.state, protocolType: r.protocolType, protocol: r.protocol, members: r.members, error: null }
            : { ...base, state: 'Unknown', protocolType: '', protocol: '', members: [], error },
        ];
      }),
    );
  }
}

function strip(d: GroupDescription & { errorCode?: number | null }): GroupDescription {
  const { errorCode: _, ...rest } = d;
  return rest;
}
