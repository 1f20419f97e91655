import { describe, expect, it } from 'vitest';
import { planPeeks } from '@/lib/analysis/lag/peek-plan';

const ends = new Map([
  ['a\u00000', 100n],
  ['a\u00001', 100n],
  ['a\u00002', 100n],
  ['b\u00000', 50n],
]);
const endOf = (t: string, p: number) => ends.get(`${t}\u0000${p}`) ?? null;
const c = (topic: string, partition: number, offset: number) => ({ topic, partition, offset: BigInt(offset) });

describe('planPeeks', () => {
  it('takes each group’s furthest-behind partition first, round-robin across groups, within the budget', () => {
    const groups = [
      { groupId: 'g1', committed: [c('a', 0, 90), c('a', 1, 10), c('a', 2, 50)] },
      { groupId: 'g2', committed: [c('b', 0, 0)] },
    ];
    const plan = planPeeks(groups, endOf, () => false, 3);
    expect(plan.map((w) => `${w.topic}-${w.partition}@${w.offset}`)).toEqual(['a-1@10', 'b-0@0', 'a-2@50']);
  });

  it('skips what is already known and what is caught up, and asks once for one offset', () => {
    const groups = [
      { groupId: 'g1', committed: [c('a', 0, 100), c('a', 1, 10)] },
      { groupId: 'g2', committed: [c('a', 1, 10), c('a', 2, 40)] },
    ];
    const plan = planPeeks(groups, endOf, (w) => w.partition === 2, 10);
    expect(plan.map((w) => `${w.topic}-${w.partition}@${w.offset}`)).toEqual(['a-1@10']);
  });

  it('leaves out partitions whose end offset is unknown', () => {
    expect(planPeeks([{ groupId: 'g', committed: [c('gone', 0, 1)] }], endOf, () => false, 10)).toEqual([]);
  });
});
