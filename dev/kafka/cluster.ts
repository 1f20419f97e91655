// LocalCluster: a real 3-node KRaft Kafka cluster (combined broker+controller nodes) for dev and tests.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as cfg from './config';
import type { NodeLayout } from './config';
import { DevKafkaError } from './errors';
import { ensureJars } from './jars';
import { checkPorts, diedError, killNode, nodePid, prepareNode, spawnNode, stopNode } from './node';
import { run, sleep, javaBin, type RunResult } from './process';
import { brokerViews } from './readiness';
import * as sec from './secure';
import { ensureTls, tlsFiles, type TlsFiles } from './tls';
import { toolInvocation, type KafkaTool } from './tools';

export interface ClusterOptions {
  basePort?: number; // default: env KAFKA_BASE_PORT or 19092
  dataDir?: string; // default: env KAFKA_DATA_DIR or dev/.cache/cluster-<basePort>
  readyTimeoutMs?: number; // default 90 s
  log?: (msg: string) => void; // progress messages (default: silent)
  /**
   * A secured cluster: SASL and TLS listeners and an authorizer instead of the plaintext listener
   * (dev/kafka/secure.ts; default base port 24092). A data dir formatted so stays secured.
   */
  secure?: boolean | sec.SecurityOptions;
}

export interface NodeStatus {
  id: number;
  port: number;
  controllerPort: number;
  rack: string;
  pid: number | null;
  running: boolean;
  logFile: string;
}

export type { KafkaTool } from './tools';
export type { SecureListener, SecureUser } from './secure';
export type { TlsFiles } from './tls';
export type ToolResult = RunResult;

export class LocalCluster {
  readonly basePort: number;
  readonly dataDir: string;
  readonly nodes: readonly NodeLayout[];
  /** The SASL users of a secured cluster (`admin` first, the super user); null for a plaintext one. */
  readonly users: readonly sec.SecureUser[] | null;
  private readonly readyTimeoutMs: number;
  private readonly log: (msg: string) => void;

  constructor(opts: ClusterOptions = {}) {
    const wantSecure = opts.secure !== undefined && opts.secure !== false;
    const secureDefault = wantSecure && opts.basePort === undefined && !process.env.KAFKA_BASE_PORT;
    this.basePort = cfg.resolveBasePort(opts.basePort ?? (secureDefault ? sec.DEFAULT_SECURE_BASE_PORT : undefined));
    this.dataDir = cfg.resolveDataDir(this.basePort, opts.dataDir);
    const marker = sec.readMarker(this.dataDir);
    if (wantSecure && !marker && fs.existsSync(path.join(this.dataDir, 'cluster.id'))) {
      throw new DevKafkaError(`${this.dataDir} holds a plaintext cluster; wipe it before starting a secured one there`);
    }
    this.users = marker?.users ?? (wantSecure ? sec.allUsers(opts.secure === true ? {} : (opts.secure as sec.SecurityOptions)) : null);
    const extra = this.users ? sec.EXTRA_PORT_OFFSETS : [];
    this.nodes = cfg.NODE_IDS.map((id) => cfg.nodeLayout(this.dataDir, this.basePort, id, extra));
    this.readyTimeoutMs = opts.readyTimeoutMs ?? 90_000;
    this.log = opts.log ?? (() => {});
  }

  get secured(): boolean {
    return this.users !== null;
  }

  /** Addresses of one listener of a secured cluster ('sasl' is what brokers() returns). */
  listener(name: sec.SecureListener): string[] {
    if (!this.secured) throw new DevKafkaError('this cluster is not secured: it has only plaintext listeners');
    return this.nodes.map((n) => sec.listenerAddress(n, name));
  }

  /** The CA, broker and client certificates of a secured cluster (made by start()). */
  get tls(): TlsFiles {
    return tlsFiles(path.join(this.dataDir, 'tls'));
  }

  /** Kafka client properties logging in as the super user `admin` (secured clusters; written by start()). */
  get adminConfigFile(): string {
    return path.join(this.dataDir, 'admin.properties');
  }

  /** The KRaft cluster id ('' until start() has formatted the data dir). */
  get clusterId(): string {
    try {
      return fs.readFileSync(path.join(this.dataDir, 'cluster.id'), 'utf8').trim();
    } catch {
      return '';
    }
  }

  /** ['127.0.0.1:19092', '127.0.0.1:19093', '127.0.0.1:19094'] */
  brokers(): string[] {
    return this.nodes.map((n) => `${cfg.HOST}:${n.port}`);
  }

  bootstrap(): string {
    return this.brokers().join(',');
  }

  node(id: number): NodeLayout {
    const node = this.nodes.find((n) => n.id === id);
    if (!node) throw new DevKafkaError(`unknown node id ${String(id)} (valid: ${cfg.NODE_IDS.join(', ')})`);
    return node;
  }

  async fetchJars(): Promise<void> {
    await ensureJars(this.log);
  }

