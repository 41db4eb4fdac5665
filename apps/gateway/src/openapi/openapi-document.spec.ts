import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildGatewayDocument, OPENAPI_FILE, serializeDocument } from './openapi-document';

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
});
