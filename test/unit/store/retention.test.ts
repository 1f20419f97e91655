import { describe, expect, it } from 'vitest';
import { END_HISTORY } from '@/lib/collector/lag-tracker';
import { DEFAULT_RETENTION, OFFSET_REPLAY_HOURS, commitRetentionFor, retentionFromEnv } from '@/lib/store/retention';

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

describe('end-offset sample retention', () => {
  it('is six hours by default, set in hours, or in days by the earlier name', () => {
    expect(retentionFromEnv({}).offsetSampleHours).toBe(6);
    expect(retentionFromEnv({ KAFKASCOPE_RETENTION_OFFSETS_HOURS: '12' }).offsetSampleHours).toBe(12);
    expect(retentionFromEnv({ KAFKASCOPE_RETENTION_OFFSETS_DAYS: '7' }).offsetSampleHours).toBe(168);
    expect(retentionFromEnv({ KAFKASCOPE_RETENTION_OFFSETS_HOURS: 'x' }).offsetSampleHours).toBe(6);
  });
  it('never keeps less than a restart reads back', () => {
    expect(OFFSET_REPLAY_HOURS * 3600_000).toBe(END_HISTORY.keepMs);
    expect(retentionFromEnv({ KAFKASCOPE_RETENTION_OFFSETS_HOURS: '1' }).offsetSampleHours).toBe(OFFSET_REPLAY_HOURS);
  });
});
