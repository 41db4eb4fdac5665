#!/usr/bin/env bash
# `npm run test:mssql [-- <jest arguments>]`: the whole suite on a real SQL Server 2022 (ADR 018).
# Starts docker/mssql-test.compose.yml, waits until SQL Server answers, runs `npm test` with
# TEST_MSSQL_URL (so every test file gets a database of its own there, and the SQL-Server-only
# tests in test/mssql are defined), then removes the container and its data, pass or fail.
# Needs Docker with the compose plugin (or docker-compose) and ~2 GB of memory for SQL Server.
# With TEST_MSSQL_URL already set, runs the suite against that server instead of starting one.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -n "${TEST_MSSQL_URL:-}" ]]; then
  exec npm test -- "$@"
fi

if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
else
  echo "test:mssql: needs Docker with compose (docker compose or docker-compose)" >&2
  exit 2
fi

export MSSQL_SA_PASSWORD="${MSSQL_SA_PASSWORD:-Outpatient-Test-2027}"
export MSSQL_TEST_PORT="${MSSQL_TEST_PORT:-14333}"
project="outpatient-mssql-test-$$"
file=docker/mssql-test.compose.yml
down() { "${compose[@]}" -p "$project" -f "$file" down -v --remove-orphans >/dev/null 2>&1 || true; }
trap down EXIT

echo "==> starting SQL Server 2022 on 127.0.0.1:${MSSQL_TEST_PORT}"
"${compose[@]}" -p "$project" -f "$file" up -d
container="$("${compose[@]}" -p "$project" -f "$file" ps -q mssql)"
for i in $(seq 1 90); do
  status="$(docker inspect -f '{{.State.Health.Status}}' "$container" 2>/dev/null || echo unknown)"
  [[ "$status" == healthy ]] && break
  if [[ "$status" == unhealthy || $i -eq 90 ]]; then
    echo "test:mssql: SQL Server did not become healthy (status: $status)" >&2
    "${compose[@]}" -p "$project" -f "$file" logs --tail 50 mssql >&2 || true
    exit 1
  fi
  sleep 2
done
echo "==> SQL Server is up; running the suite"

export TEST_MSSQL_URL="mssql://sa:${MSSQL_SA_PASSWORD}@127.0.0.1:${MSSQL_TEST_PORT}/master?encrypt=false"
npm test -- "$@"
