import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A refusal the client is told about as `{ error, message }`; anything else is a 500. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const fail = (status: ContentfulStatusCode, code: string, message: string): never => {
  throw new HttpError(status, code, message);
};

export const notFound = (what: string): never => fail(404, 'not-found', `No such ${what}, or it is not yours to see.`);
