import { describe, expect, it } from 'vitest';
import { groupEventsByCause } from '@/lib/analysis/event-groups';
import { down, ev, expand, lag, moved, offline, online, shrink, t, up } from './incidents/story';

const newestFirst = <T extends { at: Date; id: string }>(xs: T[]) => [...xs].sort((a, b) => b.at.getTime() - a.at.getTime() || Number(b.id) - Number(a.id));

describe('groupEventsByCause', () => {
  it('puts what a dead broker caused under it, also when reported a poll later', () => {
    const kill = t('10:00');
    const later = new Date(kill.getTime() + 5_000);
    const events = newestFirst([
      down(1, kill),
      offline('account_event', 0, kill),
      ev('UNDER_MIN_ISR', kill, { isr: [], minIsr: 1, leader: -1 }, { topic: 'account_event', partition: 0 }),
      ...[0, 1, 2].map((p) => shrink('orders', p, kill, [1])),
      ...[3, 4].map((p) => shrink('orders', p, later, [1])),
      moved('orders', 0, kill, 1, 2),
      shrink('other', 0, kill, [3]), // not caused by broker 1
    ]);
    const groups = groupEventsByCause(events);
    const head = groups.find((g) => g.head.type === 'BROKER_DOWN')!;
    expect(head.members).toHaveLength(8);
    expect(head.counts).toEqual({ PARTITION_OFFLINE: 1, UNDER_MIN_ISR: 1, ISR_SHRINK: 5, LEADER_CHANGED: 1 });
    expect(groups.map((g) => [g.head.type, g.members.length])).toContainEqual(['ISR_SHRINK', 0]);
    // Every event appears exactly once.
    expect(groups.reduce((n, g) => n + 1 + g.members.length, 0)).toBe(events.length);
  });

  it('puts the recovery under the broker coming back', () => {
    const back = t('11:00');
    const groups = groupEventsByCause(newestFirst([up(1, back), online('account_event', 0, back), ...[0, 1].map((p) => expand('orders', p, back, [1]))]));
    expect(groups).toHaveLength(1);
    expect(groups[0]?.counts).toEqual({ PARTITION_ONLINE: 1, ISR_EXPAND: 2 });
  });

  it('runs of alike events in one poll without a cause are one line; different polls stay apart', () => {
    const groups = groupEventsByCause(newestFirst([...[0, 1, 2].map((p) => shrink('orders', p, t('10:00'), [2])), shrink('orders', 3, t('10:05'), [2]), lag(t('10:00'), 'g', 'OK', 'WARN')]));
    expect(groups.map((g) => [g.head.type, g.members.length])).toEqual([
      ['ISR_SHRINK', 0],
      ['LAG_STATUS_CHANGED', 0],
      ['ISR_SHRINK', 2],
    ]);
  });

  it('keeps the given (newest first) order', () => {
    const events = newestFirst([down(1, t('10:00')), up(1, t('10:10')), down(2, t('10:20'))]);
    expect(groupEventsByCause(events).map((g) => g.head.at.toISOString().slice(11, 16))).toEqual(['10:20', '10:10', '10:00']);
  });
});
