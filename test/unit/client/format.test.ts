import { describe, expect, it } from 'vitest';
import { formatBig, formatBytes, formatCompact, formatPercent, formatRetention } from '@/lib/client/format';

describe('format', () => {
  it('keeps int64 precision and reads like the tools', () => {
    expect(formatBig('9223372036854775807')).toBe('9,223,372,036,854,775,807');
    expect(formatBig(null)).toBe('—');
    expect([formatCompact('9999'), formatCompact('45600'), formatCompact('12300000')]).toEqual(['9,999', '45.6k', '12.3M']);
    expect([formatBytes(812), formatBytes(4.2 * 1024 * 1024), formatBytes(null)]).toEqual(['812 B', '4.2 MiB', '—']);
    expect([formatRetention('-1'), formatRetention('604800000'), formatRetention(null)]).toEqual(['forever (no time limit)', '7d', 'unknown']);
    expect([formatPercent(0.054), formatPercent(0.5)]).toEqual(['5.4%', '50%']);
  });
});
