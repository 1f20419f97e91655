import { describe, expect, it } from 'vitest';
import { seeded } from '@/test/support/seeded';
import { EndHistory, type EndHistoryShape } from '@/lib/analysis/lag/end-history';
import { sinceLastReset, timeLag, type OffsetAt } from '@/lib/analysis/lag/time-lag';

const SHAPE: EndHistoryShape = { fullResolutionMs: 15 * 60_000, keepMs: 6 * 3600_000, coarseStepMs: 60_000 };

/** The shape by its definition, over the whole history each time (what an array of points did). */
function thinned(list: OffsetAt[], now: number): OffsetAt[] {
  const kept = list.filter((p) => p.at >= now - SHAPE.keepMs);
  let lastCoarse = -Infinity;
  return kept.filter((p) => {
    if (p.at >= now - SHAPE.fullResolutionMs) return true;
    if (p.at - lastCoarse < SHAPE.coarseStepMs) return false;
    lastCoarse = p.at;
    return true;
  });
}

const rng = (seed: number) => seeded(seed).int;

describe('EndHistory', () => {
  it('keeps the same points as thinning the whole history every poll, over 8 hours with gaps, bursts, recreated topics and a restore', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const rnd = rng(seed);
      const h = new EndHistory();
      let reference: OffsetAt[] = [];
      let at = 1_700_000_000_000;
      let end = 0;
      // A restore: stored points replayed without thinning, then polls.
      for (let i = 0; i < 200; i++) {
        at += 60_000 + rnd(3) * 1000;
        end += rnd(100);
        h.push(at, BigInt(end));
        reference.push({ at, endOffset: BigInt(end) });
      }
      for (let poll = 0; poll < 6000; poll++) {
        at += rnd(40) === 0 ? 120_000 + rnd(600_000) : 5000; // failed polls leave gaps
        end = rnd(3000) === 0 ? rnd(50) : end + (rnd(4) === 0 ? 0 : rnd(1000)); // now and then a recreated topic
        h.push(at, BigInt(end));
        h.thin(at, SHAPE);
        reference = thinned([...reference, { at, endOffset: BigInt(end) }], at);
        if (poll % 97 === 0 || poll === 5999) {
          expect(h.toArray(), `seed ${seed} poll ${poll}`).toEqual(reference);
          const since = h.sinceReset();
          expect(Array.from({ length: since.length }, (_, i) => ({ at: since.at(i), endOffset: since.end(i) }))).toEqual(sinceLastReset(reference));
          for (const c of [0, end >> 1, end - 1, end]) {
            const latest = { at: at + 5000, endOffset: BigInt(end + rnd(500)) };
            expect(timeLag(h, BigInt(c), at + 5000, latest)).toEqual(timeLag([...reference, latest], BigInt(c), at + 5000));
          }
        }
      }
    }
  });

  it('holds Kafka offsets beyond 2^53 exactly', () => {
    const h = new EndHistory();
    const big = 2n ** 62n + 3n;
    h.push(1000, big);
    expect(h.last()).toEqual({ at: 1000, endOffset: big });
  });
});
