import type { MiddlewareHandler } from 'hono';
import { originOf, type AppDeps, type AppEnv } from '../context';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request must come from a page of this app: its Origin header must be ours.
 * SameSite=Lax already keeps the cookie off most cross-site requests; this closes the rest
 * (and refuses a replayed cookie sent from anywhere else). A request without an Origin is
 * refused too: browsers always send one on POST.
 */
export function originCheck(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin !== originOf(c, deps)) {
      return c.json({ error: 'csrf', message: 'This request did not come from a Pitchless page (its Origin does not match), so it was refused.' }, 403);
    }
    return next();
  };
}
