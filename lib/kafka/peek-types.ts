// What a one-record "peek" Fetch (peek.ts) reports per wanted partition and offset.

export interface PeekWanted {
  topic: string;
  partition: number;
  /** Usually a group's committed offset: the first record the group has not consumed. */
  offset: bigint;
}

export interface PeekOptions {
  /** Bytes a leader may return per partition (default 16 KiB); a longer batch comes back cut. */
  partitionMaxBytes?: number;
  /** Cap on each response (default 1 MiB); partitions past it come back empty ('none', 'size-limit'). */
  maxBytes?: number;
}

export type TimestampType = 'create' | 'log-append';
export type CompressionName = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';

interface PeekBase {
  topic: string;
  partition: number;
  /** The offset asked about. */
  fetchOffset: bigint;
  /** From the partition's Fetch answer; null when there was none (or it was -1). */
  highWatermark: bigint | null;
  lastStableOffset: bigint | null;
  logStartOffset: bigint | null;
}

/** The first data record at or after fetchOffset (control and aborted records skipped). */
export interface PeekRecord extends PeekBase {
  kind: 'record';
  offset: bigint;
  /** Milliseconds since the epoch, as the record carries it (LogAppendTime: the broker's). */
  timestamp: number;
  timestampType: TimestampType;
}

/**
 * The batch holding the first data record could not be read record by record (a codec we cannot
 * decompress here, or the broker cut it at partitionMaxBytes before the record): its timestamps
 * bound the record's (for CreateTime only roughly, producers may send them out of order).
 */
export interface PeekBatch extends PeekBase {
  kind: 'batch';
  baseOffset: bigint;
  lastOffset: bigint;
  /** Of the batch's first record (LogAppendTime: equal to maxTimestamp). */
  firstTimestamp: number;
  maxTimestamp: number;
  timestampType: TimestampType;
  compression: CompressionName;
  reason: 'unsupported-compression' | 'truncated' | 'malformed';
}

/**
 * No data record from fetchOffset to scannedTo (exclusive), where the returned data ended.
 * reason: 'end-of-log' when scannedTo reached the high watermark (nothing to consume: a group
 * whose offset sits on a transaction marker is caught up); 'open-transaction' when it stopped at
 * the last stable offset (the rest is an undecided transaction, invisible to read_committed
 * consumers); 'size-limit' when the broker returned less than it had (the response cap was
 * reached, or the next batch was cut before its header): ask again with more bytes.
 */
export interface PeekNone extends PeekBase {
  kind: 'none';
  scannedTo: bigint;
  reason: 'end-of-log' | 'open-transaction' | 'size-limit';
}

/** E.g. OFFSET_OUT_OF_RANGE (1) below the log start, NOT_LEADER_OR_FOLLOWER (6), timeouts (7). */
export interface PeekError extends PeekBase {
  kind: 'error';
  errorCode: number;
  /** "OFFSET_OUT_OF_RANGE (1)", or what went wrong on the way to the leader. */
  error: string;
}

export type PeekResult = PeekRecord | PeekBatch | PeekNone | PeekError;
