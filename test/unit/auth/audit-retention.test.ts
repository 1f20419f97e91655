import { describe, expect, it } from 'vitest';
import { MAX_SESSION_HOURS } from '@/lib/config/auth';
import { auditCutoffs, retentionFromEnv } from '@/lib/store/retention';

const DAY = 24 * 3600_000;
const now = Date.parse('2026-06-01T00:00:00Z');

describe('audit log retention', () => {
  it('defaults to 90 days, KAFKASCOPE_RETENTION_AUDIT_DAYS overrides it', () => {
    expect(retentionFromEnv({}).auditDays).toBe(90);
    expect(retentionFromEnv({ KAFKASCOPE_RETENTION_AUDIT_DAYS: '14' }).auditDays).toBe(14);
    expect(retentionFromEnv({ KAFKASCOPE_RETENTION_AUDIT_DAYS: 'x' }).auditDays).toBe(90);
  });

  it('keeps sign-out rows longer than the longest session, however short the audit retention', () => {
    const c = auditCutoffs(1, now);
    expect(c.rows.getTime()).toBe(now - DAY);
    expect(now - c.logouts.getTime()).toBeGreaterThan(MAX_SESSION_HOURS * 3600_000);
    expect(auditCutoffs(90, now)).toEqual({ rows: new Date(now - 90 * DAY), logouts: new Date(now - 90 * DAY) });
  });
});
