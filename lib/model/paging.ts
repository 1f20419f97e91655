// Page sizes of the paged lists (topics, groups, findings), shared by the API and the pages.

/** What the page-size menu offers. */
export const PAGE_SIZES = [25, 50, 100, 200] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 50;
/** Findings are longer (impact, fix commands): the API's default page when none is asked for. */
export const DEFAULT_FINDING_PAGE_SIZE = 100;
