// FindCoordinator (API key 10), versions 4-6 (flexible, KIP-699: many keys per request).
// v5 and v6 only add error codes and key types, not fields.
import type { KjsDecoder, KjsEncoder } from './internals';
import { flexibleRequest, readCompactArray, readCompactString, skipTags, writeCompactStrings, writeTags } from './wire';

export const FIND_COORDINATOR_KEY = 10;
export const FIND_COORDINATOR_VERSIONS = [4, 6] as const;
const KEY_TYPE_GROUP = 0;

export interface CoordinatorReply {
  key: string;
  nodeId: number;
  host: string;
  port: number;
  errorCode: number;
  errorMessage: string | null;
}

export function writeFindCoordinatorRequest(e: KjsEncoder, groupIds: readonly string[]): void {
  e.writeInt8(KEY_TYPE_GROUP);
  writeCompactStrings(e, groupIds);
  writeTags(e);
}

export function readFindCoordinatorResponse(d: KjsDecoder): CoordinatorReply[] {
  d.readInt32(); // throttle_time_ms
  const coordinators = readCompactArray(d, (x) => {
    const c = {
      key: readCompactString(x),
      nodeId: x.readInt32(),
      host: readCompactString(x),
      port: x.readInt32(),
      errorCode: x.readInt16(),
      errorMessage: x.readUVarIntString(),
    };
    skipTags(x);
    return c;
  });
  skipTags(d);
  return coordinators;
}

export const findCoordinatorRequest = (version: number, groupIds: readonly string[]) =>
  flexibleRequest({
    apiKey: FIND_COORDINATOR_KEY,
    apiName: 'FindCoordinator',
    version,
    writeBody: (e) => writeFindCoordinatorRequest(e, groupIds),
    readBody: readFindCoordinatorResponse,
  });
