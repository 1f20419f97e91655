/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Server-only packages with WASM or native-ish loading stay out of the bundle.
  serverExternalPackages: ['kafkajs', 'pg', '@prisma/adapter-pg', '@electric-sql/pglite', '@electric-sql/pglite-socket'],
  poweredByHeader: false,
};

export default nextConfig;
