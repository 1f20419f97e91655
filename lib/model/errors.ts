/**
 * Something asked for by name does not exist (a cluster, topic, broker, group, incident). Read
 * models throw it; the API layer answers 404 with its message. Not an HTTP type: a CLI or a test
 * can catch it just as well.
 */
export class NotFoundError extends Error {
  override name = 'NotFoundError';

  constructor(what: string) {
    super(`${what} not found`);
  }
}

export const notFound = (what: string): NotFoundError => new NotFoundError(what);
