import { clusterGet } from '@/lib/api/cluster-route';
import { badRequest } from '@/lib/api/http';
import { isEventType, type EventType } from '@/lib/model/events';
import { listEventGroups, listEvents } from '@/lib/views/events';

export const dynamic = 'force-dynamic';

export const GET = clusterGet({}, ({ cfg, p, db }) => {
  const from = p.time('from');
  const to = p.time('to');
  if (from && to && from > to) throw badRequest('parameter "from" must not be after "to"');
  const grouped = p.oneOf('view', ['list', 'grouped'] as const) === 'grouped';
  return (grouped ? listEventGroups : listEvents)(db, cfg.id, {
    types: parseTypes(p.string('type')),
    brokerId: p.int('broker', { min: 0, max: 2 ** 31 - 1 }),
    topic: p.string('topic'),
    from,
    to,
    limit: p.int('limit', { min: 1, max: 1000, def: 100 }) ?? 100,
    cursor: p.int64('cursor'),
  });
});

function parseTypes(raw: string | undefined): EventType[] | undefined {
  if (raw === undefined) return undefined;
  const types = raw.split(',').map((t) => t.trim().toUpperCase());
  const bad = types.filter((t) => !isEventType(t));
  if (bad.length > 0) throw badRequest(`parameter "type": unknown event type ${bad.map((b) => `"${b}"`).join(', ')}`);
  return types as EventType[];
}
