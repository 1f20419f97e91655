import { freshDatabase } from '@/test/support/database';
import { serveUntilStopped } from './serve-until-stopped';

// A second app instance for e2e/auth.spec.ts, with authentication on: the spec writes its config
// file and passes users, the OpenID provider, secrets and the port in the environment. Its own
// empty database; stopped (and the database dropped) on SIGTERM.
await serveUntilStopped(process.env, await freshDatabase());
