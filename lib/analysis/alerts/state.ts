// The alert state machine, per condition: pending → firing (after `forMs`) → resolved (once the
// condition has been false for `keepFiringForMs`). One notification per transition, however many
// polls the condition lasts; a brief flap inside keepFiringForMs neither resolves nor re-fires.
import type { AlertCondition, AlertRecord } from '@/lib/model/alerts';

export interface RuleTiming {
  /** How long a condition must hold before it fires (0: at once). */
  forMs: number;
  /** How long it must be false before a firing alert resolves. */
  keepFiringForMs: number;
}

export type Transition = 'fired' | 'resolved' | null;

/** One alert's next state given whether its condition holds now. `prev` is its active record, if any. */
export function step(prev: AlertRecord | undefined, cond: AlertCondition | undefined, now: number, t: RuleTiming): { next: AlertRecord | undefined; transition: Transition } {
  if (cond) {
    if (!prev || prev.state === 'resolved') {
      const fresh: AlertRecord = { ...cond, state: 'pending', activeSince: now, firedAt: null, resolvedAt: null, lastTrueAt: now };
      return t.forMs <= 0 ? { next: { ...fresh, state: 'firing', firedAt: now }, transition: 'fired' } : { next: fresh, transition: null };
    }
    if (prev.state === 'pending' && now - prev.activeSince >= t.forMs) return { next: { ...prev, ...cond, state: 'firing', firedAt: now, lastTrueAt: now }, transition: 'fired' };
    // Still holding: keep the record, with the newest wording (names of what is offline now).
    return { next: { ...prev, ...cond, state: prev.state, lastTrueAt: now }, transition: null };
  }
  if (!prev || prev.state === 'resolved') return { next: undefined, transition: null };
  if (prev.state === 'pending') return { next: undefined, transition: null };
  if (now - prev.lastTrueAt >= t.keepFiringForMs) return { next: { ...prev, state: 'resolved', resolvedAt: now }, transition: 'resolved' };
  return { next: prev, transition: null };
}

export interface Evaluation {
  /** Active alerts after this evaluation (pending and firing). */
  active: AlertRecord[];
  fired: AlertRecord[];
  resolved: AlertRecord[];
}

/**
 * Every condition against the active alerts (restored from the store after a restart). Rules in
 * `unjudged` could not be evaluated this time (the cluster did not answer, groups were not read):
 * their alerts stay as they are — not knowing is not a recovery.
 */
export function evaluate(
  active: readonly AlertRecord[],
  conditions: readonly AlertCondition[],
  now: number,
  timing: (c: AlertCondition | AlertRecord) => RuleTiming,
  unjudged: ReadonlySet<string> = new Set(),
): Evaluation {
  const byFp = new Map(active.map((a) => [a.fingerprint, a]));
  const conds = new Map(conditions.map((c) => [c.fingerprint, c]));
  const out: Evaluation = { active: [], fired: [], resolved: [] };
  for (const fp of new Set([...byFp.keys(), ...conds.keys()])) {
    const prev = byFp.get(fp);
    const cond = conds.get(fp);
    if (prev && !cond && unjudged.has(prev.rule)) {
      out.active.push(prev);
      continue;
    }
    const { next, transition } = step(prev, cond, now, timing((cond ?? prev)!));
    if (transition === 'fired' && next) out.fired.push(next);
    if (transition === 'resolved' && next) out.resolved.push(next);
    if (next && next.state !== 'resolved') out.active.push(next);
  }
  return out;
}
