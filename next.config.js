import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Server-only packages with WASM or native-ish loading stay out of the bundle.
  serverExternalPackages: ['kafkajs', 'pg', '@prisma/adapter-pg', '@electric-sql/pglite', '@electric-sql/pglite-socket'],
  poweredByHeader: false,
  // forbidden(): a viewer on an admin page gets a 403 (app/forbidden.tsx), not a 200 saying no.
  experimental: { authInterrupts: true },
  // Security headers (CSP with a per-request nonce, nosniff, …) are set in proxy.ts.
};

/**
 * Every `next build` also writes the standalone server (.next/standalone/server.js) that the
 * container image runs (see Dockerfile and dev/build-standalone.ts). Only the build gets
 * `output: 'standalone'`: `next start`, which `npm start` uses, warns that it does not work with
 * that setting, although it serves the same build.
 * @param {string} phase
 */
export default function config(phase) {
  return phase === PHASE_PRODUCTION_BUILD ? { ...nextConfig, output: 'standalone' } : nextConfig;
}
