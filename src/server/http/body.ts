import type { Context } from 'hono';
import * as v from 'valibot';
import { fail } from './errors';

/**
 * A request's input checked against its schema in src/core/api.ts. The first problem is the
 * answer: 400 for a malformed request, or `valueStatus` (422) where a well-formed value breaks a
 * rule of the thing it names (a comment too long, say) and the route says so.
 */
export function checked<S extends v.GenericSchema>(schema: S, input: unknown, valueStatus: 400 | 422 = 400): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const where = v.getDotPath(issue);
  const status = issue.kind === 'validation' ? valueStatus : 400;
  return fail(status, status === 422 ? 'invalid' : 'malformed', where ? `${where}: ${issue.message}` : issue.message);
}

/** The request's JSON body, checked. */
export async function body<S extends v.GenericSchema>(c: Context, schema: S, valueStatus: 400 | 422 = 400): Promise<v.InferOutput<S>> {
  const text = await c.req.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail(400, 'malformed', 'The request body is not valid JSON.');
  }
  return checked(schema, parsed, valueStatus);
}

/** The query string's parameters, checked (the review's filters). */
export const query = <S extends v.GenericSchema>(c: Context, schema: S): v.InferOutput<S> => checked(schema, c.req.query());
