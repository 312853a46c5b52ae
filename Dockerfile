# QuoteWire: the Discord bot, compiled, on Node 24 LTS.
#   docker build -t quotewire .
#   docker run --env-file .env -v quotewire-cache:/var/cache/quotewire quotewire
# Without DISCORD_TOKEN the container runs the offline console (use `docker run -i`).

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

# 3. The image: compiled JavaScript, seeds and config; no TypeScript at run time; not root.
FROM node:24-slim
ENV NODE_ENV=production \
    CACHE_DIR=/var/cache/quotewire
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY seeds ./seeds
COPY config ./config
RUN mkdir -p /var/cache/quotewire && chown node:node /var/cache/quotewire
USER node
# Corpus snapshots survive restarts (and are shared by shards) here.
VOLUME ["/var/cache/quotewire"]
CMD ["node", "dist/index.js"]
