// Remembers what was read about records at committed offsets, so a group whose commit has not
// moved (a stopped consumer, a slow one between commits) costs one read, not one per poll.
import type { PeekWanted } from '@/lib/analysis/lag/peek-plan';
import type { RecordTime } from '@/lib/model/lag';
import type { PeekOutcome } from '@/lib/model/poll';

const MAX_ENTRIES = 50_000;

export class RecordTimes {
  // Insertion-ordered: the oldest entries go first when the cache is full.
  private readonly byKey = new Map<string, { time: RecordTime; endAtRead: bigint | null }>();

  private static key(topicId: string, w: { partition: number; offset: bigint }): string {
    return `${topicId}\u0000${w.partition}\u0000${w.offset}`;
  }

  /** Known and still true for a partition whose end offset is now `end`. */
  get(topicId: string | null, w: PeekWanted, end: bigint | null): RecordTime | undefined {
    if (topicId === null) return undefined;
    const hit = this.byKey.get(RecordTimes.key(topicId, w));
    if (!hit) return undefined;
    if (hit.time.kind === 'nothing-to-read' && (end === null || hit.endAtRead === null || end > hit.endAtRead)) return undefined;
    return hit.time;
  }

  remember(topicId: string | null, o: PeekOutcome, end: bigint | null): void {
    if (topicId === null || o.time === null) return;
    const key = RecordTimes.key(topicId, o);
    this.byKey.delete(key);
    this.byKey.set(key, { time: o.time, endAtRead: end });
    if (this.byKey.size > MAX_ENTRIES) {
      const oldest = this.byKey.keys().next().value;
      if (oldest !== undefined) this.byKey.delete(oldest);
    }
  }
}
