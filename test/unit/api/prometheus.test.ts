import { describe, expect, it } from 'vitest';
import { escapeLabel, exposition } from '@/lib/api/prometheus';

describe('prometheus exposition', () => {
  it('escapes label values that hold any character', () => {
    expect(escapeLabel('a"b\\c\nd')).toBe('a\\"b\\\\c\\nd');
  });

  it('writes HELP, TYPE and samples', () => {
    const text = exposition([
      { name: 'kafkascope_consumergroup_lag', help: 'Lag.', type: 'gauge', samples: [{ labels: { cluster: 'c', group: '<img src=x>' }, value: 42 }] },
    ]);
    expect(text).toBe(
      '# HELP kafkascope_consumergroup_lag Lag.\n# TYPE kafkascope_consumergroup_lag gauge\nkafkascope_consumergroup_lag{cluster="c",group="<img src=x>"} 42\n',
    );
  });
});
