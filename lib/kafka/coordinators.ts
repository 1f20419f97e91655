// Group coordinators: found with batched FindCoordinator, cached per group, forgotten when a
// coordinator says NOT_COORDINATOR / COORDINATOR_NOT_AVAILABLE or cannot be reached.
import type { BrokerConnections } from './connection';
import { FIND_COORDINATOR_KEY, FIND_COORDINATOR_VERSIONS, findCoordinatorRequest } from './find-coordinator';
import type { Coordinator, CoordinatorLookup } from './types';
import { KafkaResponseError, errorText, pickVersion } from './wire';

const COORDINATOR_NOT_AVAILABLE = 15;
const NOT_COORDINATOR = 16;
const MOVED = new Set([COORDINATOR_NOT_AVAILABLE, NOT_COORDINATOR]);

export type AnyBroker = <T>(call: (address: string) => Promise<T>) => Promise<T>;

/** What a coordinator said about one group. */
export interface GroupReply {
  groupId: string;
  errorCode: number;
  errorMessage?: string | null;
}

/** A group's reply, or why there is none (`errorCode` when the coordinator gave one). */
export type Routed<T> = { coordinatorId: number | null } & (
  | { reply: T; error: null; errorCode: 0 }
  | { reply: null; error: string; errorCode: number | null }
);

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const addressOf = (c: Coordinator) => `${c.host}:${c.port}`;

export class Coordinators {
  private readonly cache = new Map<string, Coordinator>();
  private readonly inflight = new Map<string, Promise<CoordinatorLookup>>();

  constructor(
    private readonly conns: BrokerConnections,
    private readonly anyBroker: AnyBroker,
  ) {}

  /**
   * Cached coordinators, plus one FindCoordinator (to any broker) for the groups neither cached
   * nor already being looked up (concurrent callers share lookups). Never rejects.
   */
  find(groupIds: readonly string[]): Promise<Map<string, CoordinatorLookup>> {
    const ids = [...new Set(groupIds)];
    const missing = ids.filter((id) => !this.cache.has(id) && !this.inflight.has(id));
    if (missing.length > 0) {
      const lookup = this.lookup(missing);
      for (const id of missing) {
        const p = lookup.then((m) => m.get(id) ?? { error: 'FindCoordinator did not answer for this group' });
        this.inflight.set(id, p);
        void p.then(() => this.inflight.get(id) === p && this.inflight.delete(id));
      }
    }
    const entries = ids.map((id) => [id, this.cache.get(id) ?? this.inflight.get(id)] as const);
    return Promise.all(entries.map(async ([id, c]) => [id, (await c) ?? { error: 'no coordinator' }] as const)).then((e) => new Map(e));
  }

  private async lookup(groupIds: string[]): Promise<Map<string, CoordinatorLookup>> {
    const out = new Map<string, CoordinatorLookup>();
    try {
      const replies = await this.anyBroker((a) =>
        this.conns.send(a, (v) =>
          findCoordinatorRequest(pickVersion(v, FIND_COORDINATOR_KEY, 'FindCoordinator', ...FIND_COORDINATOR_VERSIONS), groupIds),
        ),
      );
      for (const r of replies) {
        if (r.errorCode !== 0) {
          out.set(r.key, { error: `FindCoordinator: ${errorText(r.errorCode, r.errorMessage)}` });
          continue;
        }
        const c = { nodeId: r.nodeId, host: r.host, port: r.port };
        this.cache.set(r.key, c);
        out.set(r.key, c);
      }
    } catch (e) {
      for (const id of groupIds) out.set(id, { error: `FindCoordinator failed: ${message(e)}` });
    }
    return out;
  }

  forget(groupId: string): void {
    this.cache.delete(groupId);
  }

  /**
   * Sends `call` to each coordinator with its groups (at most `batch` per request), all in
   * parallel. Groups whose coordinator moved or could not be reached are looked up again and
   * retried once; a coordinator that failed to answer is not asked twice.
   */
  async route<T extends GroupReply>(
    groupIds: readonly string[],
    call: (address: string, groupIds: string[]) => Promise<T[]>,
    batch = 100,
  ): Promise<Map<string, Routed<T>>> {
    const out = new Map<string, Routed<T>>();
    const unreachable = new Set<string>();
    let pending = [...new Set(groupIds)];
    for (let attempt = 0; attempt < 2 && pending.length > 0; attempt++) {
      const found = await this.find(pending);
      const retry: string[] = [];
      const byAddress = new Map<string, { nodeId: number; ids: string[] }>();
      for (const id of pending) {
        const c = found.get(id);
        if (!c || 'error' in c) {
          out.set(id, { coordinatorId: null, reply: null, error: c?.error ?? 'no coordinator', errorCode: null });
        } else if (unreachable.has(addressOf(c))) {
          this.forget(id); // keep the first attempt's error
        } else {
          const entry = byAddress.get(addressOf(c)) ?? { nodeId: c.nodeId, ids: [] };
          entry.ids.push(id);
          byAddress.set(addressOf(c), entry);
        }
      }
      const requests = [...byAddress].flatMap(([address, { nodeId, ids }]) =>
        Array.from({ length: Math.ceil(ids.length / batch) }, (_, i) => ({ address, nodeId, ids: ids.slice(i * batch, (i + 1) * batch) })),
      );
      await Promise.all(
        requests.map(async ({ address, nodeId, ids }) => {
          let replies: T[];
          try {
            replies = await call(address, ids);
          } catch (e) {
            const transport = !(e instanceof KafkaResponseError);
            if (transport) unreachable.add(address);
            for (const id of ids) {
              out.set(id, { coordinatorId: nodeId, reply: null, error: `coordinator ${nodeId}: ${message(e)}`, errorCode: null });
              if (transport) {
                this.forget(id);
                retry.push(id);
              }
            }
            return;
          }
          const byId = new Map(replies.map((r) => [r.groupId, r]));
          for (const id of ids) {
            const r = byId.get(id);
            if (!r) {
              out.set(id, {
                coordinatorId: nodeId,
                reply: null,
                error: `coordinator ${nodeId} did not answer for this group`,
                errorCode: null,
              });
            } else if (r.errorCode === 0) {
              out.set(id, { coordinatorId: nodeId, reply: r, error: null, errorCode: 0 });
            } else {
              out.set(id, { coordinatorId: nodeId, reply: null, error: errorText(r.errorCode, r.errorMessage), errorCode: r.errorCode });
              if (MOVED.has(r.errorCode)) {
                this.forget(id);
                retry.push(id);
              }
            }
          }
        }),
      );
      pending = retry;
    }
    return out;
  }
}
