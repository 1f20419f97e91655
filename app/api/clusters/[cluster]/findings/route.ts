import { clusterGet } from '@/lib/api/cluster-route';
import { FINDING_RULE_IDS, FINDING_SEVERITIES, FINDING_SUBJECT_KINDS } from '@/lib/model/findings';
import { DEFAULT_FINDING_PAGE_SIZE } from '@/lib/model/paging';
import { listFindings } from '@/lib/views/findings';

export const dynamic = 'force-dynamic';

export const GET = clusterGet({}, ({ cfg, p, db }) =>
  listFindings(db, cfg.id, {
    severity: p.oneOf('severity', FINDING_SEVERITIES),
    rule: p.oneOf('rule', FINDING_RULE_IDS),
    kind: p.oneOf('kind', FINDING_SUBJECT_KINDS),
    topic: p.string('topic'),
    broker: p.int('broker', { min: 0, max: 999_999_999 }),
    group: p.string('group'),
    page: p.int('page', { min: 1, max: 1_000_000, def: 1 }),
    pageSize: p.int('pageSize', { min: 1, max: 500, def: DEFAULT_FINDING_PAGE_SIZE }),
  }),
);
