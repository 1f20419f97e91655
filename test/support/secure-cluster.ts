import fs from 'node:fs';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, Kafka, ResourcePatternTypes, logLevel, type AclEntry } from 'kafkajs';
import { LocalCluster, type ClusterOptions, type SecureUser } from '@/dev/kafka/cluster';
import type { ClusterConfig } from '@/lib/config/types';

/**
 * The secured cluster (SASL and TLS listeners, StandardAuthorizer) shared by the integration test
 * files that need it: the first to ask starts it, the others find it running, and the
 * integration project's global teardown wipes it. Its own ports (default base 23092, apart from
 * the dev tool's secured default 24092) and folder.
 */
export function secureClusterOptions(env: Record<string, string | undefined> = process.env): ClusterOptions & { basePort: number } {
  const basePort = Number(env.KAFKA_TEST_SECURE_BASE_PORT ?? 23092);
  return { basePort, dataDir: env.KAFKA_TEST_SECURE_DATA_DIR ?? `dev/.cache/test-secure-cluster-${basePort}`, secure: { users: USERS } };
}

/** One principal per set of ACLs the tests give (see ACL_SETS); the password is `<name>-secret`. */
export const PRINCIPALS = ['kafkascope', 'no-configs', 'no-groups', 'no-read', 'no-cluster', 'no-topics'] as const;
export type Principal = (typeof PRINCIPALS)[number];
const USERS: SecureUser[] = PRINCIPALS.map((name) => ({ name, password: `${name}-secret` }));
export const password = (p: Principal) => `${p}-secret`;

type Operation = 'Describe' | 'DescribeConfigs' | 'Read';
/** The ACLs Kafkascope needs, exactly as docs/kafka-permissions.md lists them. */
export const KAFKASCOPE_ACLS: { resource: 'cluster' | 'topic' | 'group'; operations: Operation[] }[] = [
  { resource: 'cluster', operations: ['Describe', 'DescribeConfigs'] },
  { resource: 'topic', operations: ['Describe', 'DescribeConfigs', 'Read'] },
  { resource: 'group', operations: ['Describe'] },
];

/** What each principal lacks of KAFKASCOPE_ACLS. */
const MISSING: Record<Principal, { resource: 'cluster' | 'topic' | 'group'; operation: Operation }[]> = {
  kafkascope: [],
  'no-configs': [
    { resource: 'cluster', operation: 'DescribeConfigs' },
    { resource: 'topic', operation: 'DescribeConfigs' },
  ],
  'no-groups': [{ resource: 'group', operation: 'Describe' }],
  'no-read': [{ resource: 'topic', operation: 'Read' }],
  'no-cluster': [{ resource: 'cluster', operation: 'Describe' }],
  // Read implies Describe in Kafka: without Describe means without both.
  'no-topics': [
    { resource: 'topic', operation: 'Describe' },
    { resource: 'topic', operation: 'Read' },
  ],
};

const RESOURCE = { cluster: AclResourceTypes.CLUSTER, topic: AclResourceTypes.TOPIC, group: AclResourceTypes.GROUP };
const OPERATION = { Describe: AclOperationTypes.DESCRIBE, DescribeConfigs: AclOperationTypes.DESCRIBE_CONFIGS, Read: AclOperationTypes.READ };

/** The ACL entries of one principal: KAFKASCOPE_ACLS less what it is meant to lack (on every topic and group). */
function aclsOf(principal: string, missing: { resource: string; operation: Operation }[]): AclEntry[] {
  return KAFKASCOPE_ACLS.flatMap(({ resource, operations }) =>
    operations
      .filter((op) => !missing.some((m) => m.resource === resource && m.operation === op))
      .map((op) => ({
        resourceType: RESOURCE[resource],
        resourceName: resource === 'cluster' ? 'kafka-cluster' : '*',
        resourcePatternType: ResourcePatternTypes.LITERAL,
        principal,
        host: '*',
        operation: OPERATION[op],
        permissionType: AclPermissionTypes.ALLOW,
      })),
  );
}

let started: Promise<LocalCluster> | null = null;

/** The shared secured cluster, started (and its ACLs granted) once. */
export function secureCluster(): Promise<LocalCluster> {
  started ??= (async () => {
    const cluster = new LocalCluster({ ...secureClusterOptions(), log: (m) => console.log(`[secure-cluster] ${m}`) });
    await cluster.start();
    // The mTLS client certificate's CN is `kafkascope` too; the TLS-only listener's principal is ANONYMOUS.
    const acls = [
      ...PRINCIPALS.flatMap((p) => aclsOf(`User:${p}`, MISSING[p])),
      ...aclsOf('User:ANONYMOUS', []),
    ];
    await asAdmin(cluster, (admin) => admin.createAcls({ acl: acls }));
    return cluster;
  })();
  return started;
}

/**
 * Stops the secured cluster's nodes (its data, certificates and ACLs stay) when a test file is done
 * with it: its three JVMs beside the shared cluster slow every later test on a 2-core machine. The
 * next file that asks for it starts them again.
 */
export async function releaseSecureCluster(): Promise<void> {
  const cluster = await started?.catch(() => null);
  await cluster?.stop();
}

/** Runs `f` with a kafkajs admin client logged in as the cluster's super user. */
export async function asAdmin<T>(cluster: LocalCluster, f: (admin: ReturnType<Kafka['admin']>) => Promise<T>): Promise<T> {
  const admin = adminKafka(cluster).admin();
  await admin.connect();
  try {
    return await f(admin);
  } finally {
    await admin.disconnect();
  }
}

export function adminKafka(cluster: LocalCluster): Kafka {
  const admin = cluster.users?.[0];
  if (!admin) throw new Error('not a secured cluster');
  return new Kafka({
    clientId: 'kafkascope-test-admin',
    brokers: cluster.brokers(),
    logLevel: logLevel.NOTHING,
    sasl: { mechanism: 'plain', username: admin.name, password: admin.password },
  });
}

/** A cluster config for Kafkascope on one listener of the secured cluster. */
export function securedConfig(cluster: LocalCluster, id: string, over: Partial<ClusterConfig> & Pick<ClusterConfig, 'brokers'>): ClusterConfig {
  return { id, name: id, pollIntervalMs: 5000, ...over };
}

export const ca = (cluster: LocalCluster) => fs.readFileSync(cluster.tls.caFile, 'utf8');

/** Global teardown: the secured cluster, if a test file started it. */
export async function wipeSecureCluster(): Promise<void> {
  const cluster = new LocalCluster(secureClusterOptions());
  if (fs.existsSync(cluster.dataDir)) await cluster.wipe();
}
