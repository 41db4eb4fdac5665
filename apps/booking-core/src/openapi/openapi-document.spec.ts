import * as fs from 'node:fs';
import * as path from 'node:path';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { CoreConfig } from '../config/core-config';
import { CoreModule } from '../core.module';
import { TokenStore } from '../auth/token-store';
import { buildCoreDocument, CORE_OPENAPI_FILE, serializeDocument } from './openapi-document';

interface Operation {
  description?: string;
  security?: unknown[];
  responses: Record<string, { description: string }>;
  'x-roles'?: string[];
}

/** Every route of booking-core as Nest serves it: method, OpenAPI path and the success status. */
function routes(): { method: string; path: string; status: number }[] {
  const config = CoreConfig.load({ PII_KEY: 'a'.repeat(64) });
  const controllers = CoreModule.forRoot(config, new TokenStore([])).controllers ?? [];
  return controllers.flatMap((controller) => {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    const proto = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(proto)
      .filter((name) => name !== 'constructor')
      .map((name) => proto[name])
      .filter((fn): fn is object => typeof fn === 'function' && Reflect.hasMetadata(PATH_METADATA, fn))
      .map((fn) => {
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, fn) as number].toLowerCase();
        const sub = String(Reflect.getMetadata(PATH_METADATA, fn));
        const full = `/${[base, sub].filter((p) => p && p !== '/').join('/')}`.replace(/:(\w+)/g, '{$1}');
        const status =
          (Reflect.getMetadata(HTTP_CODE_METADATA, fn) as number | undefined) ??
          (method === 'post' ? 201 : 200);
        return { method, path: full, status };
      });
  });
}

describe("booking-core's published OpenAPI document", () => {
  let document: OpenAPIObject;
  beforeAll(async () => {
    // The migrated snapshot the test run prepared (test/global-setup.ts), when there is one.
    const template = process.env.PGLITE_TEMPLATE;
    document = await buildCoreDocument(
      template ? { DATABASE_URL: `pglite://memory?template=${encodeURIComponent(template)}` } : {},
    );
  });

  it(`${CORE_OPENAPI_FILE} is what the code describes (run \`npm run openapi\` after changing the API)`, () => {
    const published = fs.readFileSync(path.resolve(__dirname, '../../../..', CORE_OPENAPI_FILE), 'utf8');
    expect(published).toBe(serializeDocument(document));
  });

  it('documents each route with the success status it really answers, and no other', () => {
    const wrong: string[] = [];
    for (const r of routes()) {
      const operation = (document.paths[r.path] as Record<string, Operation> | undefined)?.[r.method];
      if (!operation) {
        if (r.path !== '/v1/test/clock') wrong.push(`${r.method} ${r.path}: not documented`);
        continue;
      }
      const success = Object.keys(operation.responses).filter((s) => s.startsWith('2'));
      if (success.join() !== String(r.status))
        wrong.push(`${r.method} ${r.path}: ${r.status} documented as ${success.join()}`);
    }
    expect(wrong).toEqual([]);
  });

  it("names every operation's roles and its error codes by status, with an opaque bearer token", () => {
    const problems: string[] = [];
    for (const [p, item] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
        const where = `${method} ${p}`;
        const open = Array.isArray(operation.security) && operation.security.length === 0;
        if (!/^(\*\*Roles:\*\* |No token needed\.)/.test(operation.description ?? ''))
          problems.push(`${where}: no roles`);
        const errors = Object.entries(operation.responses).filter(([s]) => Number(s) >= 400);
        if (!open && !['401', '403', '503'].every((s) => operation.responses[s]))
          problems.push(`${where}: 401/403/503`);
        for (const [status, response] of errors)
          if (!/^Codes: [A-Z_]+/.test(response.description)) problems.push(`${where} ${status}: no codes`);
      }
    expect(problems).toEqual([]);
    const booking = (document.paths['/v1/appointments'] as Record<string, Operation>).post;
    expect(booking['x-roles']).toEqual(['AGENT', 'CLINICIAN', 'REGISTRAR', 'GATEWAY']);
    expect(booking.description).toMatch(/^\*\*Roles:\*\* AGENT, CLINICIAN, REGISTRAR, GATEWAY\./);
    expect(booking.responses['409'].description).toContain('SESSION_FULL');
    expect(document.components?.securitySchemes?.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: expect.not.stringMatching(/^JWT$/),
    });
    expect((document.paths['/v1/health'] as Record<string, Operation>).get.security).toEqual([]);
  });
});
