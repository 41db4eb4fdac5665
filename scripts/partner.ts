/**
 * `npm run partner -- [options] METHOD PATH [JSON]`: one signed request to the gateway, as a
 * channel partner would send it (DESIGN §5). Plain TypeScript on the partner client library
 * (no Nest), run with tsx.
 *
 *   npm run partner -- GET /v1/departments
 *   npm run partner -- GET '/v1/sessions?departmentId=1'
 *   npm run partner -- POST /v1/appointments '{"sessionId":1,"patient":{…}}'
 *
 * Options: --app <appId> (default: the first partner in the file), --partners <file> (default:
 * $GATEWAY_PARTNERS_FILE or .data/partners.json), --base <url> (default http://127.0.0.1:3000),
 * --key <Idempotency-Key> (default: a new UUID on POST; printed so a retry can reuse it).
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { PartnerClient } from '../libs/partner-client/src';

interface PartnerEntry {
  appId: string;
  secret: string;
  name?: string;
  channel?: string;
}

const USAGE =
  'usage: npm run partner -- [--app ID] [--partners FILE] [--base URL] [--key KEY] METHOD PATH [JSON]';

function parseArgs(argv: string[]): { options: Record<string, string>; positional: string[] } {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') options.help = 'yes';
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value`);
      options[name] = value;
    } else positional.push(arg);
  }
  for (const name of Object.keys(options))
    if (!['app', 'partners', 'base', 'key', 'help'].includes(name))
      throw new Error(`unknown option --${name}`);
  return { options, positional };
}

function readPartners(file: string): PartnerEntry[] {
  let list: unknown;
  try {
    list = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`cannot read the partners file ${file} (run npm start once, or pass --partners)`);
  }
  if (!Array.isArray(list) || !list.length) throw new Error(`${file} holds no partners`);
  return list as PartnerEntry[];
}

async function main(): Promise<number> {
  const { options, positional } = parseArgs(process.argv.slice(2));
  if (options.help || positional.length < 2 || positional.length > 3) {
    process.stdout.write(`${USAGE}\n`);
    return options.help ? 0 : 2;
  }
  const [method, pathAndQuery, json] = positional;
  if (!pathAndQuery.startsWith('/')) throw new Error('PATH must start with /, e.g. /v1/departments');
  let body: unknown;
  if (json !== undefined) {
    try {
      body = JSON.parse(json);
    } catch {
      throw new Error('the body is not valid JSON');
    }
  }
  const file = options.partners ?? process.env.GATEWAY_PARTNERS_FILE ?? '.data/partners.json';
  const partners = readPartners(file);
  const partner = options.app ? partners.find((p) => p.appId === options.app) : partners[0];
  if (!partner)
    throw new Error(`no partner "${options.app}" in ${file}: ${partners.map((p) => p.appId).join(', ')}`);

  const client = new PartnerClient({
    baseUrl: options.base ?? 'http://127.0.0.1:3000',
    appId: partner.appId,
    secret: partner.secret,
  });
  const upper = method.toUpperCase();
  const idempotencyKey = upper === 'POST' ? (options.key ?? randomUUID()) : options.key;
  const res = await client.request(upper, pathAndQuery, { body, idempotencyKey });
  const lines = [`${upper} ${pathAndQuery} as ${partner.appId} → HTTP ${res.status}`];
  if (idempotencyKey) lines.push(`Idempotency-Key: ${idempotencyKey}`);
  const requestId = res.headers.get('x-request-id');
  if (requestId) lines.push(`X-Request-Id: ${requestId}`);
  if (res.headers.get('idempotent-replayed')) lines.push('Idempotent-Replayed: true (the stored answer)');
  const retryAfter = res.headers.get('retry-after');
  if (retryAfter) lines.push(`Retry-After: ${retryAfter}`);
  process.stderr.write(`${lines.join('\n')}\n`);
  process.stdout.write(`${typeof res.body === 'string' ? res.body : JSON.stringify(res.body, null, 2)}\n`);
  return res.ok ? 0 : 1;
}

/** Exits once stdout has taken everything: a large body piped into jq must arrive whole. */
function exitAfterOutput(code: number): void {
  process.stdout.write('', () => process.exit(code));
}

main().then(
  (code) => exitAfterOutput(code),
  (error: unknown) => {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    process.stderr.write(
      `partner: ${error instanceof Error ? error.message : String(error)}${cause ? ` (${cause})` : ''}\n`,
    );
    exitAfterOutput(2);
  },
);
