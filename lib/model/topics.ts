// Topic list filters, shared by the API (which filters in SQL) and the pages (which build URLs).

export const TOPIC_STATUS_FILTERS = ['offline', 'under-min-isr', 'under-replicated', 'rf1'] as const;
export type TopicStatusFilter = (typeof TOPIC_STATUS_FILTERS)[number];

export const TOPIC_STATUS_LABEL: Record<TopicStatusFilter, string> = {
  offline: 'Offline',
  'under-min-isr': 'Under min ISR',
  'under-replicated': 'Under-replicated',
  rf1: 'Replication factor 1',
};

/** Server-side sort keys of the topic list. */
export const TOPIC_SORTS = ['name', 'partitions', 'messages', 'size', 'problems'] as const;
export type TopicSort = (typeof TOPIC_SORTS)[number];

/** Sort directions, shared by every sortable list (API and URL: `order=asc|desc`). */
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Without `order`: names A→Z, figures largest (or worst) first. */
export const TOPIC_SORT_DEFAULT_ORDER: Record<TopicSort, SortOrder> = {
  name: 'asc',
  partitions: 'desc',
  messages: 'desc',
  size: 'desc',
  problems: 'desc',
};
