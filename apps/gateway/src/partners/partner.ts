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
}

/** Same alphabet as booking-core's partnerId. */
export const APP_ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

export const MIN_SECRET_LENGTH = 32;
