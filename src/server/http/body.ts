import type { Context } from 'hono';
import * as v from 'valibot';
import { fail } from './errors';

/** The request's JSON body, validated by a schema from src/core/api.ts; 400 with the first problem otherwise. */
export async function body<S extends v.GenericSchema>(c: Context, schema: S): Promise<v.InferOutput<S>> {
  const text = await c.req.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail(400, 'malformed', 'The request body is not valid JSON.');
  }
  const result = v.safeParse(schema, parsed);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const where = v.getDotPath(issue);
  return fail(400, 'malformed', where ? `${where}: ${issue.message}` : issue.message);
}
