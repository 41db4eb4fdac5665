import * as fs from 'node:fs';
import * as path from 'node:path';
import { ERROR_CODES, ERROR_HTTP_STATUS, isErrorCode, type ErrorCode } from '@app/contracts';

const ROOT = path.resolve(__dirname, '..');
const GUIDES = [
  {
    file: 'docs/partner-guide.zh-CN.md',
    partnerSection: '### 合作方接口会返回的错误码',
    intranetSection: '### 内网接口的错误码',
  },
  {
    file: 'docs/partner-guide.en.md',
    partnerSection: '### Codes the partner API returns',
    intranetSection: '### Codes of the intranet API',
  },
];
const VECTOR = 'PjtTjxI4k0FVLB9bjReUYyZuxLhevNrmwFtGEJ6OPPc=';

/** `| \`CODE\` | 409 | meaning | action |` rows of a piece of a guide. */
function rows(text: string): Map<string, { status: number; meaning: string; action: string }> {
  const found = new Map<string, { status: number; meaning: string; action: string }>();
  for (const m of text.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*(\d{3})\s*\|([^|]+)\|([^|]+)\|\s*$/gm))
    found.set(m[1], { status: Number(m[2]), meaning: m[3].trim(), action: m[4].trim() });
  return found;
}

function section(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + 1);
  if (start < 0 || end < 0) throw new Error(`sections "${from}" … "${to}" not found`);
  return text.slice(start, end);
}

/**
 * What the gateway can answer: every code its OpenAPI document names in a response (the
 * `Codes: …` of each route, the common 401/403/429/5xx) and every code its own source raises.
 */
function gatewayCodes(): Set<ErrorCode> {
  const codes = new Set<ErrorCode>();
  const document = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/openapi/gateway.json'), 'utf8')) as {
    paths: Record<string, Record<string, { responses?: Record<string, { description?: string }> }>>;
  };
  for (const item of Object.values(document.paths))
    for (const op of Object.values(item))
      for (const response of Object.values(op.responses ?? {}))
        for (const word of (response.description ?? '').match(/[A-Z][A-Z_]{3,}/g) ?? [])
          if (isErrorCode(word)) codes.add(word);
  const walk = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) =>
        e.isDirectory()
          ? walk(path.join(dir, e.name))
          : e.name.endsWith('.ts')
            ? [path.join(dir, e.name)]
            : [],
      );
  for (const file of walk(path.join(ROOT, 'apps/gateway/src')).filter((f) => !f.endsWith('.spec.ts')))
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/'([A-Z][A-Z_]{3,})'/g))
      if (isErrorCode(m[1])) codes.add(m[1]);
  return codes;
}

describe('partner guides (R5, R7, R20; decision 032)', () => {
  const gateway = gatewayCodes();

  it('finds the codes the gateway can return (the check below has something to check)', () => {
    for (const code of ['SESSION_FULL', 'SIGNATURE_INVALID', 'RATE_LIMITED', 'CORE_UNAVAILABLE', 'FORBIDDEN'])
      expect(gateway).toContain(code);
  });

  for (const guide of GUIDES)
    describe(guide.file, () => {
      const text = fs.readFileSync(path.join(ROOT, guide.file), 'utf8');
      const all = rows(text);
      const partner = rows(section(text, guide.partnerSection, guide.intranetSection));

      it('gives every error code of libs/contracts a row with its HTTP status, meaning and action', () => {
        expect(ERROR_CODES.filter((c) => !all.has(c))).toEqual([]);
        expect([...all.keys()].filter((c) => !isErrorCode(c))).toEqual([]);
        expect(ERROR_CODES.filter((c) => all.get(c)?.status !== ERROR_HTTP_STATUS[c])).toEqual([]);
        expect([...all.values()].filter((r) => r.meaning.length < 4 || r.action.length < 4)).toEqual([]);
      });

      it('lists every code the gateway can return among the codes of the partner API', () => {
        expect([...gateway].filter((c) => !partner.has(c)).sort()).toEqual([]);
      });

      it('documents the signing test vector, the outcome-unknown retry, sandbox and deprecation headers', () => {
        expect(text).toContain(VECTOR);
        expect(text).toContain('015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862');
        for (const word of [
          'outcome: UNKNOWN',
          'Idempotency-Key',
          '/v1/sandbox/clock',
          'Deprecation',
          'Sunset',
        ])
          expect(text).toContain(word);
        for (const sample of [
          'samples/PartnerSample.java',
          'samples/partner_sample.py',
          'samples/partner-sample.sh',
        ])
          expect(fs.existsSync(path.join(ROOT, 'docs', sample)) && text.includes(sample)).toBe(true);
      });
    });

  it('the two guides list the same partner codes', () => {
    const [zh, en] = GUIDES.map((g) => {
      const text = fs.readFileSync(path.join(ROOT, g.file), 'utf8');
      return [...rows(section(text, g.partnerSection, g.intranetSection)).keys()].sort();
    });
    expect(zh).toEqual(en);
  });
});
