import { badRequest, handle } from '@/lib/api/http';
import { Params } from '@/lib/api/params';
import { isEventType, type EventType } from '@/lib/model/events';
import { getDb } from '@/lib/store/client';
import { clusterConfig } from '@/lib/config/clusters';
import { listEventGroups, listEvents } from '@/lib/views/events';

export const dynamic = 'force-dynamic';

export function GET(req: Request, ctx: { params: Promise<{ cluster: string }> }) {
  return handle(async () => {
    const { cluster } = await ctx.params;
    const cfg = clusterConfig(cluster);
    const p = Params.of(req);
    const from = p.time('from');
    const to = p.time('to');
    if (from && to && from > to) throw badRequest('parameter "from" must not be after "to"');
    const cursor = p.string('cursor');
    if (cursor !== undefined && !/^\d{1,19}$/.test(cursor)) throw badRequest(`parameter "cursor" is not a cursor from a previous page: "${cursor}"`);
    const grouped = p.oneOf('view', ['list', 'grouped'] as const) === 'grouped';
    return (grouped ? listEventGroups : listEvents)(getDb(), cfg.id, {
      types: parseTypes(p.string('type')),
      brokerId: p.int('broker', { min: 0, max: 2 ** 31 - 1 }),
      topic: p.string('topic'),
      from,
      to,
      limit: p.int('limit', { min: 1, max: 1000, def: 100 }) ?? 100,
      cursor: cursor === undefined ? undefined : BigInt(cursor),
    });
  });
}

function parseTypes(raw: string | undefined): EventType[] | undefined {
  if (raw === undefined) return undefined;
  const types = raw.split(',').map((t) => t.trim().toUpperCase());
  const bad = types.filter((t) => !isEventType(t));
  if (bad.length > 0) throw badRequest(`parameter "type": unknown event type ${bad.map((b) => `"${b}"`).join(', ')}`);
  return types as EventType[];
}
