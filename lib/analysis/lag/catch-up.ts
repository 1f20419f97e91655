// How long until a group is caught up, at the rate it drains its lag now (a robust trend of its
// total lag over the last minutes); or that it is not catching up at all. An estimate, labelled so.
import { trendOf } from './trend';

export type CatchUp =
  | { kind: 'caught-up' }
  /** At the drain rate of the last minutes; `seconds` is an estimate. */
  | { kind: 'catching-up'; seconds: number; drainPerSecond: number }
  /** Lag steady or growing: it will not catch up at this pace. */
  | { kind: 'not-catching-up'; growthPerSecond: number };

/** `points`: total lag per poll, time-ordered (epoch ms); null when too few to judge. */
export function catchUp(points: { at: number; lag: number }[], minPoints = 4): CatchUp | null {
  const last = points[points.length - 1];
  if (!last) return null;
  if (last.lag === 0) return { kind: 'caught-up' };
  if (points.length < minPoints) return null;
  const t = trendOf(points.map((p) => ({ t: p.at, y: p.lag })));
  const perSecond = t.slope * 1000;
  if (perSecond < 0 && t.tau < 0) return { kind: 'catching-up', seconds: Math.round(last.lag / -perSecond), drainPerSecond: Math.round(-perSecond * 10) / 10 };
  return { kind: 'not-catching-up', growthPerSecond: Math.round(Math.max(0, perSecond) * 10) / 10 };
}
