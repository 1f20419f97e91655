import { describe, expect, it } from 'vitest';
import { judge } from '@/dev/audit';

const report = (vulnerabilities: Record<string, { severity: string }>) => JSON.stringify({ auditReportVersion: 2, vulnerabilities });

describe('the npm audit gate', () => {
  it('fails on a high or critical advisory that is not excepted, and names it', () => {
    const r = judge(report({ next: { severity: 'critical' }, debug: { severity: 'low' } }), {});
    expect(r.fail).toBe(true);
    expect(r.lines.join('\n')).toMatch(/next \(critical\)/);
    expect(r.lines.at(-1)).toBe('audit: 2 advisories in production dependencies, 1 high or critical, 0 not excepted'.replace('0 not', '1 not'));
  });

  it('passes when every severe one is excepted with its reason, or only low ones exist', () => {
    expect(judge(report({ next: { severity: 'high' } }), { next: 'only the dev server is affected' })).toMatchObject({ fail: false, lines: [expect.stringContaining('only the dev server is affected'), expect.any(String)] });
    expect(judge(report({ debug: { severity: 'moderate' } }), {}).fail).toBe(false);
  });

  it('passes, saying so, when the advisory service does not answer, without naming its address', () => {
    const r = judge(JSON.stringify({ message: '405 Method Not Allowed - POST https://mirror.invalid/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '' } }), {});
    expect(r).toEqual({ fail: false, lines: ['audit: skipped, the advisory service did not answer (405 Method Not Allowed)'] });
    expect(judge('npm ERR! network', {}).fail).toBe(false);
  });
});
