// Follows DescribeTopicPartitions' cursor until the broker has described every partition asked for.
import type { PartitionDescription, TopicPartitionsDescription } from './types';
import type { PartitionCursor, TopicPartitionsPage } from './topic-partitions';
import { KafkaResponseError } from './wire';

/**
 * `fetchPage` sends one request starting at the cursor (null = the beginning). Each page may come
 * from a different broker, so a topic split over pages, or repeated on each page (an authorization
 * error is), is merged by name and partition index.
 */
export async function describeAllPages(
  fetchPage: (cursor: PartitionCursor | null) => Promise<TopicPartitionsPage>,
): Promise<TopicPartitionsDescription[]> {
  const topics = new Map<string, TopicPartitionsDescription>();
  const partitions = new Map<string, Map<number, PartitionDescription>>();
  const seen = new Set<string>();
  let cursor: PartitionCursor | null = null;
  do {
    const page: TopicPartitionsPage = await fetchPage(cursor);
    for (const t of page.topics) {
      const known = topics.get(t.name);
      if (!known || (known.errorCode !== 0 && t.errorCode === 0)) topics.set(t.name, { ...t, partitions: [] });
      const byIndex = partitions.get(t.name) ?? new Map<number, PartitionDescription>();
      for (const p of t.partitions) byIndex.set(p.partition, p);
      partitions.set(t.name, byIndex);
    }
    cursor = page.nextCursor;
    if (cursor) {
      const at = `${cursor.topic}-${cursor.partition}`;
      // A broker handing out the same cursor twice would keep us here forever.
      if (seen.has(at)) throw new KafkaResponseError(`DescribeTopicPartitions returned the cursor ${at} twice`);
      seen.add(at);
    }
  } while (cursor);
  return [...topics.values()]
    .map((t) => ({ ...t, partitions: [...(partitions.get(t.name)?.values() ?? [])].sort((a, b) => a.partition - b.partition) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
