import type { OpenAPIObject } from '@nestjs/swagger';
import { createGatewayApp } from '../app';
import { PartnerRegistry } from '../partners/partner-registry';

/** Where the published document lives (the partners' copy of the contract). */
export const OPENAPI_FILE = 'docs/openapi/gateway.json';

/**
 * The gateway's OpenAPI document exactly as /docs serves it, built without a core, a partners
 * file or Redis (nothing is called while the document is made).
 */
export async function buildGatewayDocument(): Promise<OpenAPIObject> {
  const partners = new PartnerRegistry([
    {
      appId: 'openapi',
      name: 'openapi',
      channel: 'WEB',
      secret: 'x'.repeat(32),
      ratePerMinute: 1,
      ipAllowlist: [],
      callbackUrl: null,
    },
  ]);
  const { app, document } = await createGatewayApp(
    { CORE_TOKEN: 'openapi-document-only-token', LOG_LEVEL: 'error' },
    { partners, logWrite: () => undefined },
  );
  await app.close();
  return document;
}

export function serializeDocument(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
