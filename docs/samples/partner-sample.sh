#!/usr/bin/env bash
# Partner API signing recipe: curl + openssl (bash, coreutils).
#
#   ./partner-sample.sh                                   # prints the test vector's signature
#   ./partner-sample.sh BASE_URL APP_ID SECRET SESSION_ID
#   # or PARTNER_BASE_URL, PARTNER_APP_ID, PARTNER_SECRET, PARTNER_SESSION_ID in the environment;
#   # PATIENT_NAME, PATIENT_DOCUMENT_NO, PATIENT_MOBILE choose the patient (a demo patient by default)
#
# With a gateway it books the patient into the session (201) and then books the same patient into
# the same session again under a new Idempotency-Key (409 DUPLICATE_BOOKING), printing each status.
set -euo pipefail

# sign SECRET METHOD PATH_AND_QUERY TIMESTAMP NONCE BODY
#   X-Signature = base64(HMAC-SHA256(secret, METHOD\nPATH\nTIMESTAMP\nNONCE\nhex(SHA-256(body))))
sign() {
  local body_hash
  body_hash=$(printf '%s' "$6" | openssl dgst -sha256 -hex | sed 's/^.*= *//')
  printf '%s\n%s\n%s\n%s\n%s' "$2" "$3" "$4" "$5" "$body_hash" |
    openssl dgst -sha256 -hmac "$1" -binary | openssl base64 -A
}

# post PATH_AND_QUERY BODY → prints the HTTP status on the first line, then the body
post() {
  local ts nonce sig
  ts=$(date +%s)
  nonce=$(openssl rand -hex 16)            # new for every request
  sig=$(sign "$SECRET" POST "$1" "$ts" "$nonce" "$2")
  curl -sS -X POST "${BASE_URL%/}$1" \
    -H 'Content-Type: application/json' -H 'Accept: application/json' \
    -H "X-App-Id: $APP_ID" -H "X-Timestamp: $ts" -H "X-Nonce: $nonce" -H "X-Signature: $sig" \
    -H "Idempotency-Key: $(openssl rand -hex 16)" \
    --data-binary "$2" -w '\n%{http_code}' | { body=$(cat); printf '%s\n%s\n' "${body##*$'\n'}" "${body%$'\n'*}"; }
}

# A top-level string or number field of a JSON body (use jq where you have it).
field() { grep -o "\"$1\":\"\{0,1\}[^\",}]*" <<<"$2" | head -1 | sed 's/^[^:]*:"\{0,1\}//'; }

echo "test vector signature: $(sign s3cret POST '/v1/appointments?x=1' 1700000000 abcdef0123456789 '{"a":1}')"

BASE_URL=${1:-${PARTNER_BASE_URL:-}}
APP_ID=${2:-${PARTNER_APP_ID:-}}
SECRET=${3:-${PARTNER_SECRET:-}}
SESSION_ID=${4:-${PARTNER_SESSION_ID:-}}
[ -n "$BASE_URL" ] && [ -n "$APP_ID" ] && [ -n "$SECRET" ] && [ -n "$SESSION_ID" ] || exit 0

BODY=$(printf '{"sessionId":%d,"patient":{"name":"%s","documentType":"NATIONAL_ID","documentNo":"%s","mobile":"%s"}}' \
  "$SESSION_ID" "${PATIENT_NAME:-张三}" "${PATIENT_DOCUMENT_NO:-11010519491231002X}" "${PATIENT_MOBILE:-13812345678}")

answer=$(post /v1/appointments "$BODY")
status=$(head -1 <<<"$answer"); json=$(tail -n +2 <<<"$answer")
if [ "$status" = 201 ]; then
  echo "booked: 201 id=$(field id "$json") code=$(field code "$json") visitNo=$(field visitNo "$json") startsAt=$(field startsAt "$json")"
else
  echo "booked: $status code=$(field code "$json")"
fi

answer=$(post /v1/appointments "$BODY")
echo "again: $(head -1 <<<"$answer") code=$(field code "$(tail -n +2 <<<"$answer")")"
