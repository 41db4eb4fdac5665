# syntax=docker/dockerfile:1
# booking-core: the intranet service that owns the database. Build from the repository root:
#   docker build -f docker/booking-core.Dockerfile .
# The SQL files stay at the app root next to dist/ (/app/db): the migrator finds db/ by walking
# up from its compiled file.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY nest-cli.json tsconfig.json ./
COPY apps ./apps
COPY libs ./libs
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY db ./db
COPY data ./data
# The statistics definitions the dashboard serves at /dashboard/definitions (decision 022).
COPY docs/statistics.md ./docs/statistics.md
COPY docker/entrypoint.sh docker/init-secrets.js ./docker/
COPY scripts/demo-clients.js ./scripts/
USER node
EXPOSE 3001
ENTRYPOINT ["sh", "/app/docker/entrypoint.sh"]
CMD ["node", "dist/apps/booking-core/apps/booking-core/src/main.js"]
