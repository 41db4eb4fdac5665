import type { OpenAPIObject } from '@nestjs/swagger';
import { createCoreApp } from '../app';
import { TokenStore } from '../auth/token-store';

/** Where the published document lives (the intranet clients' copy of the contract). */
export const CORE_OPENAPI_FILE = 'docs/openapi/booking-core.json';

/**
 * booking-core's OpenAPI document exactly as /docs serves it (without the test clock), built on
 * an in-memory database that nothing is asked of.
 */
export async function buildCoreDocument(env: Record<string, string> = {}): Promise<OpenAPIObject> {
  const { app, document } = await createCoreApp(
    {
      DATABASE_URL: 'pglite://memory',
      PII_KEY: 'a'.repeat(64),
      LOG_LEVEL: 'error',
      CORE_JOBS: 'false',
      ENABLE_TEST_CLOCK: 'false',
      ...env,
    },
    { tokens: new TokenStore([]), logWrite: () => undefined },
  );
  await app.close();
  return document;
}

export function serializeDocument(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
