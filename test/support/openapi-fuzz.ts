import fc from 'fast-check';

/** The subset of OpenAPI 3.0 schema objects the gateway's document uses. */
export interface Schema {
  $ref?: string;
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  nullable?: boolean;
  allOf?: Schema[];
}

export interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  operationId?: string;
  security?: unknown[];
  parameters?: { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

/** A request to send (signed by the caller): method, path and query, body text, headers. */
export interface FuzzRequest {
  operation: string;
  method: string;
  pathAndQuery: string;
  /** Undefined: no body. */
  body?: string;
  headers: Record<string, string>;
}

/**
 * Values of real records (session ids, valid national IDs…) by field name: a fuzzer that only
 * sends random numbers never gets past "not found", so schema values are sometimes drawn from
 * these instead.
 */
export type Seeds = Record<string, fc.Arbitrary<unknown>>;

const CONTROL = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\n',
  '\r\n',
  '\u001b[31m',
  '\u0085',
  '\u2028',
  '\ud800',
  '\uffff',
);

/** Text people and attackers type: unicode, control characters, injection shapes, long runs. */
const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.tuple(fc.string({ maxLength: 10 }), CONTROL, fc.string({ maxLength: 10 })).map(([a, c, b]) => a + c + b),
  fc.constantFrom(
    "' OR 1=1 --",
    "Robert'); DROP TABLE patient;--",
    '${jndi:ldap://x}',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '%00',
    '__proto__',
    'constructor',
    '１３８１２３４５６７８',
    '11010519491231002X',
    '',
    ' ',
  ),
  fc.nat({ max: 5000 }).map((n) => 'x'.repeat(n)),
);

