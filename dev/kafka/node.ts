// Operations on one Kafka node (a combined broker+controller JVM) of the local cluster.
import fs from 'node:fs';
import path from 'node:path';
import { HOST, nodeJvmArgs, renderServerProperties, toolJvmArgs, type NodeLayout } from './config';
import { DevKafkaError } from './errors';
import * as proc from './process';

type Log = (msg: string) => void;
const STOP_TIMEOUT_MS = 30_000;

/** Every port the node listens on. */
export function nodePorts(node: NodeLayout): number[] {
  return [node.port, ...node.extraPorts, node.controllerPort];
}

/** pid of the node's JVM if it is running, else null (the pid file is checked against /proc). */
export function nodePid(node: NodeLayout): number | null {
  const pid = proc.readPid(node.pidFile);
  return pid !== null && proc.isAlive(pid, node.propsFile) ? pid : null;
}

/** Writes server.properties (always) and formats the storage if it has never been formatted. */
export async function prepareNode(
  node: NodeLayout,
  basePort: number,
  clusterId: string,
  libs: string,
  log: Log,
  secure?: { properties: Record<string, string>; formatArgs: string[] },
) {
  fs.mkdirSync(node.dir, { recursive: true });
  fs.writeFileSync(node.propsFile, renderServerProperties(node, basePort, secure?.properties), { mode: 0o600 });
  if (fs.existsSync(path.join(node.logDir, 'meta.properties'))) return;
  log(`formatting node ${node.id} storage (cluster id ${clusterId})`);
  const jvm = toolJvmArgs(path.join(node.dir, 'format.log'), libs);
  const args = [...jvm, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', node.propsFile, ...(secure?.formatArgs ?? [])];
  const res = await proc.run(proc.javaBin(), args, { missingHint: 'install a JDK 17+ or set JAVA_HOME' });
  if (res.code !== 0) {
    throw new DevKafkaError(`formatting node ${node.id} failed: ${(res.stderr || res.stdout).trim().split('\n')[0]}`);
  }
}

export async function checkPorts(node: NodeLayout): Promise<void> {
  for (const port of nodePorts(node)) {
    if (!(await proc.isPortFree(port, HOST))) {
      throw new DevKafkaError(`port ${port} (node ${node.id}) is already in use; stop whatever uses it or set KAFKA_BASE_PORT`);
    }
  }
}

/** Starts the node's JVM detached (it outlives this process) and records its pid. */
export async function spawnNode(node: NodeLayout, libs: string, log: Log): Promise<void> {
  log(`starting node ${node.id} (broker ${HOST}:${node.port}, controller :${node.controllerPort})`);
  const args = [...nodeJvmArgs(node, libs), 'kafka.Kafka', node.propsFile];
  const pid = await proc.spawnDetached(proc.javaBin(), args, { cwd: node.dir, outFile: node.consoleFile });
  fs.writeFileSync(node.pidFile, `${pid}\n`);
}

/** SIGTERM, wait up to 30 s, then SIGKILL. */
export async function stopNode(node: NodeLayout, log: Log): Promise<void> {
  const pid = nodePid(node);
  if (pid !== null) {
    log(`stopping node ${node.id} (pid ${pid})`);
    proc.signal(pid, 'SIGTERM');
    if (!(await proc.waitForExit(pid, STOP_TIMEOUT_MS, node.propsFile))) {
      log(`node ${node.id} did not stop within ${STOP_TIMEOUT_MS / 1000}s; killing it`);
      await killNode(node);
    }
  }
  fs.rmSync(node.pidFile, { force: true });
}

/**
 * kill -9; no-op if the node is not running. Returns once its ports are free too: the process
 * is reaped before the kernel has closed its sockets, and a restart right away would find them taken.
 */
export async function killNode(node: NodeLayout): Promise<void> {
  const pid = nodePid(node);
  if (pid !== null) {
    proc.signal(pid, 'SIGKILL');
    await proc.waitForExit(pid, 10_000, node.propsFile);
    for (let i = 0; i < 50; i++) {
      const free = await Promise.all(nodePorts(node).map((p) => proc.isPortFree(p, HOST)));
      if (free.every(Boolean)) break;
      await proc.sleep(100);
    }
  }
  fs.rmSync(node.pidFile, { force: true });
}

/** Error for a node that died while we waited for it, pointing at its logs. */
export function diedError(node: NodeLayout): DevKafkaError {
  const rel = (p: string) => (path.relative(process.cwd(), p).startsWith('..') ? p : path.relative(process.cwd(), p));
  const why = proc.lastProblem(node.logFile) || proc.lastProblem(node.consoleFile) || 'no output';
  return new DevKafkaError(`node ${node.id} exited during startup: ${why.slice(0, 300)} (see ${rel(node.logFile)}, ${rel(node.consoleFile)})`);
}
