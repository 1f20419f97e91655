import { partitionKey } from './group-lag';

/**
 * partitionKey strings built once per partition and handed out again on every poll. A map lookup
 * with a string it has seen before skips building and hashing it: at 200,000 partitions the keys
 * rebuilt on every poll were a large share of lag and findings time. Keys of deleted topics stay,
 * as the trackers' own per-partition memory does.
 */
export class PartitionKeys {
  private readonly byTopic = new Map<string, (string | undefined)[]>();

  /** The keys of one topic, indexed by partition (for a loop over its partitions). */
  of(topic: string): (partition: number) => string {
    let keys = this.byTopic.get(topic);
    if (!keys) this.byTopic.set(topic, (keys = []));
    const list = keys;
    return (partition) => (list[partition] ??= partitionKey(topic, partition));
  }

  key(topic: string, partition: number): string {
    let keys = this.byTopic.get(topic);
    if (!keys) this.byTopic.set(topic, (keys = []));
    return (keys[partition] ??= partitionKey(topic, partition));
  }
}
