# One image for every Sitrep service; the command picks the service (`serve <name>`).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production SITREP_MODE=scaled
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./
COPY --from=build /app/data ./data
USER node
EXPOSE 3000
ENTRYPOINT ["node", "dist/sitrep/main.cjs"]
CMD ["serve", "ingest-api", "stream-processor", "query-api"]
