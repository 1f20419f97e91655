import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runApp } from './start';

// The container image's entry point, bundled by dev/build-standalone.ts into
// .next/standalone/kafkascope.mjs beside Next's standalone server.js: migrations, collectors and
// the web tier, exactly as `npm start` runs them, from plain `node` without the repository.
void runApp({ kind: 'standalone', dir: dirname(fileURLToPath(import.meta.url)) });
