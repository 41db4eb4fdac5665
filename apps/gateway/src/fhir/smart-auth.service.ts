import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { decodeProtectedHeader, importJWK, jwtVerify, type JWTPayload } from 'jose';
import type { Partner } from '../partners/partner';
import { PartnerRegistry } from '../partners/partner-registry';
import { GatewayStore } from '../store/gateway-store';

/** Decision 024: access tokens live 5 minutes; a client assertion may not live longer. */
export const FHIR_TOKEN_SECONDS = 300;
export const MAX_ASSERTION_SECONDS = 300;
export const JWT_BEARER_ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const ALGORITHMS = ['RS384', 'ES384'];
const RESOURCES = ['Practitioner', 'HealthcareService', 'Location', 'Schedule', 'Slot', 'Appointment'];
/** Accepted scope grammar (SMART v1 system scopes): system/<Resource|*>.<read|write|*>. */
const SCOPE_PATTERN = new RegExp(`^system/(\\*|${RESOURCES.join('|')})\\.(read|write|\\*)$`);

/** OAuth 2.0 token-endpoint refusal (RFC 6749 §5.2): answered as `{error, error_description}`. */
export class OAuthError extends Error {
  constructor(
    readonly error: 'invalid_request' | 'invalid_client' | 'invalid_scope' | 'unsupported_grant_type',
    readonly description: string,
    readonly status = error === 'invalid_client' ? 401 : 400,
  ) {
    super(description);
  }
}

export interface TokenRequest {
  grant_type?: unknown;
  client_assertion_type?: unknown;
  client_assertion?: unknown;
  scope?: unknown;
}

export interface IssuedToken {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  scope: string;
}

interface StoredToken {
  appId: string;
  scopes: string[];
}

/**
 * SMART Backend Services (decision 024): a partner proves itself with a JWT signed by the key
 * registered for it in the partners file, and gets an opaque bearer token for 5 minutes, kept in
 * the gateway store (Redis when configured, so every instance knows it). Each assertion's jti is
 * kept until the assertion's exp, so an assertion cannot be used twice at any instance.
 */
@Injectable()
export class SmartAuthService {
  private readonly logger = new Logger('SmartAuth');

  constructor(
    private readonly partners: PartnerRegistry,
    private readonly store: GatewayStore,
  ) {}

  async issue(body: TokenRequest, tokenUrl: string, ip: string | undefined): Promise<IssuedToken> {
    if (body.grant_type !== 'client_credentials')
      throw new OAuthError('unsupported_grant_type', 'grant_type must be client_credentials');
    if (body.client_assertion_type !== JWT_BEARER_ASSERTION)
      throw new OAuthError('invalid_request', `client_assertion_type must be ${JWT_BEARER_ASSERTION}`);
    if (typeof body.client_assertion !== 'string' || !body.client_assertion)
      throw new OAuthError('invalid_request', 'client_assertion is required');
    if (typeof body.scope !== 'string' || !body.scope.trim())
      throw new OAuthError('invalid_scope', 'scope is required');
    const scopes = [...new Set(body.scope.trim().split(/\s+/))];
    const unknown = scopes.filter((s) => !SCOPE_PATTERN.test(s));
    if (unknown.length) throw new OAuthError('invalid_scope', `Unsupported scope: ${unknown.join(' ')}`);

    const partner = await this.verifyAssertion(body.client_assertion, tokenUrl, ip);
    const token = randomBytes(32).toString('base64url');
    const stored: StoredToken = { appId: partner.appId, scopes };
    await this.store.put(tokenKey(token), JSON.stringify(stored), FHIR_TOKEN_SECONDS * 1000);
    return {
      access_token: token,
      token_type: 'bearer',
      expires_in: FHIR_TOKEN_SECONDS,
      scope: scopes.join(' '),
    };
  }

  private async verifyAssertion(
    assertion: string,
    tokenUrl: string,
    ip: string | undefined,
  ): Promise<Partner> {
    const refuse = (why: string): never => {
      throw new OAuthError('invalid_client', why);
    };
    let header: ReturnType<typeof decodeProtectedHeader>;
    let claims: JWTPayload;
    try {
      header = decodeProtectedHeader(assertion);
      const [, payload] = assertion.split('.');
      claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as JWTPayload;
    } catch {
      return refuse('client_assertion is not a JWT');
    }
    if (typeof header.alg !== 'string' || !ALGORITHMS.includes(header.alg))
      return refuse('client_assertion must be signed with RS384 or ES384');
    const clientId = claims.iss;
    const partner = typeof clientId === 'string' ? this.partners.find(clientId) : undefined;
    if (!partner?.fhirJwk) return refuse('Unknown client, or no key registered for it');
    if (!this.partners.allowsAddress(partner, ip))
      return refuse('This address is not allowed for this client');
    let key: Awaited<ReturnType<typeof importJWK>>;
    try {
      key = await importJWK(partner.fhirJwk, header.alg);
    } catch {
      return refuse('The registered key does not fit the assertion algorithm');
    }
    let verified: JWTPayload;
    try {
      ({ payload: verified } = await jwtVerify(assertion, key, {
        algorithms: ALGORITHMS,
        issuer: partner.appId,
        subject: partner.appId,
        audience: tokenUrl,
        requiredClaims: ['exp', 'jti'],
      }));
    } catch (error) {
      this.logger.warn(`client assertion of ${partner.appId} refused: ${(error as Error).message}`);
      return refuse('client_assertion is invalid: signature, iss/sub, aud (the token URL) or exp');
    }
    const nowSeconds = Math.floor(Date.now() / 1000);
    const exp = verified.exp as number;
    if (exp - nowSeconds > MAX_ASSERTION_SECONDS)
      return refuse(`client_assertion exp must be within ${MAX_ASSERTION_SECONDS} s`);
    const jti = verified.jti;
    if (typeof jti !== 'string' || !jti || jti.length > 256)
      return refuse('client_assertion jti is required');
    const ttlMs = Math.max(1, exp - nowSeconds + 1) * 1000;
    if (!(await this.store.claim(`fhir:jti:${partner.appId}:${digest(jti)}`, '1', ttlMs)))
      return refuse('client_assertion jti was already used');
    return partner;
  }

  /** The partner and scopes of a live access token; null for an unknown or expired token. */
  async tokenOf(token: string): Promise<{ partner: Partner; scopes: string[] } | null> {
    const text = await this.store.get(tokenKey(token));
    if (!text) return null;
    const stored = JSON.parse(text) as StoredToken;
    const partner = this.partners.find(stored.appId);
    // A partner removed from the file, or whose key was withdrawn, loses its tokens.
    if (!partner?.fhirJwk) return null;
    return { partner, scopes: stored.scopes };
  }
}

/** Does one of `scopes` allow `action` on `resource`? (system/*.read covers system/Slot.read.) */
export function scopeAllows(scopes: readonly string[], resource: string, action: 'read' | 'write'): boolean {
  return scopes.some((s) => {
    const m = SCOPE_PATTERN.exec(s);
    return !!m && (m[1] === '*' || m[1] === resource) && (m[2] === '*' || m[2] === action);
  });
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

/** Only a digest of a token is kept: the store never holds a usable token. */
function tokenKey(token: string): string {
  return `fhir:token:${digest(token)}`;
}

/** A bearer token from the Authorization header (RFC 6750), or undefined. */
export function bearerOf(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  const m = /^Bearer ([A-Za-z0-9_-]{20,128})$/i.exec(header.trim());
  return m?.[1];
}
