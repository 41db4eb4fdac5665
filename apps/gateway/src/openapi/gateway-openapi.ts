import type { DocumentBuilder, OpenAPIObject } from '@nestjs/swagger';
import { addChineseSummaries } from './summaries-zh';

/** The four headers of a signed request, as OpenAPI security schemes required together. */
export const SIGNATURE_SCHEMES = {
  PartnerAppId: { header: 'X-App-Id', description: 'The partner id from the partners file.' },
  RequestTimestamp: {
    header: 'X-Timestamp',
    description: 'Unix seconds; refused beyond 300 s of the gateway clock.',
  },
  RequestNonce: {
    header: 'X-Nonce',
    description: '16–64 visible ASCII characters, never reused within 10 minutes.',
  },
  RequestSignature: {
    header: 'X-Signature',
    description:
      'base64 HMAC-SHA256 of the canonical request with the partner secret (see the description above).',
  },
} as const;

export const GATEWAY_API_DESCRIPTION = `
The partner API of the outpatient appointment platform (前置接口服务器): one signed, throttled,
idempotent booking API for web, app, WeChat, third-party and community channels. Every channel
books from the same pool of numbers; the channel of a booking is the partner's own.

## Signing every request

Send four headers: \`X-App-Id\`, \`X-Timestamp\` (Unix seconds), \`X-Nonce\` (16–64 characters, new
for every request) and \`X-Signature\`:

    X-Signature = base64( HMAC-SHA256( secret,
                    METHOD + "\\n" + PATH_AND_QUERY + "\\n" + TIMESTAMP + "\\n" + NONCE + "\\n"
                    + hex( SHA-256( raw body bytes ) ) ) )

No trailing newline; an empty body hashes the empty string; PATH_AND_QUERY is exactly what is
on the request line. Test vector: secret \`s3cret\`, \`POST\`, \`/v1/appointments?x=1\`, timestamp
\`1700000000\`, nonce \`abcdef0123456789\`, body \`{"a":1}\` →
\`PjtTjxI4k0FVLB9bjReUYyZuxLhevNrmwFtGEJ6OPPc=\`.

Refusals: unknown app 401 \`UNKNOWN_PARTNER\`; wrong or missing signature 401
\`SIGNATURE_INVALID\`; timestamp more than 300 s away 401 \`TIMESTAMP_SKEW\`; nonce seen in the last
10 minutes 401 \`NONCE_REPLAYED\`; caller outside the partner's IP allowlist 403 \`IP_NOT_ALLOWED\`;
over the partner's rate 429 \`RATE_LIMITED\` with \`Retry-After\`. The repository's partner client
(\`npm run partner -- GET /v1/departments\`) signs for you.

## Idempotency

Every POST needs an \`Idempotency-Key\` (scope: your partner id; kept 24 h). The same key with the
same request returns the first answer again; with another request, 422
\`IDEMPOTENCY_KEY_REUSED\`; while the first is still running, 409 \`IDEMPOTENCY_IN_PROGRESS\`;
missing, 400 \`IDEMPOTENCY_KEY_MISSING\`. When nothing was decided (503, 429) the key is released
and the same request may be retried under it.

## 503: the outcome may be unknown — retry with the same key

A 503 (\`CORE_UNAVAILABLE\`, \`DATABASE_UNAVAILABLE\`, \`DEADLINE_EXCEEDED\`, \`SHUTTING_DOWN\`,
\`STORE_UNAVAILABLE\`) on a POST carries \`outcome\`: \`NOT_APPLIED\` (nothing was done) or
\`UNKNOWN\` (the booking service did not confirm: it may have been applied). In both cases retry
the **same request with the same Idempotency-Key**: it is always safe — if the first attempt was
applied, the retry returns its result (the same appointment), never a second booking. Each call
is bounded by a deadline (1.5 s by default): work that cannot finish in time is rolled back.
A 500 \`INTERNAL_ERROR\` is a fault on our side that a retry will meet again: quote its
\`requestId\` to the hospital.

## Callbacks

A partner with a \`callbackUrl\` in its registration receives events about the appointments it
booked (\`BOOKING_CONFIRMED\`, \`REMINDER\`, \`CANCELLED\`, \`VOIDED_LATE\`, \`SUBSTITUTED\`,
\`SUSPENDED\`) as \`POST <callbackUrl>\` with a JSON body \`{ eventId, event, appointmentId, code,
status, data }\` (schema \`PartnerCallbackRequest\`; see the \`bookAppointment\` operation's
callbacks), and \`WAITLIST_OFFER\` when a number is offered to a patient on the waitlist it
joined (no appointment yet: \`appointmentId\` null, the offer in \`data\`: \`offerEntryId\`,
\`offerHoldId\`, \`offerVisitNo\`, \`offerStartsAt\`, \`offerExpiresAt\`, …; a \`SUSPENDED\` event
carries the same fields when the hospital holds a priority offer for the patient). Partners without
a callback URL get none.

- **Signature**: the gateway signs a callback exactly as you sign requests — \`X-App-Id\` (your
  id), \`X-Timestamp\`, \`X-Nonce\`, \`X-Signature\` = HMAC-SHA256 with *your* secret over
  \`POST\`, the callback URL's path and query, the timestamp, the nonce and the SHA-256 of the body.
  Verify it, the 300 s window and the nonce as the gateway does.
- **Answer** 2xx within 5 s to acknowledge. Anything else, or no answer, is a failed attempt.
- **Retries**: after a failure the event is sent again with exponential backoff and jitter —
  about 5 s, 10 s, 20 s … capped at 10 minutes — up to 8 attempts (the hospital's setting
  \`notification_max_attempts\`); then it is set aside for the hospital, which can send it again.
- **At least once**: a repeat can follow a lost acknowledgement; \`eventId\` is the same, so
  deduplicate on it. Events of one appointment may arrive out of order: \`status\` is its state now.

## Errors

\`application/problem+json\`: \`{ type, title, status, detail, code, requestId }\`; compare \`code\`.
Every refusal is problem+json, including 413 (body over 64 KB), 414 (a path segment over 100
characters), 415 (a body that is not \`application/json\`) and 431 (headers over 16 KB). Text
fields refuse control characters. Personal data is masked in every response: names, document
numbers and mobiles. Instants carry the hospital's offset (\`+08:00\`).
`.trim();

