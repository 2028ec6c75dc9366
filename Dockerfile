# syntax=docker/dockerfile:1
# Multi-stage build: compile TypeScript and better-sqlite3's native addon in a full build
# stage, then copy only what runs into a slim image that runs as the unprivileged `node` user.

FROM node:22-bookworm-slim AS build
WORKDIR /app
# node-gyp needs a compiler and Python to build better-sqlite3 from source.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Install without running `prepare` (the sources are not copied yet), then build the addon.
RUN npm ci --ignore-scripts --no-audit --no-fund \
 && npm rebuild better-sqlite3 --build-from-source
COPY tsconfig.json tsconfig.build.json drizzle.config.ts ./
COPY src ./src
COPY seed ./seed
COPY openapi ./openapi
COPY migrations ./migrations
COPY web ./web
COPY scripts ./scripts
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_PATH=/data/negotiations.db \
    LOG_LEVEL=info
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/migrations ./migrations
COPY --from=build --chown=node:node /app/seed ./seed
COPY --from=build --chown=node:node /app/openapi ./openapi
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Tokens: docker exec <container> node dist/src/cli/token.js create --name NAME --scope write
# Run node directly (not npm) so SIGTERM reaches the server and it closes gracefully; the
# command is `npm start`'s, flags included (test/server.test.ts checks that they agree).
CMD ["node", "--max-semi-space-size=2", "--heap-growing-percent=50", "dist/src/server.js"]
