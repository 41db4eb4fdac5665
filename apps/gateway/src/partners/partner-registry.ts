import * as fs from 'node:fs';
import { EXTERNAL_CHANNELS, type Channel } from '@app/contracts';
import { IpAllowlist, parseAllowlistEntry } from './ip-allowlist';
import { APP_ID_PATTERN, type FhirPublicJwk, MIN_SECRET_LENGTH, type Partner } from './partner';

const FIELDS = new Set([
  'appId',
  'name',
  'channel',
  'secret',
  'ratePerMinute',
  'ipAllowlist',
  'callbackUrl',
  'fhirJwk',
  'sandbox',
]);

/**
 * The channel partners admitted by the gateway (R20: only known callers), from
 * GATEWAY_PARTNERS_FILE. Checked whole at boot: the gateway refuses to start on a bad file and
 * names every problem (never a secret).
 */
export class PartnerRegistry {
  private readonly byId: Map<string, { partner: Partner; allowlist: IpAllowlist }>;

  constructor(partners: readonly Partner[]) {
    this.byId = new Map(
      partners.map((p) => [p.appId, { partner: p, allowlist: new IpAllowlist(p.ipAllowlist) }]),
    );
  }

  static fromFile(file: string): PartnerRegistry {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      throw new Error(`GATEWAY_PARTNERS_FILE ${file} cannot be read`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`GATEWAY_PARTNERS_FILE ${file} is not valid JSON`);
    }
    return new PartnerRegistry(parsePartners(json, file));
  }

  find(appId: string): Partner | undefined {
    return this.byId.get(appId)?.partner;
  }

  allowsAddress(partner: Partner, ip: string | undefined): boolean {
    return this.byId.get(partner.appId)?.allowlist.allows(ip) ?? false;
  }

  list(): Partner[] {
    return [...this.byId.values()].map((e) => e.partner);
  }
}

/**
 * Decision 032: a sandbox gateway serves one sandbox partner, so the clock a partner sets is its
 * own sandbox's; a production gateway admits no partner flagged sandbox (a sandbox appId and
 * secret never work against production).
 */
export function checkSandboxPartners(sandbox: boolean, registry: PartnerRegistry): void {
  const flagged = registry
    .list()
    .filter((p) => p.sandbox)
    .map((p) => p.appId);
  if (!sandbox && flagged.length)
    throw new Error(
      `GATEWAY_PARTNERS_FILE flags ${flagged.join(', ')} as sandbox partners, but SANDBOX is not true: ` +
        'a production gateway admits no sandbox partner',
    );
  if (sandbox && flagged.length > 1)
    throw new Error(
      `SANDBOX=true with ${flagged.length} sandbox partners (${flagged.join(', ')}): one sandbox deployment ` +
        'serves one sandbox partner, whose clock it is (decision 032)',
    );
}

/** Validates the file's content; throws one error listing every problem. */
export function parsePartners(json: unknown, source = 'partners'): Partner[] {
  if (!Array.isArray(json)) throw new Error(`${source}: must hold a JSON array of partners`);
  const problems: string[] = [];
  const seen = new Set<string>();
  const partners: Partner[] = [];
  json.forEach((raw: unknown, i) => {
    const where = (id: unknown) => `[${i}]${typeof id === 'string' ? ` (${id})` : ''}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push(`${where(undefined)}: must be an object`);
      return;
    }
    const r = raw as Record<string, unknown>;
    const at = where(r.appId);
    const own: string[] = [];
    for (const key of Object.keys(r)) if (!FIELDS.has(key)) own.push(`unknown field "${key}"`);
    if (typeof r.appId !== 'string' || !APP_ID_PATTERN.test(r.appId))
      own.push('appId must be 1–64 letters, digits, _ . -');
    else if (seen.has(r.appId)) own.push(`duplicate appId "${r.appId}"`);
    else seen.add(r.appId);
    if (typeof r.name !== 'string' || !r.name.trim()) own.push('name is required');
    if (typeof r.channel !== 'string' || !EXTERNAL_CHANNELS.includes(r.channel as Channel))
      own.push(`channel must be one of ${EXTERNAL_CHANNELS.join(', ')}`);
    if (typeof r.secret !== 'string' || r.secret.length < MIN_SECRET_LENGTH)
      own.push(`secret must be at least ${MIN_SECRET_LENGTH} characters`);
    if (
      !Number.isInteger(r.ratePerMinute) ||
      (r.ratePerMinute as number) < 1 ||
      (r.ratePerMinute as number) > 1_000_000
    )
      own.push('ratePerMinute must be an integer from 1 to 1000000');
    const allowlist = r.ipAllowlist ?? [];
    if (!Array.isArray(allowlist) || !allowlist.every((e) => typeof e === 'string'))
      own.push('ipAllowlist must be an array of IPs or CIDRs');
    else for (const e of allowlist) if (!parseAllowlistEntry(e)) own.push(`ipAllowlist: bad entry "${e}"`);
    const callbackUrl = r.callbackUrl ?? null;
    if (callbackUrl !== null && (typeof callbackUrl !== 'string' || !isHttpUrl(callbackUrl)))
      own.push('callbackUrl must be null or an http(s) URL');
    if (r.fhirJwk !== undefined) own.push(...jwkProblems(r.fhirJwk));
    if (r.sandbox !== undefined && typeof r.sandbox !== 'boolean') own.push('sandbox must be true or false');
    problems.push(...own.map((p) => `${at}: ${p}`));
    if (!own.length)
      partners.push({
        appId: r.appId as string,
        name: r.name as string,
        channel: r.channel as Channel,
        secret: r.secret as string,
        ratePerMinute: r.ratePerMinute as number,
        ipAllowlist: allowlist as string[],
        callbackUrl: callbackUrl as string | null,
        ...(r.fhirJwk !== undefined ? { fhirJwk: r.fhirJwk as FhirPublicJwk } : {}),
        ...(r.sandbox === true ? { sandbox: true } : {}),
      });
  });
  if (!json.length) problems.push('no partners: the gateway would admit nobody');
  if (problems.length) throw new Error(`Invalid ${source}:\n  ${problems.join('\n  ')}`);
  return partners;
}

/** Decision 024: a public RSA or P-384 EC key for RS384/ES384; a private member is refused. */
function jwkProblems(jwk: unknown): string[] {
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) return ['fhirJwk must be a JWK object'];
  const k = jwk as Record<string, unknown>;
  const problems: string[] = [];
  for (const priv of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'])
    if (priv in k) problems.push(`fhirJwk must be a public key (it has "${priv}")`);
  if (k.kty === 'RSA') {
    if (typeof k.n !== 'string' || typeof k.e !== 'string') problems.push('fhirJwk (RSA) needs n and e');
    if (k.alg !== undefined && k.alg !== 'RS384') problems.push('fhirJwk alg must be RS384 for an RSA key');
  } else if (k.kty === 'EC') {
    if (k.crv !== 'P-384' || typeof k.x !== 'string' || typeof k.y !== 'string')
      problems.push('fhirJwk (EC) must be crv P-384 with x and y');
    if (k.alg !== undefined && k.alg !== 'ES384') problems.push('fhirJwk alg must be ES384 for an EC key');
  } else problems.push('fhirJwk kty must be RSA or EC');
  return problems;
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
