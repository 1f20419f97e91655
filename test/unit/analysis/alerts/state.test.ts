import { describe, expect, it } from 'vitest';
import { evaluate, step, type RuleTiming } from '@/lib/analysis/alerts/state';
import type { AlertCondition, AlertRecord } from '@/lib/model/alerts';

const cond = (fp = 'broker-down|broker=1', summary = 'Broker 1 down'): AlertCondition => ({ fingerprint: fp, rule: 'broker-down', severity: 'critical', labels: { alertname: 'broker-down', broker: '1' }, summary, description: 'd' });
const T: RuleTiming = { forMs: 0, keepFiringForMs: 10_000 };
const POLL = 5000;

/** Runs the machine over polls: `holds(t)` says whether the condition holds at poll time t. */
function run(holds: (t: number) => boolean, until: number, timing = T, start: AlertRecord[] = []) {
  let active = start;
  const log: string[] = [];
  for (let t = 0; t <= until; t += POLL) {
    const e = evaluate(active, holds(t) ? [cond()] : [], t, () => timing);
    for (let i = 0; i < e.fired.length; i++) log.push(`fired@${t}`);
    for (let i = 0; i < e.resolved.length; i++) log.push(`resolved@${t}`);
    active = e.active;
  }
  return { log, active };
}

describe('the alert state machine', () => {
  it('fires once for a condition that lasts many polls (dedupe), resolves once after keepFiringFor', () => {
    expect(run((t) => t >= 10_000 && t < 60_000, 100_000).log).toEqual(['fired@10000', 'resolved@65000']);
  });

  it('pending → firing only after `for`; a condition shorter than `for` never fires', () => {
    const timing = { forMs: 30_000, keepFiringForMs: 0 };
    expect(run((t) => t >= 10_000 && t < 35_000, 100_000, timing).log).toEqual([]);
    expect(run((t) => t >= 10_000 && t < 80_000, 100_000, timing).log).toEqual(['fired@40000', 'resolved@80000']);
  });

  it('flapping inside keepFiringFor is one alert, not a notification per flap', () => {
    const flapping = (t: number) => t >= 10_000 && t <= 60_000 && (t / POLL) % 2 === 0;
    expect(run(flapping, 120_000).log).toEqual(['fired@10000', 'resolved@70000']);
  });

  it('a restart in the middle (active alerts restored from the store): no duplicate fire, no lost resolve', () => {
    const before = run((t) => t >= 10_000, 30_000);
    expect(before.log).toEqual(['fired@10000']);
    // The process restarts; the firing alert comes back from the store; the condition ends while it was down.
    const after = evaluate(before.active, [], 90_000, () => T);
    expect(after.fired).toEqual([]);
    expect(after.resolved.map((r) => [r.fingerprint, r.state, r.resolvedAt])).toEqual([['broker-down|broker=1', 'resolved', 90_000]]);
    // And a condition still holding after the restart stays the same firing alert.
    const still = evaluate(before.active, [cond()], 90_000, () => T);
    expect([still.fired, still.resolved, still.active.map((a) => [a.state, a.firedAt])]).toEqual([[], [], [['firing', 10_000]]]);
  });

  it('keeps the newest wording while firing, and fires anew after a resolve', () => {
    const fired = step(undefined, cond(), 0, T).next!;
    const renamed = step(fired, cond('broker-down|broker=1', 'Broker 1 down (2 partitions offline)'), 5000, T).next!;
    expect([renamed.summary, renamed.firedAt]).toEqual(['Broker 1 down (2 partitions offline)', 0]);
    const resolved = step(renamed, undefined, 20_000, T);
    expect(resolved.transition).toBe('resolved');
    expect(step(resolved.next, cond(), 25_000, T)).toMatchObject({ transition: 'fired', next: { activeSince: 25_000, firedAt: 25_000 } });
  });

  it('an unjudged rule (cluster not answering, groups not read) neither resolves nor fires anew', () => {
    const firing = run((t) => t >= 0, 10_000).active;
    const blind = evaluate(firing, [], 60_000, () => T, new Set(['broker-down']));
    expect([blind.resolved, blind.fired, blind.active.map((a) => a.state)]).toEqual([[], [], ['firing']]);
    // Judged again and false: it resolves then, at that time.
    expect(evaluate(blind.active, [], 65_000, () => T).resolved.map((r) => r.resolvedAt)).toEqual([65_000]);
  });
});
