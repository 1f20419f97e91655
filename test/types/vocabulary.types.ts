// Type tests, checked by `tsc --noEmit` (part of `npm run verify`): a table over the event
// vocabulary that leaves a type out does not compile. If one of these stopped being an error,
// `@ts-expect-error` itself would fail the build — so the tables really are exhaustive.
import { EVENT_SEVERITY } from '@/lib/model/event-severity';
import { EVENT_TYPE_INFO, type EventDetailsMap, type EventType } from '@/lib/model/events';

const { ALERT_RESOLVED: _severityLeftOut, ...severityWithoutOne } = EVENT_SEVERITY;
// @ts-expect-error a severity table without ALERT_RESOLVED is not a severity table
export const severities: typeof EVENT_SEVERITY = severityWithoutOne;

const { CLUSTER_REACHABLE: _infoLeftOut, ...infoWithoutOne } = EVENT_TYPE_INFO;
// @ts-expect-error the filter labels must name every type
export const labels: Record<EventType, { label: string }> = infoWithoutOne;

/** Sentences, incident roles and decoders are `{ [T in EventType]: (details of T) => … }` tables. */
type Table<R> = { [T in EventType]: (details: EventDetailsMap[T]) => R };
// @ts-expect-error a table with one entry is not a table over the vocabulary
export const partial: Table<string> = { BROKER_DOWN: (d) => d.host };
// @ts-expect-error and each entry gets its own type's details: BROKER_DOWN has no `groupId`
export const wrongDetails: Pick<Table<string>, 'BROKER_DOWN'> = { BROKER_DOWN: (d) => d.groupId };
