import type { PartitionHistory } from '@/lib/analysis/partition-history';

/** A partition with nothing to show in a range. */
export const NOT_IMPAIRED_HISTORY: PartitionHistory = { offline: [], underMinIsr: [], underReplicated: [] };
