import { Injectable, Logger } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { DomainError } from '@app/common';
import type { ErrorCode } from '@app/contracts';
import { NONCE_PATTERN, SIGNATURE_HEADERS, signRequest } from '@app/partner-client';
import type { Partner } from '../partners/partner';
import { PartnerRegistry } from '../partners/partner-registry';
import { GatewayStore } from '../store/gateway-store';

/** DESIGN §5: a request more than 300 s from the gateway's clock is refused… */
export const MAX_SKEW_SECONDS = 300;
/** …and a nonce is remembered for 10 minutes, longer than any timestamp is accepted. */
export const NONCE_TTL_MS = 10 * 60 * 1000;

export interface SignedRequest {
  method: string;
  /** Exactly as on the request line. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  /** Names and values as received (Node joins repeated headers with ", " in `headers`). */
  rawHeaders?: string[];
  ip: string | undefined;
  rawBody: Buffer | undefined;
}

/**
 * R20: the interface server admits only known callers. Checks, in order: a known app id, the
 * caller's address, the timestamp window, the HMAC signature over the raw body bytes
 * (constant-time), and only then records the nonce — so an unsigned request cannot burn a
 * partner's nonces.
 */
@Injectable()
export class RequestVerifier {
  private readonly logger = new Logger('RequestVerifier');

  constructor(
    private readonly partners: PartnerRegistry,
    private readonly store: GatewayStore,
  ) {}

  async verify(request: SignedRequest, nowMs: number = Date.now()): Promise<Partner> {
    const repeated = repeatedSignatureHeader(request.rawHeaders ?? []);
    if (repeated) return this.refuse('SIGNATURE_INVALID', `${repeated} was sent more than once`, undefined);
    const appId = single(request.headers[SIGNATURE_HEADERS.appId]);
    if (!appId)
      return this.refuse('UNKNOWN_PARTNER', 'X-App-Id is missing: every request names its partner', appId);
    const partner = this.partners.find(appId);
    if (!partner) return this.refuse('UNKNOWN_PARTNER', 'X-App-Id names no known partner', appId);
    if (!this.partners.allowsAddress(partner, request.ip))
      return this.refuse(
        'IP_NOT_ALLOWED',
        `Address ${request.ip ?? 'unknown'} is not allowed for this partner`,
        appId,
      );

    const timestamp = single(request.headers[SIGNATURE_HEADERS.timestamp]);
    const nonce = single(request.headers[SIGNATURE_HEADERS.nonce]);
    const signature = single(request.headers[SIGNATURE_HEADERS.signature]);
    if (!timestamp || !/^\d{1,12}$/.test(timestamp))
      return this.refuse('SIGNATURE_INVALID', 'X-Timestamp must be Unix seconds', appId);
    if (!nonce || !NONCE_PATTERN.test(nonce))
      return this.refuse('SIGNATURE_INVALID', 'X-Nonce must be 16–64 visible ASCII characters', appId);
    if (!signature) return this.refuse('SIGNATURE_INVALID', 'X-Signature is required', appId);

    const skew = Math.abs(nowMs / 1000 - Number(timestamp));
    if (skew > MAX_SKEW_SECONDS)
      return this.refuse(
        'TIMESTAMP_SKEW',
        `X-Timestamp is ${Math.round(skew)} s from the gateway clock (max ${MAX_SKEW_SECONDS})`,
        appId,
      );

    const expected = signRequest(
      partner.secret,
      request.method,
      request.url,
      timestamp,
      nonce,
      request.rawBody,
    );
    if (!constantTimeEqual(signature, expected))
      return this.refuse('SIGNATURE_INVALID', 'X-Signature does not match the request', appId);

    if (!(await this.store.claim(`nonce:${partner.appId}:${nonce}`, timestamp, NONCE_TTL_MS)))
      return this.refuse('NONCE_REPLAYED', 'This X-Nonce was used in the last 10 minutes', appId);
    return partner;
  }

  private refuse(code: ErrorCode, detail: string, appId: string | undefined): never {
    this.logger.warn({ msg: 'partner request refused', code, appId: appId?.slice(0, 64) ?? null });
    throw new DomainError(code, detail);
  }
}

const DISPLAY_NAMES: Record<string, string> = {
  [SIGNATURE_HEADERS.appId]: 'X-App-Id',
  [SIGNATURE_HEADERS.timestamp]: 'X-Timestamp',
  [SIGNATURE_HEADERS.nonce]: 'X-Nonce',
  [SIGNATURE_HEADERS.signature]: 'X-Signature',
};

/** A signature header given twice is ambiguous (which one was signed?): refused outright. */
function repeatedSignatureHeader(rawHeaders: string[]): string | undefined {
  const seen = new Set<string>();
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i].toLowerCase();
    if (!(name in DISPLAY_NAMES)) continue;
    if (seen.has(name)) return DISPLAY_NAMES[name];
    seen.add(name);
  }
  return undefined;
}

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Compares the base64 texts byte for byte without an early exit (the lengths are public). */
function constantTimeEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
