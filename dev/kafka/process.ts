// Small process helpers: locating java, detached spawning, pid files, liveness, port checks.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { DevKafkaError } from './errors';

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
}

export function javaBin(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs a command to completion. `inherit` streams output to this process instead of capturing it. */
export function run(
  cmd: string,
  args: string[],
  opts: { cwd?: string; inherit?: boolean; missingHint?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, stdio: opts.inherit ? 'inherit' : 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') reject(new DevKafkaError(`${cmd} not found${opts.missingHint ? ` (${opts.missingHint})` : ''}`));
      else reject(err);
    });
    child.on('close', (code, signal) => resolve({ stdout, stderr, code: code ?? (signal ? 128 : 1) }));
  });
}

/** Starts a process in its own session so it outlives us; returns its pid. */
export function spawnDetached(cmd: string, args: string[], opts: { cwd: string; outFile: string }): Promise<number> {
  const out = fs.openSync(opts.outFile, 'a');
  fs.writeSync(out, `\n=== ${new Date().toISOString()} ${cmd} ${args.join(' ')}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, detached: true, stdio: ['ignore', out, out] });
    child.on('error', (err: NodeJS.ErrnoException) => {
      fs.closeSync(out);
      reject(err.code === 'ENOENT' ? new DevKafkaError(`${cmd} not found (install a JDK 17+ or set JAVA_HOME)`) : err);
    });
    child.on('spawn', () => {
      fs.closeSync(out);
      child.unref();
      resolve(child.pid!);
    });
  });
}

export function readPid(pidFile: string): number | null {
  try {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** True if `pid` is alive and (where /proc exists) its command line contains `marker`. */
export function isAlive(pid: number, marker?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (!marker) return true;
  try {
    // A zombie (state Z) has exited but is not yet reaped by its parent.
    if (fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z')) return false;
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
  } catch {
    return process.platform !== 'linux'; // no /proc: trust kill(0)
  }
}

export async function waitForExit(pid: number, timeoutMs: number, marker?: string): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid, marker)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

export function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
}

export function isPortFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

function readTail(file: string, bytes = 64 * 1024): string {
  try {
    const fd = fs.openSync(file, 'r');
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.alloc(Math.min(size, bytes));
    fs.readSync(fd, buf, 0, buf.length, size - buf.length);
    fs.closeSync(fd);
    return buf.toString('utf8');
  } catch {
    return '';
  }
}

/** One-line summary of a log: the last ERROR/FATAL entry (plus its exception line), else the last line. */
export function lastProblem(file: string): string {
  const lines = readTail(file).split('\n').filter((l) => l.trim());
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^\[[^\]]*\] (?:ERROR|FATAL) (.*)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const next = lines[i + 1];
    return next && !/^(\s|\[)/.test(next) ? `${m[1]}: ${next}` : (m[1] ?? '');
  }
  return lines.at(-1) ?? '';
}
