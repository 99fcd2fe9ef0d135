import * as v from 'valibot';
import { ErrorSchema, type ApiError } from '../core/api';

/**
 * The browser's client for the server API. Answers are checked against the shared schemas in
 * `src/core/api.ts`; every failure comes back as `{ error, message }`, the server's own or one
 * made here for a dropped connection (`network`) or an answer that does not fit (`bad-answer`).
 */

export type ApiResult<T> = { readonly ok: true; readonly status: number; readonly data: T } | ({ readonly ok: false; readonly status: number } & ApiError);

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiClient {
  get<S extends v.GenericSchema>(path: string, schema: S): Promise<ApiResult<v.InferOutput<S>>>;
  /** A state-changing request; `schema` null when the answer has no body (204). */
  post<S extends v.GenericSchema>(path: string, body: unknown, schema: S | null): Promise<ApiResult<v.InferOutput<S> | null>>;
  /** The same, for an edit (PATCH) or a removal (DELETE). */
  send<S extends v.GenericSchema>(method: 'PATCH' | 'DELETE', path: string, body: unknown, schema: S | null): Promise<ApiResult<v.InferOutput<S> | null>>;
}

export const NETWORK_ERROR = 'network';

export function createApiClient(fetchFn: Fetch): ApiClient {
  const call = async <S extends v.GenericSchema>(path: string, init: RequestInit, schema: S | null): Promise<ApiResult<v.InferOutput<S> | null>> => {
    let response: Response;
    try {
      response = await fetchFn(path, { ...init, credentials: 'same-origin', headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) } });
    } catch {
      return { ok: false, status: 0, error: NETWORK_ERROR, message: 'The server could not be reached.' };
    }
    const text = await response.text().catch(() => '');
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (a proxy's error page, say): handled below as a bad answer
    }
    if (!response.ok) {
      const problem = v.safeParse(ErrorSchema, json);
      return problem.success
        ? { ok: false, status: response.status, ...problem.output }
        : { ok: false, status: response.status, error: 'bad-answer', message: `The server answered ${response.status}.` };
    }
    if (!schema) return { ok: true, status: response.status, data: null };
    const parsed = v.safeParse(schema, json);
    return parsed.success
      ? { ok: true, status: response.status, data: parsed.output }
      : { ok: false, status: response.status, error: 'bad-answer', message: 'The server sent an answer this page does not understand.' };
  };
  return {
    get: async (path, schema) => {
      const result = await call(path, { method: 'GET' }, schema);
      return result as ApiResult<v.InferOutput<typeof schema>>;
    },
    post: (path, body, schema) => call(path, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) }, schema),
    send: (method, path, body, schema) => call(path, { method, body: body === undefined ? undefined : JSON.stringify(body) }, schema),
  };
}
