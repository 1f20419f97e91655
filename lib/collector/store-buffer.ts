// Polls observed while the history database is unreachable are kept here and written, in order
// and with their own times, once it is back: an outage of the store must not move events on the
// timeline. Bounded: older polls are kept lean (their poll record and events, not their samples),
// and past the limit their poll records go too (a gap, honestly) but never their events or the
// alert notifications they owe.
import type { ClusterEvent } from '@/lib/model/events';
import type { PollRecord } from '@/lib/store/record-poll';

export interface BufferedPoll {
  rec: PollRecord;
  /** Events of polls dropped from the buffer, carried by this one with their own times. */
  carried: { at: Date; event: ClusterEvent }[];
  attempts: number;
}

export interface BufferLimits {
  /** Polls kept whole (samples and all); older ones keep only their poll record and events. */
  fullPolls: number;
  /** Polls kept at all; beyond it the oldest poll records are dropped, their events carried on. */
  maxPolls: number;
}

export const DEFAULT_BUFFER_LIMITS: BufferLimits = { fullPolls: 12, maxPolls: 17_280 };

export class StoreBuffer {
  private readonly queue: BufferedPoll[] = [];
  droppedPolls = 0;

  constructor(private readonly limits: BufferLimits = DEFAULT_BUFFER_LIMITS) {}

  get size(): number {
    return this.queue.length;
  }

  push(rec: PollRecord): void {
    this.queue.push({ rec, carried: [], attempts: 0 });
    const leanFrom = this.queue.length - this.limits.fullPolls - 1;
    const lean = this.queue[leanFrom];
    if (lean) lean.rec = leanRecord(lean.rec);
    while (this.queue.length > this.limits.maxPolls) {
      const dropped = this.queue.shift()!;
      this.droppedPolls += 1;
      const next = this.queue[0]!;
      const at = dropped.rec.poll.startedAt;
      next.carried = [...dropped.carried, ...dropped.rec.events.map((event) => ({ at, event })), ...next.carried];
      // Its alert fires and resolves still owe notifications: the next poll carries them too.
      const was = dropped.rec.alerts;
      const now = next.rec.alerts;
      if (was && now) {
        now.evaluation = { active: now.evaluation.active, fired: [...was.evaluation.fired, ...now.evaluation.fired], resolved: [...was.evaluation.resolved, ...now.evaluation.resolved] };
      }
    }
  }

  /** Oldest first. */
  peek(): BufferedPoll | undefined {
    return this.queue[0];
  }

  shift(): void {
    this.queue.shift();
  }

  clear(): number {
    const n = this.queue.length;
    this.queue.length = 0;
    return n;
  }
}

/** What a poll must keep while it waits: when it happened, how it went, and what changed. */
function leanRecord(rec: PollRecord): PollRecord {
  return { ...rec, lean: true, lags: [], offsetSamples: [], throughput: [], poll: { ...rec.poll, offsets: null, groups: null, configs: null, configEntries: null, brokerConfigs: null, elr: null, logDirs: null, peeks: null } };
}
