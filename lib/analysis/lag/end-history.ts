import type { OffsetAt } from './time-lag';

/** How much of a partition's end-offset history is kept: all since fullResolutionMs ago, one a coarseStepMs before that, nothing past keepMs. */
export interface EndHistoryShape {
  fullResolutionMs: number;
  keepMs: number;
  coarseStepMs: number;
}

/** Points of an end-offset history by index, in time order, with no decrease among them (after the last reset). */
export interface EndSeries {
  readonly length: number;
  at(i: number): number;
  end(i: number): bigint;
}

/**
 * One partition's end offsets over time, kept in two columns (times, offsets) instead of an object
 * per poll: a 10,000-partition cluster holds ~500 points each (15 minutes every poll, then one a
 * minute for six hours), over five million objects with a BigInt apiece as arrays of OffsetAt,
 * ~85 MB as columns. Points are appended in time order, one a poll (restore() replays stored ones
 * in the same order); thin() keeps the shape incrementally, and the last reset (a decrease of the
 * end offset: the topic was recreated) is known without a scan, so dating a lag reads a handful of
 * points instead of copying and scanning the whole history for every group partition every poll.
 * Offsets are Kafka's int64: a BigInt64Array holds them exactly.
 */
export class EndHistory implements EndSeries {
  private t = new Float64Array(8);
  private e = new BigInt64Array(8);
  private n = 0;
  /** Points 0..coarse-1 have left the full-resolution span and were thinned already. */
  private coarse = 0;
  /** First point after the last decrease of the end offset (0: none). */
  private resetFrom = 0;

  get length(): number {
    return this.n;
  }

  at(i: number): number {
    return this.t[i]!;
  }

  end(i: number): bigint {
    return this.e[i]!;
  }

  last(): OffsetAt | undefined {
    return this.n === 0 ? undefined : { at: this.t[this.n - 1]!, endOffset: this.e[this.n - 1]! };
  }

  push(at: number, endOffset: bigint): void {
    if (this.n === this.t.length) {
      // By half again, not double: at steady state (~525 points over six hours) doubling would
      // leave ~500 slots unused in every partition's history, 80 MB at 10,000 partitions.
      const size = this.n + (this.n >> 1);
      const t = new Float64Array(size);
      const e = new BigInt64Array(size);
      t.set(this.t);
      e.set(this.e);
      this.t = t;
      this.e = e;
    }
    if (this.n > 0 && endOffset < this.e[this.n - 1]!) this.resetFrom = this.n;
    this.t[this.n] = at;
    this.e[this.n] = endOffset;
    this.n++;
  }

  /**
   * Drops the points older than keepMs, and of those older than fullResolutionMs keeps one a
   * coarseStepMs (each at least a step after the one kept before it). Points thinned by an earlier
   * call already satisfy that, so only the ones that crossed since are looked at: the same points
   * as thinning the whole history again each poll.
   */
  thin(now: number, shape: EndHistoryShape): void {
    let start = 0;
    while (start < this.n && this.t[start]! < now - shape.keepMs) start++;
    if (start > 0) {
      this.t.copyWithin(0, start, this.n);
      this.e.copyWithin(0, start, this.n);
      this.n -= start;
      this.coarse = Math.max(0, this.coarse - start);
    }
    const fineFrom = now - shape.fullResolutionMs;
    let w = this.coarse;
    let r = this.coarse;
    let lastCoarse = w > 0 ? this.t[w - 1]! : -Infinity;
    for (; r < this.n && this.t[r]! < fineFrom; r++) {
      if (this.t[r]! - lastCoarse < shape.coarseStepMs) continue;
      lastCoarse = this.t[r]!;
      this.t[w] = this.t[r]!;
      this.e[w] = this.e[r]!;
      w++;
    }
    const dropped = r - w;
    this.coarse = w;
    if (dropped > 0) {
      this.t.copyWithin(w, r, this.n);
      this.e.copyWithin(w, r, this.n);
      this.n -= dropped;
    }
    // Removing points changes which pairs are neighbours: find the last decrease again (rare: only
    // a partition whose topic was recreated within keepMs has one).
    // Without a decrease before, removing points cannot make one.
    if (this.resetFrom > 0 && (start > 0 || dropped > 0)) {
      this.resetFrom = 0;
      for (let i = 1; i < this.n; i++) if (this.e[i]! < this.e[i - 1]!) this.resetFrom = i;
    }
  }

  /** The points after the last reset. */
  sinceReset(): EndSeries {
    const from = this.resetFrom;
    if (from === 0) return this;
    return { length: this.n - from, at: (i) => this.t[from + i]!, end: (i) => this.e[from + i]! };
  }

  toArray(): OffsetAt[] {
    return Array.from({ length: this.n }, (_, i) => ({ at: this.t[i]!, endOffset: this.e[i]! }));
  }
}
