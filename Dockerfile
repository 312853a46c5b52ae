# QuoteWire: the Discord bot, compiled, on Node 24 LTS.
#   docker build -t quotewire .
#   docker run --env-file .env -v quotewire-cache:/app/.cache quotewire                  the bot
#   docker run --rm --env-file .env quotewire node dist/deploy-commands.js              register the commands
#   printf '/help\n' | docker run -i --rm quotewire                                      the offline console, no token
# Exit codes: 0 stopped cleanly (SIGTERM, or the console's input ended); 1 the corpus could not be loaded or an
# unexpected error; 2 a bad setting, including no DISCORD_TOKEN while stdin is /dev/null (`docker run` without -i):
# a container without a token fails loudly instead of restarting forever. RUN_MODE=bot makes a missing token an
# error even with input attached (compose's stdin_open, Kubernetes' stdin: true).

# 1. Compile TypeScript with the full (development) install.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --loglevel=warn --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# 2. Production dependencies only.
FROM node:24-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --loglevel=warn --no-audit --no-fund

# 3. The image: compiled JavaScript (the bot, the CLI, deploy-commands), seeds and config; no TypeScript at run
#    time; not root.
FROM node:24-slim
# The health endpoint, when HEALTH_PORT is set (e.g. 9464), listens on every interface of the container, so the
# orchestrator's probe reaches it; without HEALTH_PORT nothing listens.
ENV NODE_ENV=production HEALTH_HOST=0.0.0.0
# /coverage's chart writes its text in the system's fonts (@napi-rs/canvas reads /usr/share/fonts); the slim image has none.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
EXPOSE 9464
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY seeds ./seeds
COPY config ./config
# Corpus snapshots survive restarts (and are shared by shards) in the program's own default folder, /app/.cache:
# no CACHE_DIR is set here, so an empty CACHE_DIR= in an --env-file (as .env.example once had) still means this
# folder. Only the node user writes here; /app stays root's and read-only to the program.
RUN mkdir -p /app/.cache && chown node:node /app/.cache
USER node
VOLUME ["/app/.cache"]
CMD ["node", "dist/index.js"]
