'use client';

import Link from 'next/link';
import { paths, type TopicListParams } from '@/lib/client/paths';
import { useTopics } from '@/lib/client/queries';
import { orderOf, orderParam, useTopicListState } from '@/lib/client/url-state';
import { TOPIC_SORT_DEFAULT_ORDER } from '@/lib/model/topics';
import { Pager, PastTheEnd } from '@/components/parts/Pager';
import { QueryState } from '@/components/parts/QueryState';
import { TOPIC_STATUS_CHOICES, TopicFilters } from '@/components/parts/topics/TopicFilters';
import { TopicTable } from '@/components/parts/topics/TopicTable';
import { Card, EmptyState, ReadProblem, linkClass } from '@/components/parts/ui';

function describeFilters(p: TopicListParams): string {
  const status = TOPIC_STATUS_CHOICES.find((s) => s.value === p.status && s.value !== null)?.label.toLowerCase();
  return [p.q ? `name containing “${p.q}”` : null, status ?? null, p.internal === false ? 'not internal' : null].filter(Boolean).join(', ');
}

export function TopicsView({ cluster }: { cluster: string }) {
  const [p, set] = useTopicListState();
  const q = useTopics(cluster, p);
  const order = orderOf(p.sort, p.order, TOPIC_SORT_DEFAULT_ORDER);
  // Links keep the sort and page size; a new filter starts again at page 1.
  const hrefWith = (patch: Partial<TopicListParams>) => paths.topics(cluster, { ...p, page: 1, ...patch });
  const filtered = Boolean(p.q || p.status || !p.internal);
  const clearHref = paths.topics(cluster, { sort: p.sort, order: p.order, pageSize: p.pageSize });

  return (
    <div className="space-y-3">
      <h1 className="text-lg font-semibold">Topics</h1>
      <Card>
        <TopicFilters
          q={p.q}
          status={p.status}
          internal={p.internal}
          statusHref={(status) => hrefWith({ status })}
          clearHref={filtered ? clearHref : null}
          // Typing replaces the URL; it never piles up history entries.
          onSearch={(text) => void set((old) => (old.q === text ? {} : { q: text, page: null }), { history: 'replace' })}
          onInternal={(shown) => void set({ internal: shown, page: null })}
        />
        {q.data?.readProblem && <ReadProblem>Some topics are not shown: {q.data.readProblem}.</ReadProblem>}
        <QueryState query={q} what="topics">
          {(d) => {
            if (d.topics.length === 0) {
              if (d.total > 0 && p.page > 1) return <PastTheEnd page={p.page} total={d.total} pageSize={d.pageSize} hrefFor={(page) => hrefWith({ page })} />;
              return filtered ? (
                <EmptyState title={`No topics match: ${describeFilters(p)}`}>
                  <Link href={clearHref} className={linkClass}>
                    Clear filters
                  </Link>{' '}
                  to see all topics{p.status ? ', or pick another status above' : ''}.
                </EmptyState>
              ) : d.noDataReason ? (
                <EmptyState title="No data yet">
                  <span data-testid="no-data-reason">Kafkascope has not read this cluster: {d.noDataReason}.</span>
                </EmptyState>
              ) : (
                <EmptyState title="No topics in this cluster yet">Topics appear here within one poll of being created (kafka-topics --create …).</EmptyState>
              );
            }
            return (
              <div className={q.isPlaceholderData ? 'opacity-60 transition-opacity' : ''} aria-busy={q.isPlaceholderData}>
                <TopicTable
                  cluster={cluster}
                  topics={d.topics}
                  sort={p.sort}
                  order={order}
                  onSort={(sort, o) => void set({ sort, order: orderParam(sort, o, TOPIC_SORT_DEFAULT_ORDER), page: null })}
                />
                <Pager noun="topics" page={d.page} pageSize={d.pageSize} shown={d.topics.length} total={d.total} hrefFor={(page) => hrefWith({ page })} onPageSize={(n) => void set({ pageSize: n, page: null })} />
              </div>
            );
          }}
        </QueryState>
      </Card>
    </div>
  );
}