  /** Fetches jars, formats new nodes, starts every stopped node, waits until all three brokers are live. */
  async start(): Promise<void> {
    const stopped = this.nodes.filter((n) => nodePid(n) === null);
    for (const node of stopped) await checkPorts(node);
    const libs = await this.prepare();
    for (const node of stopped) await spawnNode(node, libs, this.log);
    await this.waitReady(stopped);
  }

  /** Graceful stop of all nodes (SIGTERM, SIGKILL after 30 s). */
  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((n) => stopNode(n, this.log)));
  }

  /** kill -9 one node; no-op if it is not running. */
  async kill(id: number): Promise<void> {
    await killNode(this.node(id));
  }

  /** Stops the node if running, starts it, and waits until it is back in the cluster metadata. */
  async restart(id: number): Promise<void> {
    const node = this.node(id);
    if (!this.nodes.some((n) => n.id !== id && nodePid(n) !== null)) {
      throw new DevKafkaError(`cannot restart node ${id}: no other node is running (use start)`);
    }
    await stopNode(node, this.log);
    await checkPorts(node);
    const libs = await this.prepare();
    await spawnNode(node, libs, this.log);
    await this.waitReady([node]);
  }

  async status(): Promise<NodeStatus[]> {
    return this.nodes.map((n) => {
      const pid = nodePid(n);
      return { id: n.id, port: n.port, controllerPort: n.controllerPort, rack: n.rack, pid, running: pid !== null, logFile: n.logFile };
    });
  }

  /** Stops the cluster and deletes its data dir. */
  async wipe(): Promise<void> {
    await this.stop();
    if (!fs.existsSync(this.dataDir)) return;
    if (!fs.readdirSync(this.dataDir).every((e) => /^(node-\d+|cluster\.id|tools\.log|tls|secure\.json|admin\.properties)$/.test(e))) {
      throw new DevKafkaError(`refusing to delete ${this.dataDir}: it contains files not created by dev/kafka`);
    }
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** Runs one of Kafka's CLI tools against this cluster (--bootstrap-server added unless given). */
  async runTool(tool: KafkaTool, args: string[], opts: { inherit?: boolean } = {}): Promise<ToolResult> {
    const libs = await ensureJars(this.log);
    fs.mkdirSync(this.dataDir, { recursive: true });
    const jvm = cfg.toolJvmArgs(path.join(this.dataDir, 'tools.log'), libs);
    const hint = 'install a JDK 17+ or set JAVA_HOME';
    const clientConfig = this.secured ? this.adminConfigFile : undefined;
    return run(javaBin(), [...jvm, ...toolInvocation(tool, args, this.bootstrap(), clientConfig)], { ...opts, missingHint: hint });
  }

  /** Jars, cluster id, server.properties and storage formatting for every node; returns the libs dir. */
  private async prepare(): Promise<string> {
    const libs = await ensureJars(this.log);
    fs.mkdirSync(this.dataDir, { recursive: true });
    let clusterId = this.clusterId;
    if (!clusterId) {
      clusterId = newKafkaUuid();
      fs.writeFileSync(path.join(this.dataDir, 'cluster.id'), `${clusterId}\n`);
    }
    if (!this.users) {
      await Promise.all(this.nodes.map((n) => prepareNode(n, this.basePort, clusterId, libs, this.log)));
      return libs;
    }
    const users = [...this.users];
    const tls = await ensureTls(path.join(this.dataDir, 'tls'), this.log);
    sec.writeMarker(this.dataDir, { users });
    fs.writeFileSync(this.adminConfigFile, sec.adminClientProperties(), { mode: 0o600 });
    const formatArgs = sec.scramFormatArgs(users);
    await Promise.all(
      this.nodes.map((n) => prepareNode(n, this.basePort, clusterId, libs, this.log, { properties: sec.secureProperties(n, users, tls), formatArgs })),
    );
    return libs;
  }

  /** Waits until every running node's broker reports every running node as a live broker. */
  private async waitReady(started: readonly NodeLayout[]): Promise<void> {
    const deadline = Date.now() + this.readyTimeoutMs;
    for (;;) {
      const dead = started.find((n) => nodePid(n) === null);
      if (dead) throw diedError(dead);
      const running = this.nodes.filter((n) => nodePid(n) !== null);
      const login = this.secured ? { username: sec.ADMIN.name, password: sec.ADMIN.password } : undefined;
      const views = await brokerViews(running.map((n) => `${cfg.HOST}:${n.port}`), login);
      const lagging = running.filter((_, i) => !running.every((r) => views[i]?.includes(r.id)));
      if (lagging.length === 0) return;
      if (Date.now() > deadline) {
        const ids = lagging.map((n) => n.id).join(', ');
        const logs = lagging.map((n) => path.relative(process.cwd(), n.logFile)).join(', ');
        throw new DevKafkaError(`cluster not ready after ${this.readyTimeoutMs / 1000}s: node(s) ${ids} not serving (see ${logs})`);
      }
      await sleep(500);
    }
  }
}

/** A random Kafka Uuid: 16 bytes, base64url without padding; Kafka avoids a leading '-'. */
function newKafkaUuid(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}
