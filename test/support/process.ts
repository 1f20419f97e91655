import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';

/** A process the test started, in a process group of its own, with its output kept. */
export interface Started {
  child: ChildProcess;
  pid: number;
  output(): string;
  /** Exit code (null when killed by a signal) and how long after `since` it came. */
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

export function start(cmd: string, args: string[], opts: { env: NodeJS.ProcessEnv; cwd?: string }): Started {
  const child = spawn(cmd, args, { env: opts.env, cwd: opts.cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    // Its output may still be arriving (children holding the pipes); output() has what came.
    child.once('exit', (code, signal) => {
      const at = Date.now();
      setTimeout(() => resolve({ code, signal, at }), 100);
    }),
  );
  if (child.pid === undefined) throw new Error(`could not start ${cmd}`);
  return { child, pid: child.pid, output: () => out, exit };
}

/** Live processes (not zombies) whose process group is `pgid`. */
export function processGroup(pgid: number): { pid: number; command: string }[] {
  const found: { pid: number; command: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') {
        found.push({ pid: Number(entry), command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').trim() });
      }
    } catch {
      // exited while we looked
    }
  }
  return found;
}

/** Ends whatever is left of a process group (after a failed test). */
export function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // nothing left
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** Whether something accepts connections on 127.0.0.1:port. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

/** Polls `url` until it answers 200 or `started` exits (then fails with its output). */
export async function waitForOk(url: string, started: Started, timeoutMs: number): Promise<void> {
  let exited = false;
  void started.exit.then(() => (exited = true));
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`the process exited before ${url} answered:\n${started.output()}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > end) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms:\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
