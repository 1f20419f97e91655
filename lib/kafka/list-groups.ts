// ListGroups (API key 16), versions 3-5 (flexible). v4 adds the group state (and a states
// filter), v5 the group type ('classic' | 'consumer' | 'share' | 'streams') and a types filter.
// Each broker lists only the groups it coordinates, so the caller asks every broker.
import type { KjsDecoder, KjsEncoder } from './internals';
import { flexibleRequest, readCompactArray, readCompactString, skipTags, writeCompactStrings, writeTags } from './wire';

export const LIST_GROUPS_KEY = 16;
export const LIST_GROUPS_VERSIONS = [3, 5] as const;

export interface ListGroupsReply {
  errorCode: number;
  groups: { groupId: string; protocolType: string; state: string | null; type: string | null }[];
}

/** Every group: empty filters. */
export function writeListGroupsRequest(e: KjsEncoder, version: number): void {
  if (version >= 4) writeCompactStrings(e, []); // states_filter
  if (version >= 5) writeCompactStrings(e, []); // types_filter
  writeTags(e);
}

export function readListGroupsResponse(d: KjsDecoder, version: number): ListGroupsReply {
  d.readInt32(); // throttle_time_ms
  const errorCode = d.readInt16();
  const groups = readCompactArray(d, (x) => {
    const g = {
      groupId: readCompactString(x),
      protocolType: readCompactString(x),
      state: version >= 4 ? readCompactString(x) : null,
      type: version >= 5 ? readCompactString(x) : null,
    };
    skipTags(x);
    return g;
  });
  skipTags(d);
  return { errorCode, groups };
}

export const listGroupsRequest = (version: number) =>
  flexibleRequest({
    apiKey: LIST_GROUPS_KEY,
    apiName: 'ListGroups',
    version,
    writeBody: (e) => writeListGroupsRequest(e, version),
    readBody: (d) => readListGroupsResponse(d, version),
  });

/** Groups that consumers use: classic ones with the consumer protocol (or none: offsets only), and KIP-848 ones. */
export function isConsumerGroup(g: { protocolType: string; type: string | null }): boolean {
  if (g.type === 'consumer') return true;
  if (g.type !== null && g.type !== 'classic') return false; // share, streams
  return g.protocolType === 'consumer' || g.protocolType === '';
}
