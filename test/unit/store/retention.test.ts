import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, commitRetentionFor, retentionFromEnv } from '@/lib/store/retention';

describe('commit sample retention', () => {
  it('is an hour by default, set in hours, or in days by the earlier name', () => {
    expect(retentionFromEnv({}).commitSampleHours).toBe(1);
    expect(retentionFromEnv({ KAFKASCOPE_RETENTION_COMMITS_HOURS: '6' }).commitSampleHours).toBe(6);
    expect(retentionFromEnv({ KAFKASCOPE_RETENTION_COMMITS_DAYS: '2' }).commitSampleHours).toBe(48);
    expect(retentionFromEnv({ KAFKASCOPE_RETENTION_COMMITS_HOURS: '3', KAFKASCOPE_RETENTION_COMMITS_DAYS: '2' }).commitSampleHours).toBe(3);
    expect(retentionFromEnv({ KAFKASCOPE_RETENTION_COMMITS_HOURS: '-1' }).commitSampleHours).toBe(1);
  });
  it('never keeps less than what a restart replays: three of the longest lag status window', () => {
    expect(commitRetentionFor(DEFAULT_RETENTION, [10 * 60_000, 10 * 60_000])).toBe(DEFAULT_RETENTION);
    expect(commitRetentionFor(DEFAULT_RETENTION, [10 * 60_000, 40 * 60_000]).commitSampleHours).toBe(2);
    expect(commitRetentionFor(DEFAULT_RETENTION, [])).toBe(DEFAULT_RETENTION);
  });
});
