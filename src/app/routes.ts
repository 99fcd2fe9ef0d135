/**
 * Every place in the app has a URL. This file is the one table of them: a path parses to a
 * typed route, and a route formats back to the same path (links, copy-a-link, the History API).
 */

/** The manager's views of a team beside its people page. */
export const TEAM_VIEWS = ['overview', 'heatmap', 'traps'] as const;
export type TeamView = (typeof TEAM_VIEWS)[number];

/** What a team view is narrowed to, as its query string: filters, the trap map's scenario and version, the sort. */
export const REVIEW_KEYS = ['assignment', 'story', 'version', 'phase', 'segment', 'from', 'to', 'sort'] as const;
export type ReviewQuery = Readonly<Partial<Record<(typeof REVIEW_KEYS)[number], string>>>;

export type Route =
  | { readonly name: 'catalogue' }
  | { readonly name: 'scenario'; readonly storyId: string }
  | { readonly name: 'play'; readonly storyId: string; readonly assignmentId: string | null }
  | { readonly name: 'debrief'; readonly storyId: string }
  | { readonly name: 'attempt'; readonly attemptId: string }
  | { readonly name: 'home' }
  | { readonly name: 'method' }
  | { readonly name: 'manage' }
  | { readonly name: 'team'; readonly teamId: string }
  | { readonly name: 'team-view'; readonly view: TeamView; readonly teamId: string; readonly query: ReviewQuery }
  | { readonly name: 'person'; readonly userId: string }
  | { readonly name: 'progress' }
  | { readonly name: 'certificate'; readonly code: string }
  | { readonly name: 'login' }
  | { readonly name: 'setup'; readonly token: string }
  | { readonly name: 'invite'; readonly token: string }
  | { readonly name: 'reset'; readonly token: string }
  | { readonly name: 'not-found'; readonly path: string };

export type RouteName = Route['name'];

const segment = (value: string): string => encodeURIComponent(value);

/** The path (with query) of a route, as it appears in the address bar. */
export function routePath(route: Route): string {
  switch (route.name) {
    case 'catalogue':
      return '/';
    case 'scenario':
      return `/scenario/${segment(route.storyId)}`;
    case 'play':
      return `/play/${segment(route.storyId)}${route.assignmentId ? `?assignment=${segment(route.assignmentId)}` : ''}`;
    case 'debrief':
      return `/debrief/${segment(route.storyId)}`;
    case 'attempt':
      return `/attempts/${segment(route.attemptId)}`;
    case 'home':
      return '/home';
    case 'method':
      return '/method';
    case 'manage':
      return '/manage';
    case 'team':
      return `/manage/teams/${segment(route.teamId)}`;
    case 'team-view':
      return `/manage/teams/${segment(route.teamId)}/${route.view}${queryOf(route.query)}`;
    case 'person':
      return `/manage/people/${segment(route.userId)}`;
    case 'progress':
      return '/progress';
    case 'certificate':
      return `/certificates/${segment(route.code)}`;
    case 'login':
      return '/login';
    case 'setup':
      return route.token ? `/setup?token=${segment(route.token)}` : '/setup';
    case 'invite':
      return `/invite/${segment(route.token)}`;
    case 'reset':
      return `/reset/${segment(route.token)}`;
    case 'not-found':
      return route.path;
  }
}

/** The query string of a review query: its keys in one order, empty ones left out. */
export function queryOf(query: ReviewQuery): string {
  const params = new URLSearchParams();
  for (const key of REVIEW_KEYS) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function reviewQuery(query: URLSearchParams): ReviewQuery {
  return Object.fromEntries(REVIEW_KEYS.flatMap((key) => {
    const value = query.get(key);
    return value ? [[key, value]] : [];
  }));
}

const decode = (value: string): string | null => {
  try {
    const decoded = decodeURIComponent(value);
    return decoded === '' ? null : decoded;
  } catch {
    return null;
  }
};

/** The route a path (and query) names; anything unknown or malformed is `not-found`. */
export function parseRoute(pathname: string, search = ''): Route {
  const query = new URLSearchParams(search);
  const parts = pathname.replace(/\/+$/, '').split('/').slice(1);
  const [head = '', id, rest, more] = parts;
  const notFound: Route = { name: 'not-found', path: pathname };
  if (parts.length === 0) return { name: 'catalogue' };
  if (parts.length === 1) {
    if (head === 'home') return { name: 'home' };
    if (head === 'method') return { name: 'method' };
    if (head === 'manage') return { name: 'manage' };
    if (head === 'login') return { name: 'login' };
    if (head === 'progress') return { name: 'progress' };
    if (head === 'setup') return { name: 'setup', token: query.get('token') ?? '' };
    return notFound;
  }
  if (head === 'manage' && id === 'teams' && rest !== undefined && parts.length <= 4) {
    const teamId = decode(rest);
    const view = TEAM_VIEWS.find((v) => v === more);
    if (!teamId || (more !== undefined && !view)) return notFound;
    return view ? { name: 'team-view', view, teamId, query: reviewQuery(query) } : { name: 'team', teamId };
  }
  if (head === 'manage' && id === 'people' && rest !== undefined && parts.length === 3) {
    const userId = decode(rest);
    return userId ? { name: 'person', userId } : notFound;
  }
  const value = parts.length === 2 && id !== undefined ? decode(id) : null;
  if (!value) return notFound;
  switch (head) {
    case 'scenario':
      return { name: 'scenario', storyId: value };
    case 'play':
      return { name: 'play', storyId: value, assignmentId: query.get('assignment') || null };
    case 'debrief':
      return { name: 'debrief', storyId: value };
    case 'attempts':
      return { name: 'attempt', attemptId: value };
    case 'invite':
      return { name: 'invite', token: value };
    case 'reset':
      return { name: 'reset', token: value };
    case 'certificates':
      return { name: 'certificate', code: value };
    default:
      return notFound;
  }
}

/** Whether two routes are the same place (what Back and a repeated click compare). */
export function sameRoute(a: Route, b: Route): boolean {
  return routePath(a) === routePath(b);
}
