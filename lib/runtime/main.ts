import { runApp } from './start';

// `npm start` (exec'd by npm, so SIGTERM to npm's pid reaches this process): the web tier is
// `next start` from this repository, built first when the build is missing or outdated.
void runApp({ kind: 'next-start' });
