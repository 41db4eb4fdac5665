import type { Channel } from '@app/contracts';

/** A channel partner (DESIGN §5): one row of GATEWAY_PARTNERS_FILE. */
export interface Partner {
  appId: string;
  name: string;
  /** R7: the channel every booking of this partner records; never taken from a request. */
  channel: Channel;
  secret: string;
  ratePerMinute: number;
  /** IPs and CIDRs; empty = any address. */
  ipAllowlist: string[];
  callbackUrl: string | null;
  /**
   * Decision 024: the partner's public key (a JWK, RS384 or ES384) for the FHIR façade's SMART
   * Backend Services client assertions. Absent: the partner cannot get a FHIR access token.
   */
  fhirJwk?: FhirPublicJwk;
  /**
   * Decision 032: a sandbox partner may set its sandbox's clock and reset it
   * (`/v1/sandbox/...`), only on a gateway started with SANDBOX=true.
   */
  sandbox?: boolean;
}

/** A public JWK as registered in the partners file (never a private part). */
export interface FhirPublicJwk {
  kty: 'RSA' | 'EC';
  alg?: 'RS384' | 'ES384';
  kid?: string;
  [member: string]: unknown;
}

/** Same alphabet as booking-core's partnerId. */
export const APP_ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

export const MIN_SECRET_LENGTH = 32;