/** Anything JSON can carry, of the wrong kind for most fields. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, 0.5),
  nastyString,
  fc.array(fc.oneof(fc.integer(), nastyString, fc.constant(null)), { maxLength: 4 }),
  fc.dictionary(nastyString, fc.oneof(fc.integer(), nastyString), { maxKeys: 3 }),
);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\uFFFD');

export class OpenApiFuzzer {
  constructor(
    private readonly document: OpenApi,
    private readonly seeds: Seeds = {},
  ) {}

  /** A value the schema allows (or, for a seeded field, a real record's). */
  valid(schema: Schema, field?: string): fc.Arbitrary<unknown> {
    const s = this.resolve(schema);
    const seeded = field ? this.seeds[field] : undefined;
    const own = this.validOwn(s);
    return seeded ? fc.oneof({ weight: 3, arbitrary: seeded }, { weight: 1, arbitrary: own }) : own;
  }

  /** Mostly valid with, at every level, a chance of the wrong thing. */
  fuzzed(schema: Schema, field?: string, depth = 0): fc.Arbitrary<unknown> {
    const s = this.resolve(schema);
    const base =
      s.type === 'object' && s.properties && depth < 4 ? this.fuzzedObject(s, depth) : this.valid(s, field);
    return fc.oneof({ weight: 5, arbitrary: base }, { weight: 1, arbitrary: anyJson });
  }

  /** Requests for every operation of the document (but those listed), each signed by the sender. */
  requests(skip: (path: string, method: string) => boolean = () => false): fc.Arbitrary<FuzzRequest> {
    const all: fc.Arbitrary<FuzzRequest>[] = [];
    for (const [path, item] of Object.entries(this.document.paths))
      for (const [method, operation] of Object.entries(item))
        if (!skip(path, method)) all.push(this.request(path, method, operation));
    return fc.oneof(...all);
  }

  private request(path: string, method: string, operation: Operation): fc.Arbitrary<FuzzRequest> {
    const params = operation.parameters ?? [];
    const pathParams = params.filter((p) => p.in === 'path');
    const queryParams = params.filter((p) => p.in === 'query');
    const headerParams = params.filter((p) => p.in === 'header');
    const bodySchema = operation.requestBody?.content['application/json']?.schema;

    const segment = (p: (typeof pathParams)[number]) =>
      fc
        .oneof(
          { weight: 6, arbitrary: this.valid(p.schema, p.name).map(String) },
          { weight: 1, arbitrary: nastyString },
          {
            weight: 1,
            arbitrary: fc.constantFrom('0', '-1', '1.5', '2147483648', '99999999999', '1e3', 'null'),
          },
        )
        // A URL carries UTF-8: a lone surrogate half cannot be sent, its replacement character can.
        .map((v) => (v === '' ? 'x' : encodeURIComponent(wellFormed(v))));
    const query = fc.tuple(
      ...queryParams.map((p) =>
        fc.option(
          fc.oneof(
            { weight: 5, arbitrary: this.valid(p.schema, p.name).map((v) => [String(v)]) },
            { weight: 1, arbitrary: fc.array(nastyString, { minLength: 1, maxLength: 3 }) },
          ),
          { freq: 2 },
        ),
      ),
    );
    const body = bodySchema
      ? fc.oneof(
          { weight: 6, arbitrary: this.valid(bodySchema).map((v) => JSON.stringify(v)) },
          { weight: 6, arbitrary: this.fuzzed(bodySchema).map((v) => JSON.stringify(v) ?? 'null') },
          {
            weight: 1,
            arbitrary: fc.oneof(
              nastyString,
              fc.constantFrom('{', '{"sessionId":', '[1,2', '{"patient":{"name":"张三"}}}', ''),
            ),
          },
        )
      : fc.constant(undefined);
    const key = fc.oneof(
      { weight: 8, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: fc.constant(null) },
      // Anything a header can carry (visible ASCII and spaces), up to past the 255 allowed.
      {
        weight: 1,
        arbitrary: fc.string({
          unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
          maxLength: 300,
        }),
      },
    );

    return fc
      .record({ segments: fc.tuple(...pathParams.map(segment)), query, body, key })
      .map(({ segments, query: values, body: text, key: idempotencyKey }) => {
        let pathAndQuery = path;
        pathParams.forEach((p, i) => (pathAndQuery = pathAndQuery.replace(`{${p.name}}`, segments[i])));
        const search = new URLSearchParams();
        queryParams.forEach((p, i) => {
          for (const v of values[i] ?? []) search.append(p.name, v);
        });
        const qs = search.toString();
        const headers: Record<string, string> = {};
        if (headerParams.some((h) => h.name === 'Idempotency-Key') && idempotencyKey !== null)
          headers['idempotency-key'] = idempotencyKey;
        return {
          operation: operation.operationId ?? `${method} ${path}`,
          method: method.toUpperCase(),
          pathAndQuery: qs ? `${pathAndQuery}?${qs}` : pathAndQuery,
          body: text,
          headers,
        };
      });
  }

  private fuzzedObject(s: Schema, depth: number): fc.Arbitrary<unknown> {
    const props = s.properties ?? {};
    const required = new Set(s.required ?? []);
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, prop] of Object.entries(props)) {
      const value = this.fuzzed(prop, name, depth + 1);
      // Required fields are usually there; optional ones often.
      record[name] = fc.option(value, { freq: required.has(name) ? 12 : 2, nil: undefined });
    }
    return fc
      .tuple(fc.record(record), fc.option(fc.dictionary(nastyString, anyJson, { maxKeys: 2 }), { freq: 6 }))
      .map(([obj, extra]) => {
        const out = Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
        return extra ? { ...out, ...extra } : out;
      });
  }

  private validOwn(s: Schema): fc.Arbitrary<unknown> {
    if (s.enum?.length) return fc.constantFrom(...s.enum);
    switch (s.type) {
      case 'integer':
      case 'number': {
        const min = s.minimum ?? -(2 ** 31);
        const max = s.maximum ?? 2 ** 31 - 1;
        const values = fc.integer({ min, max });
        return typeof s.example === 'number' ? fc.oneof(values, fc.constant(s.example)) : values;
      }
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.array(this.valid(s.items ?? {}), { maxLength: 3 });
      case 'object': {
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [name, prop] of Object.entries(s.properties ?? {})) record[name] = this.valid(prop, name);
        return fc.record(record, { requiredKeys: s.required ?? [] });
      }
      case 'string':
      default: {
        const text = fc.string({
          unit: 'grapheme',
          minLength: s.minLength ?? 0,
          maxLength: Math.min(s.maxLength ?? 40, 80),
        });
        return typeof s.example === 'string' ? fc.oneof(text, fc.constant(s.example)) : text;
      }
    }
  }

  private resolve(schema: Schema): Schema {
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      const target = this.document.components?.schemas?.[name];
      if (!target) throw new Error(`unknown schema ${schema.$ref}`);
      return this.resolve(target);
    }
    if (schema.allOf?.length === 1) return this.resolve(schema.allOf[0]);
    return schema;
  }
}
