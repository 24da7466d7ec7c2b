# lake: the daemon as a container. Multi-stage: dependencies are installed in a build stage (which has
# the toolchain npm may need) and only the runtime files are copied into a slim image that runs as a
# non-root user. Mount the config at /etc/lake and keep the lake on a volume (/var/lib/lake) or on S3.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund \
 && npm cache clean --force

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    LAKE_CONFIG=/etc/lake/lake.yaml
WORKDIR /app
RUN groupadd --system lake && useradd --system --gid lake --home-dir /var/lib/lake --create-home lake
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY bin ./bin
COPY src ./src
COPY config ./config
COPY samples ./samples
RUN mkdir -p /etc/lake /var/lib/lake && chown -R lake:lake /var/lib/lake
USER lake
VOLUME ["/var/lib/lake"]
EXPOSE 9478
# /healthz answers while the process is alive, on observability.metrics.port (9478 in the shipped configs).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:9478/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
ENTRYPOINT ["node", "bin/lake.js"]
CMD ["run"]
