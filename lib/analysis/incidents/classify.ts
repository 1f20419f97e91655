/**
 * What one event means for incident grouping: which problems it opens, which it recovers, which
 * brokers explain it (for attributing consequences to their cause), and whether it is a signal
 * (part of a failure's story) or routine noise. Problems are keyed so that a recovery event finds
 * the problem its counterpart opened.
 */
import { isBadLagStatus } from '@/lib/model/lag';
import type { EventType } from '@/lib/model/events';
import type { IncidentEvent } from './types';

export interface Problem {
  key: string;
  /** Set for partition problems, so a TOPIC_DELETED can close them (they can never recover otherwise). */
  topic: string | null;
}

export interface LagChange {
  groupId: string;
  wasBad: boolean;
  isBad: boolean;
  /** When the group's trouble began (epoch ms): a consequence of a failure begins after it. */
  since: number;
  topics: string[] | null;
}

export interface Effect {
  opens: Problem[];
  closes: string[];
  closesTopic: string | null;
  /** Part of a failure's story (keeps context with its incident) rather than routine admin. */
  signal: boolean;
  /** Brokers whose failure or recovery explains this event. */
  brokers: number[];
  lag: LagChange | null;
}

const covers = (set: number[], needed: number[]) => needed.every((r) => set.includes(r));
const partKey = (kind: string, e: IncidentEvent) => (e.topic !== null && e.partition !== null ? `${kind}|${e.topic}|${e.partition}` : null);

export const brokerKey = (id: number) => `broker|${id}`;
export const lagKey = (groupId: string) => `lag|${groupId}`;

type Ctx = { eff: Effect; open(key: string | null): void; close(key: string | null): void; book: IsrBook };
type Role<T extends EventType> = (e: Extract<IncidentEvent, { type: T }>, c: Ctx) => void;

const routine = (_e: IncidentEvent, c: Ctx) => void (c.eff.signal = false);

/** Every event type's part in incidents; a new type without a role here fails tsc. */
const ROLES: { [T in EventType]: Role<T> } = {
  CLUSTER_UNREACHABLE: (_e, c) => c.open('cluster'),
  CLUSTER_REACHABLE: (_e, c) => c.close('cluster'),
  BROKER_DOWN: (e, c) => {
    if (e.brokerId === null) return;
    c.open(brokerKey(e.brokerId));
    c.eff.brokers.push(e.brokerId);
  },
  BROKER_UP: (e, c) => {
    if (e.brokerId === null) return;
    c.close(brokerKey(e.brokerId));
    c.eff.brokers.push(e.brokerId);
  },
  PARTITION_OFFLINE: (e, c) => {
    c.open(partKey('offline', e));
    c.eff.brokers.push(e.details.lastLeader, ...e.details.offlineReplicas, ...e.details.replicas);
  },
  PARTITION_ONLINE: (e, c) => {
    c.close(partKey('offline', e));
    c.eff.brokers.push(e.details.leader);
  },
  UNDER_MIN_ISR: (e, c) => c.open(partKey('minisr', e)),
  MIN_ISR_RESTORED: (e, c) => c.close(partKey('minisr', e)),
  ISR_SHRINK: (e, c) => {
    c.book.remember(e);
    if (!covers(e.details.after, e.details.replicas)) c.open(partKey('urp', e));
    c.eff.brokers.push(...e.details.removed);
  },
  ISR_EXPAND: (e, c) => {
    c.book.remember(e);
    if (covers(e.details.after, e.details.replicas)) c.close(partKey('urp', e));
    c.eff.brokers.push(...e.details.added);
  },
  LEADER_CHANGED: (e, c) => void c.eff.brokers.push(e.details.from, e.details.to),
  CONTROLLER_CHANGED: (e, c) => void c.eff.brokers.push(e.details.from, e.details.to),
  REPLICAS_CHANGED: (e, c) => {
    const key = partKey('urp', e);
    const isr = key === null ? undefined : c.book.isrOf(key);
    if (isr && covers(isr, e.details.after)) c.close(key);
    c.eff.signal = false;
  },
  TOPIC_DELETED: (e, c) => {
    c.eff.closesTopic = e.topic;
    c.eff.signal = false;
  },
  LAG_STATUS_CHANGED: (e, c) => {
    const d = e.details;
    const since = d.since ? Date.parse(d.since) : NaN;
    const lag = { groupId: d.groupId, wasBad: isBadLagStatus(d.from), isBad: isBadLagStatus(d.to), since: Number.isNaN(since) ? e.at.getTime() : since, topics: d.topics ?? null };
    c.eff.lag = lag;
    c.eff.signal = lag.isBad || lag.wasBad;
    if (lag.isBad) c.open(lagKey(d.groupId));
    else if (lag.wasBad) c.close(lagKey(d.groupId));
  },
  GROUP_STATE_CHANGED: routine,
  TOPIC_CREATED: routine,
  PARTITIONS_ADDED: routine,
  // A risk, not a failure: findings have their own page and alerts, not incidents.
  FINDING_RAISED: routine,
  FINDING_CLEARED: routine,
  // Notifications about failures, not failures: they are listed with the incident's alerts instead.
  ALERT_FIRED: routine,
  ALERT_RESOLVED: routine,
};

/**
 * Remembers the last ISR seen per partition, so a REPLICAS_CHANGED that drops the lagging
 * replica (a reassignment) counts as the end of that partition's under-replication.
 */
export class IsrBook {
  private readonly isr = new Map<string, number[]>();

  remember(e: Extract<IncidentEvent, { type: 'ISR_SHRINK' | 'ISR_EXPAND' }>): void {
    const key = partKey('urp', e);
    if (key !== null) this.isr.set(key, e.details.after);
  }

  isrOf(key: string): number[] | undefined {
    return this.isr.get(key);
  }

  effectOf(e: IncidentEvent): Effect {
    const eff: Effect = { opens: [], closes: [], closesTopic: null, signal: true, brokers: [], lag: null };
    const ctx: Ctx = {
      eff,
      book: this,
      open: (key) => void (key !== null && eff.opens.push({ key, topic: e.topic })),
      close: (key) => void (key !== null && eff.closes.push(key)),
    };
    // ROLES[e.type] takes exactly e's type; TS cannot correlate the two, hence the cast.
    (ROLES[e.type] as Role<EventType>)(e as never, ctx);
    return eff;
  }
}
