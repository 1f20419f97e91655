import type { PGlite } from '@electric-sql/pglite';

/**
 * pglite-socket (0.2.17) serves several connections on one PGlite session by queueing protocol
 * messages, but it only keeps one connection's messages together inside a transaction. The
 * extended query protocol (Parse, Bind, Describe, Execute … Sync) also has to run uninterrupted:
 * interleaved, one connection binds to another's unnamed statement ("bind message supplies 3
 * parameters, but prepared statement "" requires 2"). This replaces the queue's scheduler with
 * one that also stays with a connection from its first extended-protocol message to its Sync.
 */
interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  timestamp: number;
  onData(data: Uint8Array): void;
  resolve(bytes: number): void;
  reject(e: unknown): void;
}

/** The private shape of pglite-socket's query queue that this patch relies on. */
interface QueryQueue {
  db: PGlite;
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue(): Promise<void>;
  clearQueueForHandler(id: number): void;
}

// Parse, Bind, Describe, Execute, Close, Flush: a sequence that ends with Sync ('S').
const EXTENDED = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);
const SYNC = 0x53;

export function serialiseExtendedProtocol(server: unknown): void {
  const q = (server as { queryQueue?: QueryQueue }).queryQueue;
  if (!q || typeof q.processQueue !== 'function' || !Array.isArray(q.queue)) {
    throw new Error('pglite-socket changed: its query queue is not where Kafkascope expects it (see lib/store/embedded-queue.ts)');
  }
  let midSequence = false;

  q.processQueue = async function processQueue(this: QueryQueue): Promise<void> {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const sticky = this.lastHandlerId !== null && (midSequence || this.db.isInTransaction());
        const index = sticky ? this.queue.findIndex((m) => m.handlerId === this.lastHandlerId) : 0;
        if (index === -1) break; // wait for the rest of that connection's sequence
        const item = this.queue.splice(index, 1)[0]!;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (d: Uint8Array) => {
                bytes += d.length;
                item.onData(d);
              },
            }),
          );
        } catch (e) {
          item.reject(e);
          continue;
        }
        const type = item.message[0] ?? 0;
        if (EXTENDED.has(type)) midSequence = true;
        else if (type === SYNC) midSequence = false;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  const clear = q.clearQueueForHandler.bind(q);
  q.clearQueueForHandler = (id: number) => {
    clear(id);
    // A connection that went away mid-sequence must not hold the others up.
    if (q.lastHandlerId === id) midSequence = false;
    void q.processQueue();
  };
}
