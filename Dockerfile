# syntax=docker/dockerfile:1
# Kafkascope in one image: Next's standalone server (output: 'standalone') with the start-up of
# `npm start` bundled beside it (kafkascope.mjs: migrations, collectors, web tier), run by plain
# `node` as a non-root user. Built by `docker compose up` (docker-compose.yml) or on its own:
#   docker build -t kafkascope . && docker run -p 127.0.0.1:3000:3000 -e KAFKA_BROKERS=… -e DATABASE_URL=… kafkascope
ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# The Prisma client is generated in the build stage, from the schema in the sources.
RUN npm ci --ignore-scripts --no-audit --no-fund

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# next build, then dev/build-standalone.ts completes .next/standalone (see there).
RUN npm run db:generate && npm run build

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOST=0.0.0.0 \
    PORT=3000 \
    KAFKASCOPE_DATA_DIR=/app/.data/pglite
COPY --from=build --chown=node:node /app/.next/standalone ./
# The embedded database's folder, used when DATABASE_URL is not set (mount a volume there).
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
# With authentication on, /api/health takes the metrics token; without one configured, a 401 still
# says the web tier answers.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "const t=process.env.KAFKASCOPE_METRICS_TOKEN;fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health',{headers:t?{authorization:'Bearer '+t}:{}}).then(r=>process.exit(r.ok||(!t&&r.status===401)?0:1),()=>process.exit(1))"]
# node is PID 1: it handles SIGTERM itself (finishes the current polls, stops the web server,
# closes the database, exits 0), so `docker stop` needs no init process.
STOPSIGNAL SIGTERM
CMD ["node", "kafkascope.mjs"]
