#!/bin/sh
# Entry point of the booking-core and gateway images: a secret that is not given as an
# environment variable is read from the file named by <NAME>_FILE (docker compose mounts them
# from a volume that only that app sees); then the command replaces this shell (exec).
set -eu

if [ -z "${PII_KEY:-}" ] && [ -n "${PII_KEY_FILE:-}" ] && [ -r "${PII_KEY_FILE}" ]; then
  PII_KEY=$(cat "${PII_KEY_FILE}")
  export PII_KEY
fi
if [ -z "${CORE_TOKEN:-}" ] && [ -n "${CORE_TOKEN_FILE:-}" ] && [ -r "${CORE_TOKEN_FILE}" ]; then
  CORE_TOKEN=$(cat "${CORE_TOKEN_FILE}")
  export CORE_TOKEN
fi
# An empty value means "not set" to the apps' configuration.
[ -n "${PII_KEY:-}" ] || unset PII_KEY
[ -n "${CORE_TOKEN:-}" ] || unset CORE_TOKEN

exec "$@"
