# syntax=docker/dockerfile:1
# gateway: the partner-facing front interface server. It has no database settings and gets no
# SQL files. Build from the repository root:
#   docker build -f docker/gateway.Dockerfile .

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
COPY --from=build /app/dist/apps/gateway ./dist/apps/gateway
# The SMS / WeChat / push stand-in for demos (compose's provider-simulator service).
COPY --from=build /app/dist/apps/provider-simulator ./dist/apps/provider-simulator
COPY docker/entrypoint.sh ./docker/
USER node
EXPOSE 3000
ENTRYPOINT ["sh", "/app/docker/entrypoint.sh"]
CMD ["node", "dist/apps/gateway/apps/gateway/src/main.js"]
