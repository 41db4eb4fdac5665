import * as fs from 'node:fs';
import * as path from 'node:path';
import { createGatewayApp } from '../app';
import { PartnerRegistry } from '../partners/partner-registry';
import { buildGatewayDocument, OPENAPI_FILE, serializeDocument } from './openapi-document';
import { chineseDocument } from './summaries-zh';

describe('the published OpenAPI document', () => {
  it(`${OPENAPI_FILE} is what the code describes (run \`npm run openapi\` after changing the API)`, async () => {
    const published = fs.readFileSync(path.resolve(__dirname, '../../../..', OPENAPI_FILE), 'utf8');
    expect(published).toBe(serializeDocument(await buildGatewayDocument()));
  });

  it('describes the signing scheme and documents every field with an example', async () => {
    const document = await buildGatewayDocument();
    expect(document.info.description).toContain('PjtTjxI4k0FVLB9bjReUYyZuxLhevNrmwFtGEJ6OPPc=');
    expect(Object.keys(document.components?.securitySchemes ?? {})).toEqual([
      'PartnerAppId',
      'RequestTimestamp',
      'RequestNonce',
      'RequestSignature',
    ]);
    const missing: string[] = [];
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
      for (const [field, property] of Object.entries(
        (schema as { properties?: Record<string, object> }).properties ?? {},
      )) {
        const p = property as {
          example?: unknown;
          $ref?: string;
          allOf?: unknown;
          items?: { $ref?: string };
        };
        if (p.example === undefined && !p.$ref && !p.allOf && !p.items?.$ref)
          missing.push(`${name}.${field}`);
      }
    }
    expect(missing).toEqual([]);
    const health = document.paths['/v1/health'].get;
    expect(health?.security).toEqual([]);
    expect(document.security).toEqual([
      { PartnerAppId: [], RequestTimestamp: [], RequestNonce: [], RequestSignature: [] },
    ]);
  });

  it('gives every operation a Chinese summary beside the English one, sandbox routes included (decision 032)', async () => {
    const partners = new PartnerRegistry([
      {
        appId: 'openapi',
        name: 'openapi',
        channel: 'WEB',
        secret: 'x'.repeat(32),
        ratePerMinute: 1,
        ipAllowlist: [],
        callbackUrl: null,
        sandbox: true,
      },
    ]);
    const { app, document: sandbox } = await createGatewayApp(
      { CORE_TOKEN: 'openapi-document-only-token', LOG_LEVEL: 'error', SANDBOX: 'true' },
      { partners, logWrite: () => undefined },
    );
    await app.close();
    for (const document of [await buildGatewayDocument(), sandbox]) {
      const missing: string[] = [];
      for (const [route, item] of Object.entries(document.paths))
        for (const [method, op] of Object.entries(item as Record<string, Record<string, unknown>>)) {
          const zh = op['x-summary-zh'];
          if (typeof op.summary !== 'string' || typeof zh !== 'string' || !/[\u4e00-\u9fff]/.test(zh))
            missing.push(`${method.toUpperCase()} ${route}`);
        }
      expect(missing).toEqual([]);
    }
    expect(Object.keys(sandbox.paths)).toEqual(
      expect.arrayContaining(['/v1/sandbox/clock', '/v1/sandbox/reset']),
    );

    const zh = chineseDocument(sandbox);
    const book = zh.paths['/v1/appointments'].post as unknown as Record<string, unknown>;
    expect(book.summary).toBe(book['x-summary-zh']);
    expect(book['x-summary-en']).toBe(sandbox.paths['/v1/appointments'].post?.summary);
    expect(zh.info.description).toContain('PjtTjxI4k0FVLB9bjReUYyZuxLhevNrmwFtGEJ6OPPc=');
  });
});
