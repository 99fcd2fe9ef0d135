import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute, routePath, type Route } from '../../src/app/routes';

const places: [string, Route][] = [
  ['/', { name: 'catalogue' }],
  ['/scenario/first-meeting', { name: 'scenario', storyId: 'first-meeting' }],
  ['/play/first-meeting', { name: 'play', storyId: 'first-meeting', assignmentId: null }],
  ['/play/first-meeting?assignment=a1', { name: 'play', storyId: 'first-meeting', assignmentId: 'a1' }],
  ['/debrief/first-meeting', { name: 'debrief', storyId: 'first-meeting' }],
  ['/attempts/0b6c', { name: 'attempt', attemptId: '0b6c' }],
  ['/home', { name: 'home' }],
  ['/method', { name: 'method' }],
  ['/manage', { name: 'manage' }],
  ['/manage/teams/t1', { name: 'team', teamId: 't1' }],
  ['/manage/teams/t1/overview', { name: 'team-view', view: 'overview', teamId: 't1', query: {} }],
  ['/manage/teams/t1/heatmap?assignment=a1&phase=2&from=2026-11-01&sort=-best', { name: 'team-view', view: 'heatmap', teamId: 't1', query: { assignment: 'a1', phase: '2', from: '2026-11-01', sort: '-best' } }],
  ['/manage/teams/t1/traps?story=first-meeting&version=3', { name: 'team-view', view: 'traps', teamId: 't1', query: { story: 'first-meeting', version: '3' } }],
  ['/manage/people/u1', { name: 'person', userId: 'u1' }],
  ['/progress', { name: 'progress' }],
  ['/certificates/AbC-_x', { name: 'certificate', code: 'AbC-_x' }],
  ['/login', { name: 'login' }],
  ['/setup?token=abc', { name: 'setup', token: 'abc' }],
  ['/invite/tok', { name: 'invite', token: 'tok' }],
  ['/reset/tok', { name: 'reset', token: 'tok' }],
];

describe('routes', () => {
  it.each(places)('%s parses to its route and formats back', (url, route) => {
    const [path = '', query = ''] = url.split('?');
    expect(parseRoute(path, query ? `?${query}` : '')).toEqual(route);
    expect(routePath(route)).toBe(url);
  });

  it('names anything else not-found, including malformed escapes and extra segments', () => {
    for (const path of ['/nope', '/scenario', '/scenario/a/b', '/play/%E0%A4%A', '/manage/teams', '/manage/x/y', '/manage/teams/t1/nope', '/manage/teams/t1/overview/x', '/manage/people', '/certificates']) {
      expect(parseRoute(path).name).toBe('not-found');
    }
    expect(parseRoute('/home/')).toEqual({ name: 'home' });
  });

  it('round-trips any id, whatever characters it holds', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => !/^\.+$/.test(s)), (id) => {
        const route: Route = { name: 'scenario', storyId: id };
        const url = new URL(routePath(route), 'http://x');
        expect(parseRoute(url.pathname, url.search)).toEqual(route);
      }),
    );
  });

  it('keeps only the review filters a team view knows, in one order, and drops empty ones', () => {
    const route = parseRoute('/manage/teams/t1/overview', '?sort=name&evil=1&story=&segment=innovators');
    expect(route).toEqual({ name: 'team-view', view: 'overview', teamId: 't1', query: { sort: 'name', segment: 'innovators' } });
    expect(routePath(route)).toBe('/manage/teams/t1/overview?segment=innovators&sort=name');
  });
});
