// Finds the first record a read_committed consumer would be given at or after an offset, in one
// partition's Fetch data: control batches (transaction markers) and batches of aborted
// transactions are skipped the way Kafka's consumer skips them.
import type { PeekBatch, PeekError, PeekRecord } from './peek-types';
import { batchRecordBytes, readBatches, readRecords, type RecordBatch } from './record-batch';

export interface AbortedTransaction {
  producerId: bigint;
  firstOffset: bigint;
}

type Without<T> = Omit<T, 'topic' | 'partition' | 'fetchOffset' | 'highWatermark' | 'lastStableOffset' | 'logStartOffset'>;
export type ScanResult = Without<PeekRecord> | Without<PeekBatch> | Without<PeekError> | { kind: 'none'; scannedTo: bigint };

const CORRUPT_MESSAGE = 2;
const ABORT_MARKER = 0;

/** A control record's key is version (int16) then type (int16): 0 = ABORT, 1 = COMMIT. */
function isAbortMarker(b: RecordBatch): boolean {
  if (b.compression !== 'none') return false;
  const key = readRecords(b.body, Math.min(b.recordCount, 1)).records[0]?.key;
  return key !== undefined && key !== null && key.length >= 4 && key.readInt16BE(2) === ABORT_MARKER;
}

function asBatch(b: RecordBatch, reason: Without<PeekBatch>['reason']): Without<PeekBatch> {
  const logAppend = b.timestampType === 'log-append';
  return {
    kind: 'batch',
    baseOffset: b.baseOffset,
    lastOffset: b.lastOffset,
    firstTimestamp: logAppend ? b.maxTimestamp : b.baseTimestamp,
    maxTimestamp: b.maxTimestamp,
    timestampType: b.timestampType,
    compression: b.compression,
    reason,
  };
}

/** The record at or after `offset` in one data batch, 'skip' if it has none, or why we cannot tell. */
function findInBatch(b: RecordBatch, offset: bigint): Without<PeekRecord> | Without<PeekBatch> | 'skip' {
  const bytes = batchRecordBytes(b);
  if (typeof bytes === 'string') return asBatch(b, bytes);
  const { records, complete } = readRecords(bytes, b.recordCount);
  for (const r of records) {
    const at = b.baseOffset + BigInt(r.offsetDelta);
    if (at < offset) continue;
    // LogAppendTime: the broker stamps the batch once, in maxTimestamp; record deltas are the producer's.
    const timestamp = b.timestampType === 'log-append' ? b.maxTimestamp : b.baseTimestamp + r.timestampDelta;
    return { kind: 'record', offset: at, timestamp, timestampType: b.timestampType };
  }
  // All records read and none at or after the offset: compaction emptied the batch's tail.
  return complete && b.complete ? 'skip' : asBatch(b, 'truncated');
}

export function scanForRecord(data: Buffer, offset: bigint, aborted: readonly AbortedTransaction[]): ScanResult {
  const { batches, stopped } = readBatches(data);
  const pending = [...aborted].sort((a, b) => (a.firstOffset < b.firstOffset ? -1 : 1));
  const abortedProducers = new Set<bigint>();
  let scannedTo = offset;
  for (const b of batches) {
    // Aborted transactions open as their first offset is reached; the ABORT marker closes them.
    while (pending[0] && pending[0].firstOffset <= b.lastOffset) abortedProducers.add(pending.shift()!.producerId);
    const isAborted = b.transactional && abortedProducers.has(b.producerId);
    if (b.control && isAbortMarker(b)) abortedProducers.delete(b.producerId);
    if (b.lastOffset < offset) continue;
    if (!b.control && !isAborted && b.recordCount > 0) {
      const found = findInBatch(b, offset);
      if (found !== 'skip') return found;
    }
    scannedTo = b.lastOffset + 1n;
  }
  // Kafka 4 brokers no longer write formats v0/v1, but old segments may still hold them.
  if (stopped?.reason === 'magic') {
    return { kind: 'error', errorCode: CORRUPT_MESSAGE, error: `record format v${stopped.magic} (magic ${stopped.magic}) is not supported` };
  }
  return { kind: 'none', scannedTo };
}
