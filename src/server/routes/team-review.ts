import { Hono } from 'hono';
import { ReviewFilterSchema, TrapMapQuerySchema } from '../../core/api';
import { heatMap, teamOverview } from '../../core/team-review';
import { managedTeam, pathId, withRole } from '../access';
import type { AppContext, AppDeps, AppEnv } from '../context';
import { attemptsCsv, csvFile, gradesCsv } from '../csv-exports';
import { query } from '../http/body';
import { teamReview } from '../review-data';
import { teamTrapMap } from '../trap-map';
import { teamsWithCounts } from './people';

/** The manager's view of one team: overview, heat map, trap map and the CSV exports (its manager, admins). */
export function teamReviewRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono<AppEnv>();

  const reviewOf = async (c: AppContext) => {
    const user = withRole(c, 'manager', 'admin');
    const team = await managedTeam(db, user, pathId(c.req.param('teamId'), 'team'));
    const filter = query(c, ReviewFilterSchema);
    return { team, review: await teamReview(db, deps.stories, team.id, filter, deps.now()) };
  };

  app.get('/teams/:teamId/overview', async (c) => {
    const { team, review } = await reviewOf(c);
    const [withCount] = await teamsWithCounts(db, [team]);
    return c.json({ team: withCount, assignments: review.input.assignments, rows: teamOverview(review.input) });
  });

  app.get('/teams/:teamId/heatmap', async (c) => {
    const { review } = await reviewOf(c);
    return c.json(heatMap(review.input));
  });

  app.get('/teams/:teamId/trap-map', async (c) => {
    const user = withRole(c, 'manager', 'admin');
    const team = await managedTeam(db, user, pathId(c.req.param('teamId'), 'team'));
    return c.json(await teamTrapMap(deps, team.id, query(c, TrapMapQuerySchema)));
  });

  app.get('/teams/:teamId/export/attempts.csv', async (c) => {
    const { team, review } = await reviewOf(c);
    return csvFile(c, `${team.name} attempts.csv`, attemptsCsv(review, deps.stories));
  });

  app.get('/teams/:teamId/export/grades.csv', async (c) => {
    const { team, review } = await reviewOf(c);
    return csvFile(c, `${team.name} grades.csv`, gradesCsv(review));
  });

  return app;
}
