import { describe, expect, it } from 'vitest';
import { NOT_IMPAIRED, partitionHistory, startStateOf } from '@/lib/analysis/partition-history';
import { ev, expand, offline, online, shrink } from './incidents/story';

const t = (hhmm: string) => new Date(`2026-01-01T${hhmm}:00Z`);

describe('partitionHistory', () => {
  it('derives under-replicated periods from ISR events and offline periods from their events', () => {
    const events = [
      shrink('orders', 0, t('17:05'), [2]),
      shrink('orders', 0, t('17:06'), [3], [1, 2, 3]),
      ev('UNDER_MIN_ISR', t('17:06'), { isr: [1], minIsr: 2, leader: 1 }, { topic: 'orders', partition: 0 }),
      expand('orders', 0, t('17:30'), [3], [1, 2, 3], [1, 3]),
      ev('MIN_ISR_RESTORED', t('17:30'), { isr: [1, 3], minIsr: 2 }, { topic: 'orders', partition: 0 }),
      expand('orders', 0, t('17:40'), [2]),
    ];
    const h = partitionHistory(events, t('17:00'), t('18:00'), NOT_IMPAIRED);
    expect(h.underReplicated.map((i) => [i.start.slice(11, 16), i.end?.slice(11, 16)])).toEqual([['17:05', '17:40']]);
    expect(h.underMinIsr.map((i) => [i.start.slice(11, 16), i.end?.slice(11, 16)])).toEqual([['17:06', '17:30']]);
    expect(h.offline).toEqual([]);
  });

  it('starts from the state the last events before the range left', () => {
    const before = [offline('a', 0, t('16:00')), shrink('a', 0, t('16:00'), [1]), ev('UNDER_MIN_ISR', t('16:00'), { isr: [], minIsr: 1, leader: -1 }, { topic: 'a', partition: 0 })];
    expect(startStateOf(before)).toEqual({ offline: true, underMinIsr: true, underReplicated: true });
    expect(startStateOf([...before, online('a', 0, t('16:30'))])).toMatchObject({ offline: false });
    const h = partitionHistory([online('a', 0, t('17:10'))], t('17:00'), t('18:00'), startStateOf(before));
    expect(h.offline).toEqual([{ start: t('17:00').toISOString(), end: t('17:10').toISOString(), durationMs: 600_000 }]);
  });
});
