/**
 * What one event means for incident grouping: which problems it opens, which it recovers, and
 * whether it is a "signal" (keeps an all-clear incident's quiet window alive) or routine noise.
 * Problems are keyed so that a recovery event finds the problem its counterpart opened.
 */
import type { IncidentEvent } from './types';

/** Lag statuses that mean a consumer group is failing to keep up (LagStatus in lib/analysis/lag). */
export const BAD_LAG_STATUSES: readonly string[] = ['ERR', 'STALL', 'STOP'];

export interface Problem {
  key: string;
  /** Set for partition problems, so a TOPIC_DELETED can close them (they can never recover otherwise). */
  topic: string | null;
}

export interface Effect {
  opens: Problem[];
  closes: string[];
  closesTopic: string | null;
  signal: boolean;
}

// Event types that take part in incidents even when they open or close nothing themselves:
// leader and controller moves are the usual aftermath of a broker failure.
const SIGNAL_TYPES = new Set([
  'CLUSTER_UNREACHABLE', 'CLUSTER_REACHABLE', 'BROKER_DOWN', 'BROKER_UP', 'PARTITION_OFFLINE', 'PARTITION_ONLINE',
  'UNDER_MIN_ISR', 'MIN_ISR_RESTORED', 'ISR_SHRINK', 'ISR_EXPAND', 'LEADER_CHANGED', 'CONTROLLER_CHANGED',
]);

export function field(details: unknown, name: string): unknown {
  return typeof details === 'object' && details !== null ? (details as Record<string, unknown>)[name] : undefined;
}

function ints(v: unknown): number[] | null {
  return Array.isArray(v) && v.every((x) => typeof x === 'number') ? (v as number[]) : null;
}

const covers = (set: number[], needed: number[]) => needed.every((r) => set.includes(r));
const partKey = (kind: string, e: IncidentEvent) => (e.topic !== null && e.partition !== null ? `${kind}|${e.topic}|${e.partition}` : null);

/** The lag group and its bad-ness before and after, for a LAG_STATUS_CHANGED event. */
export function lagChange(e: IncidentEvent): { groupId: string; wasBad: boolean; isBad: boolean } | null {
  const groupId = field(e.details, 'groupId');
  if (e.type !== 'LAG_STATUS_CHANGED' || typeof groupId !== 'string') return null;
  const bad = (s: unknown) => typeof s === 'string' && BAD_LAG_STATUSES.includes(s);
  return { groupId, wasBad: bad(field(e.details, 'from')), isBad: bad(field(e.details, 'to')) };
}

/**
 * Remembers the last ISR seen per partition, so a REPLICAS_CHANGED that drops the lagging
 * replica (a reassignment) counts as the end of that partition's under-replication.
 */
export class IsrBook {
  private readonly isr = new Map<string, number[]>();

  effectOf(e: IncidentEvent): Effect {
    const eff: Effect = { opens: [], closes: [], closesTopic: null, signal: SIGNAL_TYPES.has(e.type) };
    const open = (key: string | null) => key !== null && eff.opens.push({ key, topic: e.topic });
    const close = (key: string | null) => key !== null && eff.closes.push(key);
    const broker = e.brokerId === null ? null : `broker|${e.brokerId}`;
    const urp = partKey('urp', e);
    switch (e.type) {
      case 'CLUSTER_UNREACHABLE': open('cluster'); break;
      case 'CLUSTER_REACHABLE': close('cluster'); break;
      case 'BROKER_DOWN': open(broker); break;
      case 'BROKER_UP': close(broker); break;
      case 'PARTITION_OFFLINE': open(partKey('offline', e)); break;
      case 'PARTITION_ONLINE': close(partKey('offline', e)); break;
      case 'UNDER_MIN_ISR': open(partKey('minisr', e)); break;
      case 'MIN_ISR_RESTORED': close(partKey('minisr', e)); break;
      case 'ISR_SHRINK':
      case 'ISR_EXPAND': {
        const after = ints(field(e.details, 'after'));
        const replicas = ints(field(e.details, 'replicas'));
        if (urp !== null && after) this.isr.set(urp, after);
        // Without both lists we cannot tell; a shrink then still opens, an expand still closes,
        // so a malformed row can neither hide a problem nor keep an incident open forever.
        const full = after !== null && replicas !== null && covers(after, replicas);
        if (e.type === 'ISR_SHRINK' && !full) open(urp);
        if (e.type === 'ISR_EXPAND' && (full || after === null || replicas === null)) close(urp);
        break;
      }
      case 'REPLICAS_CHANGED': {
        const after = ints(field(e.details, 'after'));
        const isr = urp === null ? undefined : this.isr.get(urp);
        if (after && isr && covers(isr, after)) close(urp);
        break;
      }
      case 'TOPIC_DELETED': eff.closesTopic = e.topic; break;
      case 'LAG_STATUS_CHANGED': {
        const lag = lagChange(e);
        if (!lag) break;
        eff.signal = lag.isBad || lag.wasBad;
        if (lag.isBad) open(`lag|${lag.groupId}`);
        else if (lag.wasBad) close(`lag|${lag.groupId}`);
        break;
      }
    }
    return eff;
  }
}
