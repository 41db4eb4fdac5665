import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCoreDocument, CORE_OPENAPI_FILE, serializeDocument } from './openapi-document';

/** `npm run openapi`: writes booking-core's OpenAPI document to docs/openapi/booking-core.json. */
async function main(): Promise<void> {
  const file = path.resolve(process.cwd(), CORE_OPENAPI_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, serializeDocument(await buildCoreDocument()));
  process.stdout.write(`wrote ${CORE_OPENAPI_FILE}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`openapi: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
