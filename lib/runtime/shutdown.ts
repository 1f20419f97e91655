/** The longest a graceful stop may take before the process exits anyway. */
export const STOP_DEADLINE_MS = 15_000;

export interface SignalWatch {
  /** Whether SIGTERM or SIGINT has arrived. */
  received(): boolean;
  /** Settles never: the process exits once the stop has finished (0) or failed or overrun (1). */
  done: Promise<never>;
}

/**
 * A signal this soon after the first is the same request: Ctrl-C in a terminal reaches every
 * process of the group, and npm passes its own copy on as well.
 */
export const SAME_REQUEST_MS = 1000;

/**
 * On the first SIGTERM or SIGINT: runs `stop` and exits 0 (1 if it fails or takes longer than
 * `deadlineMs`). A second signal, a moment later, exits at once, for the operator who does not
 * want to wait.
 */
export function exitOnSignals(stop: () => Promise<void>, log: (msg: string) => void, deadlineMs = STOP_DEADLINE_MS): SignalWatch {
  let signal: NodeJS.Signals | null = null;
  let firstAt = 0;
  // process.exit ends the process; nothing awaiting this ever resumes.
  const done = new Promise<never>(() => undefined);
  const onSignal = (s: NodeJS.Signals) => {
    if (signal) {
      if (Date.now() - firstAt < SAME_REQUEST_MS) return;
      log(`${s} again: exiting without waiting`);
      process.exit(1);
    }
    signal = s;
    firstAt = Date.now();
    log(`${s}: stopping (the current polls finish and are written)…`);
    const t0 = Date.now();
    const deadline = setTimeout(() => {
      log(`still stopping after ${deadlineMs / 1000} s: exiting anyway`);
      process.exit(1);
    }, deadlineMs);
    stop().then(
      () => {
        clearTimeout(deadline);
        log(`stopped in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        process.exit(0);
      },
      (e: unknown) => {
        log(`stopping failed: ${e instanceof Error ? e.message : String(e)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return { received: () => signal !== null, done };
}
