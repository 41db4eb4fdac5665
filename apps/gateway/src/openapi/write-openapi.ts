import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildGatewayDocument, OPENAPI_FILE, serializeDocument } from './openapi-document';

/** `npm run openapi`: writes the gateway's OpenAPI document to docs/openapi/gateway.json. */
async function main(): Promise<void> {
  const file = path.resolve(process.cwd(), OPENAPI_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, serializeDocument(await buildGatewayDocument()));
  process.stdout.write(`wrote ${OPENAPI_FILE}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`openapi: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
