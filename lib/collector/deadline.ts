export class DeadlineError extends Error {
  override name = 'DeadlineError';
}

/** Resolves or rejects with `p`, or rejects with DeadlineError after `ms`. Never leaves a timer behind. */
export async function withDeadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  if (ms <= 0) throw new DeadlineError(`${what}: no time left in this poll`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`${what}: timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
