import type { KnownSample, LagSample } from './status-rules';

// Flags of a sample (one byte each).
const COMMITTED = 1; // committed offset known
const LAG = 2; // lag known
const CAUGHT_UP_FIELD = 4; // the sample said caughtUp: true (only transaction markers left)
const CAUGHT_UP = 8; // known, and lag 0 or caughtUp: what isCaughtUp() tells of it
const SECONDS = 16; // lag in seconds known
const SECONDS_AT_LEAST = 32; // ... and only as a lower bound
const KNOWN = COMMITTED | LAG;

// Offsets are Kafka's int64 and kept exactly in BigInt64Arrays, but reading one creates a BigInt,
// and the rules compare neighbouring offsets in loops over every group partition every poll. Two
// 32-bit views of the same memory compare them without creating anything.
const LITTLE_ENDIAN = new Uint8Array(new BigInt64Array([1n]).buffer)[0] === 1;
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = LITTLE_ENDIAN ? 1 : 0;

/** -1, 0 or 1 as a[i] is less than, equal to or greater than b[j] (int64 seen as pairs of 32-bit words). */
function compare64(a: Int32Array, i: number, b: Int32Array, j: number): number {
  const hi = a[2 * i + HI]! - b[2 * j + HI]!;
  if (hi !== 0) return hi < 0 ? -1 : 1;
  const x = a[2 * i + LO]! >>> 0;
  const y = b[2 * j + LO]! >>> 0;
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Samples in columns: times, offsets (exact, with 32-bit word views to compare), lag as a number for trends, flags. */
class Columns {
  n = 0;
  t: Float64Array;
  end: BigInt64Array;
  endW: Int32Array;
  committed: BigInt64Array;
  committedW: Int32Array;
  lag: BigInt64Array;
  /** Lag as a double (NaN when unknown): what trends are computed on. */
  lagN: Float64Array;
  /** Lag in seconds (NaN when unknown). */
  secs: Float64Array;
  flags: Uint8Array;

  constructor(capacity = 8) {
    this.t = new Float64Array(capacity);
    this.end = new BigInt64Array(capacity);
    this.endW = new Int32Array(this.end.buffer);
    this.committed = new BigInt64Array(capacity);
    this.committedW = new Int32Array(this.committed.buffer);
    this.lag = new BigInt64Array(capacity);
    this.lagN = new Float64Array(capacity);
    this.secs = new Float64Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  protected grow(): void {
    // By half again, not double (as EndHistory): less left unused at steady state.
    const bigger = new Columns(Math.max(8, this.t.length + (this.t.length >> 1)));
    bigger.copyFrom(this, 0, this.n, 0);
    this.t = bigger.t;
    this.end = bigger.end;
    this.endW = bigger.endW;
    this.committed = bigger.committed;
    this.committedW = bigger.committedW;
    this.lag = bigger.lag;
    this.lagN = bigger.lagN;
    this.secs = bigger.secs;
    this.flags = bigger.flags;
  }

  /** Copies samples from..to-1 of `src` to index `at` (src may be this: then it moves them). */
  protected copyFrom(src: Columns, from: number, to: number, at: number): void {
    if (src === this) {
      this.t.copyWithin(at, from, to);
      this.end.copyWithin(at, from, to);
      this.committed.copyWithin(at, from, to);
      this.lag.copyWithin(at, from, to);
      this.lagN.copyWithin(at, from, to);
      this.secs.copyWithin(at, from, to);
      this.flags.copyWithin(at, from, to);
      return;
    }
    this.t.set(src.t.subarray(from, to), at);
    this.end.set(src.end.subarray(from, to), at);
    this.committed.set(src.committed.subarray(from, to), at);
    this.lag.set(src.lag.subarray(from, to), at);
    this.lagN.set(src.lagN.subarray(from, to), at);
    this.secs.set(src.secs.subarray(from, to), at);
    this.flags.set(src.flags.subarray(from, to), at);
  }

  protected write(i: number, s: LagSample): void {
    let f = 0;
    if (s.committed !== null) f |= COMMITTED;
    if (s.lag !== null) f |= LAG;
    if (s.caughtUp === true) f |= CAUGHT_UP_FIELD;
    if ((f & KNOWN) === KNOWN && (s.lag === 0n || s.caughtUp === true)) f |= CAUGHT_UP;
    if (s.lagSeconds != null) f |= s.lagSecondsAtLeast === true ? SECONDS | SECONDS_AT_LEAST : SECONDS;
    this.t[i] = s.at;
    this.end[i] = s.endOffset;
    this.committed[i] = s.committed ?? 0n;
    this.lag[i] = s.lag ?? 0n;
    this.lagN[i] = s.lag === null ? NaN : Number(s.lag);
    this.secs[i] = s.lagSeconds ?? NaN;
    this.flags[i] = f;
  }

  /** Sample i as an object (for the few a judgement names: first, last, a rewind's ends). */
  read(i: number): LagSample {
    const f = this.flags[i]!;
    return {
      at: this.t[i]!,
      endOffset: this.end[i]!,
      committed: f & COMMITTED ? this.committed[i]! : null,
      lag: f & LAG ? this.lag[i]! : null,
      lagSeconds: f & SECONDS ? this.secs[i]! : null,
      ...(f & SECONDS_AT_LEAST ? { lagSecondsAtLeast: true } : {}),
      caughtUp: (f & CAUGHT_UP_FIELD) !== 0,
    };
  }

  /** A compact copy of the known samples among lo..hi-1. */
  knownOf(lo: number, hi: number): Columns {
    const out = new Columns(Math.max(1, hi - lo));
    for (let i = lo; i < hi; i++) {
      if ((this.flags[i]! & KNOWN) !== KNOWN) continue;
      out.copyFrom(this, i, i + 1, out.n++);
    }
    return out;
  }
}

/**
 * Known samples (commit and lag both known) of one group partition by index, in time order: what
 * the status rules read. A range of columns, so a window or the run since the consumer last caught
 * up is a view of the same memory, not a copy.
 */
export class KnownRun {
  constructor(
    private readonly c: Columns,
    private readonly lo: number,
    private readonly hi: number,
  ) {}

  /** Test and adapter use: a run of the given samples (known, in time order). */
  static of(samples: readonly KnownSample[]): KnownRun {
    const h = new SampleHistory();
    for (const s of samples) h.push(s);
    return h.known();
  }

  get length(): number {
    return this.hi - this.lo;
  }
  at(i: number): number {
    return this.c.t[this.lo + i]!;
  }
  isCaughtUp(i: number): boolean {
    return (this.c.flags[this.lo + i]! & CAUGHT_UP) !== 0;
  }
  /** Whether samples i and j have the same committed offset. */
  sameCommit(i: number, j: number): boolean {
    const w = this.c.committedW;
    return compare64(w, this.lo + i, w, this.lo + j) === 0;
  }
  /** committed(i) − committed(j) compared with 0. */
  compareCommits(i: number, j: number): number {
    const w = this.c.committedW;
    return compare64(w, this.lo + i, w, this.lo + j);
  }
  /** endOffset(i) − endOffset(j) compared with 0. */
  compareEnds(i: number, j: number): number {
    const w = this.c.endW;
    return compare64(w, this.lo + i, w, this.lo + j);
  }
  /** committed(i) − endOffset(i) compared with 0. */
  compareCommitToEnd(i: number): number {
    return compare64(this.c.committedW, this.lo + i, this.c.endW, this.lo + i);
  }
  /** Messages written between samples i and j (end offset j − i). */
  produced(i: number, j: number): number {
    return Number(this.c.end[this.lo + j]! - this.c.end[this.lo + i]!);
  }
  sample(i: number): KnownSample {
    return this.c.read(this.lo + i) as KnownSample;
  }
  slice(from: number, to = this.length): KnownRun {
    return new KnownRun(this.c, this.lo + from, this.lo + to);
  }
  /** Times and lags (as doubles) with the offset of index 0 in them, for trends on index ranges. */
  columns(): { t: Float64Array; y: Float64Array; offset: number } {
    return { t: this.c.t, y: this.c.lagN, offset: this.lo };
  }
}

/**
 * One group partition's lag samples over time in columns instead of an object per poll: at 10,000
 * partitions and 500 groups the collector keeps millions of samples, each an object with three
 * BigInts and two boxed numbers (~150 bytes) as an array of LagSample, ~49 bytes here. Appended in
 * time order (one a poll; a restore replays stored ones in the same order). Tracked as samples
 * arrive, so that neither needs a scan nor the samples that show it:
 * - the last reset (the end offset went back: the topic was recreated), and the last sample
 *   without a known commit: the known samples since the reset are, almost always, a view;
 * - when the committed offset last changed and since when the consumer has been behind, over all
 *   samples since the reset, also those trimmed away: the collector keeps one status window of
 *   samples, and a consumer stopped for two hours still says "no commit for 2h".
 */
export class SampleHistory extends Columns {
  /** First sample after the last decrease of the end offset (0: none among the samples kept). */
  private resetFrom = 0;
  /** Index of the last sample without a known commit or lag (-1: none). */
  private lastUnknown = -1;
  /** Time of the first sample after the last end-offset decrease seen (kept when trimmed away). */
  private lastResetAt: number | null = null;
  /** The latest known sample's committed offset (null: no known sample since the reset). */
  private lastCommit: bigint | null = null;
  /** First known sample of the trailing run with that committed offset. */
  private commitRunFrom = NaN;
  /** First known sample of the trailing run of samples not caught up (null: the latest is caught up, or none). */
  private behindFrom: number | null = null;

  /** From samples in any order: push places each as a stable sort by time would. */
  static from(samples: readonly LagSample[]): SampleHistory {
    const h = new SampleHistory();
    for (const s of samples) h.push(s);
    return h;
  }

  get length(): number {
    return this.n;
  }

  /** Whether the latest sample has a committed offset (false when there is none). */
  latestHasCommit(): boolean {
    return this.n > 0 && (this.flags[this.n - 1]! & COMMITTED) !== 0;
  }

  /**
   * Appends a sample. One older than the latest is placed where a stable sort by time would put
   * it, and what is tracked is then worked out again from the samples kept (only a restore that
   * overlaps live polls could do that).
   */
  push(s: LagSample): void {
    if (this.n === this.t.length) this.grow();
    let i = this.n;
    while (i > 0 && this.t[i - 1]! > s.at) i--;
    if (i < this.n) this.copyFrom(this, i, this.n, i + 1);
    this.write(i, s);
    this.n++;
    if (i < this.n - 1) this.rescan();
    else this.track(i);
  }

  private track(i: number): void {
    if (i > 0 && compare64(this.endW, i, this.endW, i - 1) < 0) {
      this.resetFrom = i;
      this.lastResetAt = this.t[i]!;
      this.lastCommit = null;
      this.behindFrom = null;
    }
    const f = this.flags[i]!;
    if ((f & KNOWN) !== KNOWN) {
      this.lastUnknown = i;
      return;
    }
    const committed = this.committed[i]!;
    if (this.lastCommit === null || committed !== this.lastCommit) this.commitRunFrom = this.t[i]!;
    this.lastCommit = committed;
    if (f & CAUGHT_UP) this.behindFrom = null;
    else if (this.behindFrom === null) this.behindFrom = this.t[i]!;
  }

  private rescan(): void {
    this.resetFrom = 0;
    this.lastUnknown = -1;
    this.lastResetAt = null;
    this.lastCommit = null;
    this.behindFrom = null;
    for (let i = 0; i < this.n; i++) this.track(i);
  }

  /**
   * Drops the samples older than cutoff. Removing a prefix leaves the rest's neighbours as they
   * were, so a decrease among them stays where it was, and what is tracked still holds.
   */
  trimBefore(cutoff: number): void {
    let start = 0;
    while (start < this.n && this.t[start]! < cutoff) start++;
    if (start === 0) return;
    this.copyFrom(this, start, this.n, 0);
    this.n -= start;
    this.resetFrom = Math.max(0, this.resetFrom - start);
    this.lastUnknown = Math.max(-1, this.lastUnknown - start);
  }

  /** The latest sample's time, or undefined. */
  latestAt(): number | undefined {
    return this.n === 0 ? undefined : this.t[this.n - 1];
  }

  /** When the log was last recreated (the first sample after the last end-offset decrease), or null. */
  resetAt(): number | null {
    return this.lastResetAt;
  }

  /**
   * Takes an earlier start of the current commit run from a judgement stored before a restart (a
   * STOP or STALL's since), when what was replayed cannot contradict it: the run reaches back to
   * the first sample kept and no reset lies among them.
   */
  commitRunSince(at: number): void {
    if (this.lastCommit === null || this.lastResetAt !== null || this.n === 0) return;
    let first = 0;
    while (first < this.n && (this.flags[first]! & KNOWN) !== KNOWN) first++;
    if (first < this.n && this.commitRunFrom === this.t[first]! && at < this.commitRunFrom) this.commitRunFrom = at;
  }

  /** When the committed offset last changed (the first known sample with the latest commit), or null without one. */
  commitRunStart(): number | null {
    return this.lastCommit === null ? null : this.commitRunFrom;
  }

  /** Since when the consumer has been behind (all known samples since then not caught up), or null when caught up now. */
  behindSince(): number | null {
    return this.behindFrom;
  }

  /** The known samples since the last reset: a view, or a compact copy when unknown ones lie among them. */
  known(): KnownRun {
    if (this.lastUnknown < this.resetFrom) return new KnownRun(this, this.resetFrom, this.n);
    const c = this.knownOf(this.resetFrom, this.n);
    return new KnownRun(c, 0, c.n);
  }

  toArray(): LagSample[] {
    return Array.from({ length: this.n }, (_, i) => this.read(i));
  }
}
