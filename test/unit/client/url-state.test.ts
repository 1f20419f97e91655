// What the screens keep in their URL: values read strictly, defaults left out, ranges both ways.
import { describe, expect, it } from 'vitest';
import { GROUP_SORT_DEFAULT_ORDER } from '@/lib/model/groups';
import { groupListParsers, groupsRequest, loadGroupListState, loadTopicListState, queryString, topicListParsers, topicsKey, topicsRequest } from '@/lib/client/list-queries';
import { eventFilterParsers, fromRangeSel, orderParam, toRangeSel } from '@/lib/client/url-state';
import { TOPIC_SORT_DEFAULT_ORDER } from '@/lib/model/topics';

describe('time ranges', () => {
  it('a custom range needs both ends in order; otherwise the preset (or the default) holds', () => {
    expect(toRangeSel({ range: '24h', from: '2026-01-01T00:00:00.000Z', to: '2026-01-02T00:00:00.000Z' })).toEqual({ kind: 'custom', from: '2026-01-01T00:00:00.000Z', to: '2026-01-02T00:00:00.000Z' });
    expect(toRangeSel({ range: '1h', from: '2026-01-02T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z' })).toEqual({ kind: 'preset', preset: '1h' });
    expect(toRangeSel({ range: 'all', from: null, to: null })).toEqual({ kind: 'all' });
  });

  it('choosing a preset drops from/to, choosing a custom range drops the preset', () => {
    expect(fromRangeSel({ kind: 'preset', preset: '7d' })).toEqual({ range: '7d', from: null, to: null });
    expect(fromRangeSel({ kind: 'custom', from: 'a', to: 'b' })).toEqual({ range: null, from: 'a', to: 'b' });
  });
});

describe('topic list', () => {
  it('reads only what the API takes', () => {
    expect(topicListParsers.page.parse('3')).toBe(3);
    expect([topicListParsers.page.parse('0'), topicListParsers.page.parse('-2'), topicListParsers.page.parse('x')]).toEqual([null, null, null]);
    expect([topicListParsers.pageSize.parse('100'), topicListParsers.pageSize.parse('70')]).toEqual([100, null]);
    expect([topicListParsers.internal.parse('false'), topicListParsers.internal.parse('nope')]).toEqual([false, null]);
    expect([topicListParsers.sort.parse('messages'), topicListParsers.sort.parse('bogus')]).toEqual(['messages', null]);
    expect(topicListParsers.status.parse('rf1')).toBe('rf1');
  });

  it("leaves `order` out when it is the key's own direction", () => {
    expect(orderParam('messages', 'desc', TOPIC_SORT_DEFAULT_ORDER)).toBeNull();
    expect(orderParam('messages', 'asc', TOPIC_SORT_DEFAULT_ORDER)).toBe('asc');
    expect(orderParam('name', 'desc', TOPIC_SORT_DEFAULT_ORDER)).toBe('desc');
    expect(orderParam('lag', 'desc', GROUP_SORT_DEFAULT_ORDER)).toBeNull();
  });
});

describe('group list and events', () => {
  it('takes known statuses and event types only, types in any case and in the filter order', () => {
    expect([groupListParsers.status.parse('STOP'), groupListParsers.status.parse('stop')]).toEqual(['STOP', null]);
    expect(eventFilterParsers.type.parse('isr_shrink,BROKER_DOWN,NOPE')).toEqual(['BROKER_DOWN', 'ISR_SHRINK']);
    expect(eventFilterParsers.type.serialize(['BROKER_DOWN', 'ISR_SHRINK'])).toBe('BROKER_DOWN,ISR_SHRINK');
    expect([eventFilterParsers.broker.parse('0'), eventFilterParsers.broker.parse('1.5')]).toEqual([0, null]);
  });
});

describe('a list page read on the server', () => {
  it('parses its search parameters as the browser does and asks the API for the same query under the same key', () => {
    const state = loadTopicListState({ q: 'orders', page: 'abc', pageSize: '70', sort: 'messages', internal: 'false', status: ['rf1', 'offline'] });
    const request = topicsRequest(state);
    expect(request).toEqual({ q: 'orders', status: 'rf1', internal: false, sort: 'messages', order: undefined, page: 1, pageSize: 50 });
    expect(queryString(request)).toBe('?q=orders&status=rf1&internal=false&sort=messages&page=1&pageSize=50');
    // What the list's hook builds from the browser's parsed URL: the same key.
    const browser = topicsRequest({ q: 'orders', status: 'rf1', internal: false, sort: 'messages', order: null, page: 1, pageSize: 50 });
    expect(topicsKey('c', browser)).toEqual(topicsKey('c', request));
    expect(groupsRequest(loadGroupListState({}))).toEqual({ q: '', status: undefined, behind: undefined, sort: undefined, order: undefined, page: 1, pageSize: 50 });
    expect(queryString(groupsRequest(loadGroupListState({ status: 'STOP', order: 'sideways' })))).toBe('?status=STOP&page=1&pageSize=50');
  });
});
