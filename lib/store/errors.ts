/** Errors that mean "the database cannot be reached right now" (as opposed to a bad query). */
export function isConnectionError(e: unknown): boolean {
  const text = e instanceof Error ? `${e.name} ${e.message} ${String((e as { code?: unknown }).code ?? '')} ${causeText(e)}` : String(e);
  return /ECONNREFUSED|ECONNRESET|EPIPE|Connection terminated|connection.*(closed|ended)|timeout exceeded when trying to connect|Client has encountered a connection error|DatabaseNotReachable|P1001|P1017|P2024|ETIMEDOUT|connect ENOENT|the database system is (starting up|shutting down)|terminating connection/i.test(text);
}

function causeText(e: Error): string {
  const c = (e as { cause?: unknown }).cause;
  return c instanceof Error ? `${c.name} ${c.message} ${String((c as { code?: unknown }).code ?? '')}` : '';
}
