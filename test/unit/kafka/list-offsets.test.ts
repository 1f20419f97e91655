// ListOffsets v6-10 against fixtures built from Kafka 4.1's ListOffsetsRequest/Response.json.
import { describe, expect, it } from 'vitest';
import { EARLIEST, LATEST, listOffsetsRequest } from '@/lib/kafka/list-offsets';
import { TAGS, carr, cat, cstr, hex, i16, i32, i64, i8 } from './bytes';

const encoded = async (r: { request: { encode(): Promise<{ buffer: Buffer }> } }) => hex((await r.request.encode()).buffer);
const asked = [
  { topic: 'rf3', partitions: [{ partition: 0, currentLeaderEpoch: 7 }, { partition: 2, currentLeaderEpoch: null }] },
  { topic: 'x', partitions: [{ partition: 1, currentLeaderEpoch: 0 }] },
];

describe('ListOffsets v6-10', () => {
  // header tags | replica_id | isolation_level | topics: [name, partitions: [index, current_leader_epoch, timestamp, tags], tags]
  const body = (ts: bigint) =>
    cat(TAGS, i32(-1), i8(0), carr([
      cat(cstr('rf3'), carr([cat(i32(0), i32(7), i64(ts), TAGS), cat(i32(2), i32(-1), i64(ts), TAGS)]), TAGS),
      cat(cstr('x'), carr([cat(i32(1), i32(0), i64(ts), TAGS)]), TAGS),
    ]));

  it('sends the current leader epoch (-1 when unknown), READ_UNCOMMITTED and replica -1', async () => {
    const req = listOffsetsRequest(6, EARLIEST, asked, 2500);
    expect(req.request).toMatchObject({ apiKey: 2, apiVersion: 6, apiName: 'ListOffsets' });
    expect(await encoded(req)).toBe(hex(cat(body(-2n), TAGS)));
    for (const v of [7, 8, 9]) expect(await encoded(listOffsetsRequest(v, LATEST, asked, 2500))).toBe(hex(cat(body(-1n), TAGS)));
  });

  it('adds timeout_ms in v10', async () => {
    expect(await encoded(listOffsetsRequest(10, LATEST, asked, 2500))).toBe(hex(cat(body(-1n), i32(2500), TAGS)));
  });

  const part = (idx: number, err: number, offset: bigint | number, epoch: number, tagged: Buffer = TAGS) => cat(i32(idx), i16(err), i64(-1), i64(offset), i32(epoch), tagged);
  const response = cat(TAGS, i32(0), carr([
    cat(cstr('rf3'), carr([
      part(0, 0, 9007199254740993n, 7),
      part(1, 6, 120, 3), // NOT_LEADER_OR_FOLLOWER with a number in the offset field
      part(2, 74, -1, -1), // FENCED_LEADER_EPOCH
      part(3, 75, -1, -1), // UNKNOWN_LEADER_EPOCH
      part(4, 78, 5, 9), // OFFSET_NOT_AVAILABLE
      part(5, 0, 0, -1, cat(i8(1), i8(0), i8(1), i8(42))), // an unknown tagged field
    ]), TAGS),
  ]), TAGS);

  it('decodes offsets and leader epochs, and gives null offsets for every partition error', async () => {
    const got = await listOffsetsRequest(8, LATEST, asked, 1000).response.decode(response);
    expect(got).toEqual([
      { topic: 'rf3', partition: 0, errorCode: 0, offset: 9007199254740993n, leaderEpoch: 7 },
      { topic: 'rf3', partition: 1, errorCode: 6, offset: null, leaderEpoch: null },
      { topic: 'rf3', partition: 2, errorCode: 74, offset: null, leaderEpoch: null },
      { topic: 'rf3', partition: 3, errorCode: 75, offset: null, leaderEpoch: null },
      { topic: 'rf3', partition: 4, errorCode: 78, offset: null, leaderEpoch: null },
      { topic: 'rf3', partition: 5, errorCode: 0, offset: 0n, leaderEpoch: null },
    ]);
  });

  it('fails cleanly on a truncated response', async () => {
    await expect(listOffsetsRequest(6, LATEST, asked, 1000).response.decode(response.subarray(0, 30))).rejects.toThrow(RangeError);
  });
});
