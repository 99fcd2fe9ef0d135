import DataLoader from 'dataloader';

/**
 * Requests that reach the server together each ask the database the same kind of thing: a
 * batch asks it once for all of them. The queries of one turn of the event loop (every request
 * read from the sockets in it) go together, after that turn: under load a few statements stand
 * for many requests, and alone a request waits for nothing but that turn.
 *
 * `run` answers each key, in order, or with an Error for that key alone. Nothing is cached: a
 * key asked again is asked of the database again. A batch holds at most `most` keys: an insert
 * of attempts has 17 parameters a row, and PostgreSQL takes 65,535 a statement.
 */
export function batched<K, V>(run: (keys: readonly K[]) => Promise<readonly (V | Error)[]>, most = 1000): (key: K) => Promise<V> {
  const loader = new DataLoader<K, V>(run, { cache: false, maxBatchSize: most, batchScheduleFn: (dispatch) => setImmediate(dispatch) });
  return (key) => loader.load(key);
}
