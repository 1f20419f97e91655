// A phase that read only part of what it wanted keeps that part, and the poll says what is
// missing and which ACL would allow it.
import { describe, expect, it } from 'vitest';
import { groupsReader, readTopicConfigs } from '@/lib/collector/groups-and-configs';
import { PartialPhaseError, explainPhaseError, notAuthorized } from '@/lib/collector/partial';
import { poll } from '@/lib/collector/poll';
import { fakeSource } from './fake-source';

describe('authorization notes', () => {
  it('name the missing ACL per phase', () => {
    expect(explainPhaseError('quorum', 'DescribeQuorum failed: CLUSTER_AUTHORIZATION_FAILED (31)')).toBe(
      'not authorized to describe the KRaft quorum (CLUSTER_AUTHORIZATION_FAILED): grant Describe on the cluster; the active controller is not known',
    );
    expect(explainPhaseError('offsets', 'timed out')).toBe('timed out');
    expect(notAuthorized('configs', 'TOPIC_AUTHORIZATION_FAILED', ['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe(
      'not authorized to describe configs of topics a, b, c, d, e and 2 more (TOPIC_AUTHORIZATION_FAILED): grant DescribeConfigs on the topics; their configs and the findings about them are not current',
    );
  });

  it('a partial phase keeps its value and makes the poll partial', async () => {
    const groups = [{ groupId: 'g', state: 'Stable', protocolType: 'consumer', protocol: '', members: [], offsets: [] }];
    const source = fakeSource({ groups: async () => Promise.reject(new PartialPhaseError('not authorized to describe consumer groups g (GROUP_AUTHORIZATION_FAILED): grant Describe on the groups', groups)) });
    const r = await poll(source, { deadlineMs: 1000, refreshConfigs: false });
    expect(r.status).toBe('partial');
    expect(r.groups).toEqual(groups);
    expect(r.error).toBe('groups: not authorized to describe consumer groups g (GROUP_AUTHORIZATION_FAILED): grant Describe on the groups');
  });

  it('topic configs: the topics not authorized are named, the others kept', async () => {
    const probe: Parameters<typeof readTopicConfigs>[0] = {
      describeTopicConfigs: async () => [
        { topic: 'ok', entries: [{ name: 'min.insync.replicas', value: '2', source: 5, sourceName: 'DEFAULT_CONFIG', readOnly: false, sensitive: false }], error: null },
        { topic: 'secret', entries: [], error: 'TOPIC_AUTHORIZATION_FAILED (29): Authorization failed.' },
      ],
    };
    const err = await readTopicConfigs(probe, ['ok', 'secret']).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(PartialPhaseError);
    const partial = err as PartialPhaseError<Awaited<ReturnType<typeof readTopicConfigs>>>;
    expect(partial.message).toMatch(/^not authorized to describe configs of topics secret \(TOPIC_AUTHORIZATION_FAILED\)/);
    expect([...partial.value.configs.keys()]).toEqual(['ok']);
  });

  it('consumer groups listed but not describable are returned, with the note', async () => {
    const denied = 'GROUP_AUTHORIZATION_FAILED (30)';
    const read = groupsReader({
      listGroups: async () => ({ groups: [{ groupId: 'g', protocolType: 'consumer', state: 'Empty', type: 'classic' }], errors: [] }),
      describeGroups: async () => [{ groupId: 'g', state: '', protocolType: '', protocol: '', members: [], type: 'classic', coordinatorId: null, error: denied }],
      fetchCommittedOffsets: async () => [{ groupId: 'g', offsets: [], error: denied }],
    } as unknown as Parameters<typeof groupsReader>[0]);
    const err = (await read().then(() => null, (e: unknown) => e)) as PartialPhaseError<{ groupId: string; state: string }[]>;
    expect(err.message).toBe('not authorized to describe consumer groups g (GROUP_AUTHORIZATION_FAILED): grant Describe on the groups; their members, commits and lag are not read');
    expect(err.value.map((g) => [g.groupId, g.state])).toEqual([['g', 'Empty']]);
  });
});
