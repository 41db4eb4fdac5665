import { getSchemaPath, type DocumentBuilder, type OpenAPIObject } from '@nestjs/swagger';
import { ProblemResponse } from '@app/common';
import { PROBLEM_CONTENT_TYPE, type Role } from '@app/contracts';
import { DATABASE_DOWN } from './api-problems';

export const CORE_API_DESCRIPTION = `
booking-core, the intranet service of the outpatient appointment platform: the only process with
database credentials. Counters, the phone centre, kiosks, clinic and ward stations, triage nurses,
registration desks, schedulers, IT — and the gateway, for the outside channels — call it with
bearer tokens. Every state change is one stored procedure (R5: one pool of numbers for every
channel).

## Authentication and roles

\`Authorization: Bearer <token>\` with a token from \`CORE_TOKENS_FILE\` (\`npm start\` writes the
demo's to \`.data/core-tokens.json\`). Tokens are opaque strings, not JWTs; each names a client
and its roles. Every operation below says which roles may call it:

| role | who | can |
| --- | --- | --- |
| SCHEDULER | appointment centre | templates, session generation, substitutes and suspensions (R1–R4, R14) |
| AGENT | counters, phone centre, kiosks | book (PHONE, COUNTER, KIOSK), cancel, check in, patients' contact (R7, R9, R10) |
| CALL_CENTRE | phone centre | the call list of a suspended session with full mobiles, each read audited (R14) |
| CLINICIAN | clinic and ward doctors | book the next visit (CLINIC, WARD); call next, recall, pass (R7, R12) |
| NURSE | triage nurses | check in (R10), queue displays |
| REGISTRAR | registration desks | register with matching numbers, walk-ins (R12, R13) |
| ADMIN | IT, management | settings, blacklist, notifications, jobs, the audit trail (R8, R15, R20) |
| GATEWAY | the gateway | book and read for its partners, claim and acknowledge notifications |

\`X-Operator-Id\` (optional, 1–64 letters, digits, \`. _ @ -\`) names the person at the keyboard
for the audit log.

## Errors and time

Errors are \`application/problem+json\` \`{ type, title, status, detail, code, requestId }\`:
compare \`code\`; each operation lists its codes by status. Instants carry the hospital's offset
(\`HOSPITAL_TZ\`, \`+08:00\`); dates are the hospital's calendar days. With
\`ENABLE_TEST_CLOCK=true\` (never in production) \`PUT /v1/test/clock\` sets the core's clock.
`.trim();

export function configureCoreOpenApi(builder: DocumentBuilder): DocumentBuilder {
  return builder
    .setLicense('Proprietary', 'https://outpatient.example/terms')
    .setContact('Hospital IT', 'https://outpatient.example/support', 'it@outpatient.example')
    .addServer('http://127.0.0.1:3001', 'npm start on this machine')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'opaque token from CORE_TOKENS_FILE (not a JWT)',
      description: "An internal client's token; its roles decide what it may call.",
    });
}

interface Operation {
  description?: string;
  parameters?: unknown[];
  requestBody?: unknown;
  security?: unknown[];
  responses: Record<string, { description: string; content?: unknown }>;
  'x-roles'?: Role[];
  'x-public'?: boolean;
}

const problem = (codes: string) => ({
  description: `Codes: ${codes}`,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemResponse) } } },
});

/** Adds codes to a status an operation documents, or documents the status. */
function addCodes(operation: Operation, status: number, codes: string): void {
  const existing = operation.responses[String(status)];
  if (existing) existing.description = `${existing.description}, ${codes}`;
  else operation.responses[String(status)] = problem(codes);
}

/**
 * What every operation can answer, said once here rather than on every route: who may call it
 * (its roles, from @Roles), 401 without a valid token, 403 without the role, 400 for a bad
 * parameter or body, 503 with the database down.
 */
export function completeCoreDocument(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths))
    for (const operation of Object.values(item) as Operation[]) {
      if (!operation?.responses) continue;
      const roles = operation['x-roles'];
      const open = operation['x-public'] === true;
      const who = open
        ? 'No token needed.'
        : roles
          ? `**Roles:** ${roles.join(', ')}.`
          : '**Roles:** any authenticated client.';
      operation.description = operation.description ? `${who}\n\n${operation.description}` : who;
      if (open) operation.security = [];
      else {
        addCodes(operation, 401, 'UNAUTHENTICATED (no valid bearer token)');
        addCodes(operation, 403, roles ? `FORBIDDEN (not one of ${roles.join(', ')})` : 'FORBIDDEN');
      }
      if ((operation.parameters?.length || operation.requestBody) && !operation.responses['400'])
        addCodes(operation, 400, 'VALIDATION_FAILED');
      if (!open) addCodes(operation, 503, `${DATABASE_DOWN}: retry later`);
    }
  return document;
}
