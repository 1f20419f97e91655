// Consumer-group list sorting and paging, shared by the API (which sorts and pages in SQL) and
// the pages (which keep them in the URL).
import type { SortOrder } from './topics';

/** Server-side sort keys of the group list. */
export const GROUP_SORTS = ['status', 'lag', 'seconds', 'name'] as const;
export type GroupSort = (typeof GROUP_SORTS)[number];

/** Without `order`: worst first, names A→Z. */
export const GROUP_SORT_DEFAULT_ORDER: Record<GroupSort, SortOrder> = { status: 'desc', lag: 'desc', seconds: 'desc', name: 'asc' };