export function configureGatewayOpenApi(builder: DocumentBuilder): DocumentBuilder {
  let b = builder
    .setLicense('Proprietary', 'https://outpatient.example/terms')
    .setContact('Platform operations', 'https://outpatient.example/support', 'platform@outpatient.example')
    .addServer('http://127.0.0.1:3000', 'npm start on this machine')
    .addTag('catalog', 'Departments, doctors, sessions and their numbers')
    .addTag('appointments', 'Booking, reading and cancelling')
    .addTag('holds', 'Holding a number for a few minutes, then confirming or releasing it (R5)')
    .addTag('patients', "A patient's appointments from every channel")
    .addTag(
      'triage',
      'Self-triage (自助导诊): body part → symptoms → red flags → the right department (navigation, not diagnosis)',
    )
    .addTag('health', 'Liveness and readiness (no signature)');
  for (const [name, scheme] of Object.entries(SIGNATURE_SCHEMES))
    b = b.addApiKey(
      { type: 'apiKey', in: 'header', name: scheme.header, description: scheme.description },
      name,
    );
  // One requirement object: all four headers together.
  return b.addSecurityRequirements(Object.fromEntries(Object.keys(SIGNATURE_SCHEMES).map((n) => [n, []])));
}

/** A callback's non-2xx answers are the partner's: documented as what they make the gateway do. */
export function completeGatewayDocument(document: OpenAPIObject): OpenAPIObject {
  addChineseSummaries(document);
  for (const item of Object.values(document.paths))
    for (const operation of Object.values(item) as { callbacks?: Record<string, Record<string, object>> }[])
      for (const callback of Object.values(operation?.callbacks ?? {}))
        for (const target of Object.values(callback) as Record<
          string,
          { summary?: string; responses?: object }
        >[])
          for (const call of Object.values(target)) {
            call.summary =
              'An event about an appointment this partner booked, POSTed to its callback URL (R8)';
            call.responses = {
              ...call.responses,
              '4XX': { description: 'Not acknowledged: the event is sent again later (see Callbacks above)' },
              '5XX': { description: 'Not acknowledged: the event is sent again later (see Callbacks above)' },
            };
          }
  return document;
}
