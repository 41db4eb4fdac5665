import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * The partner API's request signature (DESIGN §5). Shared by the gateway, which verifies it, and
 * by partner code, which computes it, so both sides use the same bytes:
 *
 *   X-Signature = base64( HMAC-SHA256( secret,
 *                   METHOD + "\n" + PATH_AND_QUERY + "\n" + TIMESTAMP + "\n" + NONCE + "\n"
 *                   + hex( SHA-256( raw body bytes ) ) ) )
 *
 * No trailing newline. An empty body hashes the empty string. Node built-ins only.
 */
export const SIGNATURE_HEADERS = {
  appId: 'x-app-id',
  timestamp: 'x-timestamp',
  nonce: 'x-nonce',
  signature: 'x-signature',
} as const;

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** X-Nonce: 16–64 visible ASCII characters, unique per request for 10 minutes. */
export const NONCE_PATTERN = /^[\x21-\x7e]{16,64}$/;

export type BodyBytes = Uint8Array | string | undefined;

export function sha256Hex(body: BodyBytes): string {
  return createHash('sha256')
    .update(body ?? '')
    .digest('hex');
}

export function canonicalRequest(
  method: string,
  pathAndQuery: string,
  timestamp: string,
  nonce: string,
  body: BodyBytes,
): string {
  return [method.toUpperCase(), pathAndQuery, timestamp, nonce, sha256Hex(body)].join('\n');
}

export function signRequest(
  secret: string,
  method: string,
  pathAndQuery: string,
  timestamp: string,
  nonce: string,
  body: BodyBytes,
): string {
  return createHmac('sha256', secret)
    .update(canonicalRequest(method, pathAndQuery, timestamp, nonce, body))
    .digest('base64');
}

export function newNonce(): string {
  return randomBytes(16).toString('hex');
}

export interface SigningInput {
  appId: string;
  secret: string;
  method: string;
  /** Exactly what goes on the request line, e.g. `/v1/sessions?departmentId=2`. */
  pathAndQuery: string;
  body?: BodyBytes;
  /** Unix seconds; default now. */
  timestamp?: number;
  nonce?: string;
}

/** The four signature headers for one request. */
export function signatureHeaders(input: SigningInput): Record<string, string> {
  const timestamp = String(input.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = input.nonce ?? newNonce();
  return {
    [SIGNATURE_HEADERS.appId]: input.appId,
    [SIGNATURE_HEADERS.timestamp]: timestamp,
    [SIGNATURE_HEADERS.nonce]: nonce,
    [SIGNATURE_HEADERS.signature]: signRequest(
      input.secret,
      input.method,
      input.pathAndQuery,
      timestamp,
      nonce,
      input.body,
    ),
  };
}
