// The layer rules of eslint.layers.mjs really fail a back-edge import (and let a forward one
// through): linted here as if the snippets were files in those folders.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const problems = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath })).flatMap((r) => r.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message));

// The first lint loads the whole config and typescript-eslint's parser: seconds on a busy 2-core machine.
describe('layers point one way', { timeout: 60_000 }, () => {
  it('lib/model may import nothing else of lib/', async () => {
    const got = await problems('lib/model/example.ts', "import { createDb } from '@/lib/store/client';\nexport const x = createDb;\n");
    expect(got).toHaveLength(1);
    expect(got[0]).toContain('layers point one way');
  });

  it('lib/store may not import the collector (the layer above it)', async () => {
    expect(await problems('lib/store/example.ts', "import { COLLECTOR } from '@/lib/collector/settings';\nexport const x = COLLECTOR;\n")).toHaveLength(1);
  });

  it('lib/views may not import lib/api, nor lib/analysis lib/kafka', async () => {
    expect(await problems('lib/views/example.ts', "import { handle } from '@/lib/api/http';\nexport const x = handle;\n")).toHaveLength(1);
    expect(await problems('lib/analysis/example.ts', "import type { ClusterMetadata } from '@/lib/kafka/types';\nexport type X = ClusterMetadata;\n")).toHaveLength(1);
  });

  it('the browser side takes view shapes as types only, and never the database', async () => {
    expect(await problems('components/Example.tsx', "import type { Overview } from '@/lib/views/overview';\nexport type X = Overview;\n")).toEqual([]);
    expect(await problems('components/Example.tsx', "import { overview } from '@/lib/views/overview';\nexport const x = overview;\n")).toHaveLength(1);
    expect(await problems('lib/client/example.ts', "import { getDb } from '@/lib/store/client';\nexport const x = getDb;\n")).toHaveLength(1);
  });

  it('sessions and passwords stay on the server: lib/auth below lib/api, out of the browser side', async () => {
    expect(await problems('lib/auth/example.ts', "import { handle } from '@/lib/api/http';\nexport const x = handle;\n")).toHaveLength(1);
    expect(await problems('components/Example.tsx', "import { decodeSession } from '@/lib/auth/session';\nexport const x = decodeSession;\n")).toHaveLength(1);
    expect(await problems('lib/client/example.ts', "import { hashPassword } from '@/lib/auth/password';\nexport const x = hashPassword;\n")).toHaveLength(1);
    expect(await problems('lib/notify/example.ts', "import { recordPoll } from '@/lib/store/record-poll';\nexport const x = recordPoll;\n")).toHaveLength(1);
    expect(await problems('lib/api/example.ts', "import { identify } from '@/lib/auth/identify';\nimport { sendTestAlert } from '@/lib/notify/test-alert';\nexport const x = [identify, sendTestAlert];\n")).toEqual([]);
  });

  it('lets imports that point down through', async () => {
    expect(await problems('lib/collector/example.ts', "import { recordPoll } from '@/lib/store/record-poll';\nimport { diffStates } from '@/lib/analysis/events';\nexport const x = [recordPoll, diffStates];\n")).toEqual([]);
  });
});
