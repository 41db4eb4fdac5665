import type { FhirResource } from './fhir-resources';

type Param = { name: string; type: string; documentation: string };

const read = (type: string, searchParam: Param[] = []) => ({
  type,
  interaction: [{ code: 'read' }, { code: 'search-type' }],
  ...(searchParam.length ? { searchParam } : {}),
});

/** Exactly what the façade implements (decision 024); a test keeps it in step with the routes. */
export function capabilityStatement(): FhirResource {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2026-12-02',
    kind: 'instance',
    fhirVersion: '4.0.1',
    format: ['application/fhir+json'],
    implementation: { description: 'Outpatient booking — FHIR R4 façade (decision 024)' },
    rest: [
      {
        mode: 'server',
        security: {
          service: [
            {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/restful-security-service',
                  code: 'SMART-on-FHIR',
                },
              ],
            },
          ],
          description:
            'SMART Backend Services: POST auth/token (grant_type client_credentials, an RS384 or ES384 ' +
            'client assertion signed with the key registered for the partner); bearer tokens live 5 minutes. ' +
            'Scopes system/<Resource|*>.<read|write|*>.',
        },
        resource: [
          read('Practitioner'),
          read('HealthcareService'),
          read('Location'),
          read('Schedule', [
            {
              name: 'actor',
              type: 'reference',
              documentation: 'Practitioner/<id> or HealthcareService/<id>',
            },
            { name: 'date', type: 'date', documentation: '[ge|le]YYYY-MM-DD, the session day' },
          ]),
          read('Slot', [
            { name: 'schedule', type: 'reference', documentation: 'Required: Schedule/<id>' },
            { name: 'status', type: 'token', documentation: 'free or busy (for the caller’s channel)' },
            { name: 'start', type: 'date', documentation: '[ge|gt|le|lt]<dateTime>, repeatable' },
          ]),
          {
            type: 'Appointment',
            documentation:
              'create: one slot (Slot/<id>) and a contained Patient identified by urn:oid:2.16.156.10011.1.5 ' +
              '(PRC resident ID) with name and telecom phone; update: only status=cancelled with ' +
              'cancelationReason.text (cancels, or releases a hold hold-<id>); idempotent by Idempotency-Key ' +
              'or Appointment.identifier',
            interaction: [{ code: 'read' }, { code: 'create' }, { code: 'update' }, { code: 'search-type' }],
            searchParam: [
              {
                name: 'patient.identifier',
                type: 'token',
                documentation:
                  'Required, with patient.name; POST Appointment/_search (form) only: urn:oid:2.16.156.10011.1.5|<ID>',
              },
              {
                name: 'patient.name',
                type: 'string',
                documentation: "Required: the patient's real name (R6)",
              },
              { name: 'status', type: 'token', documentation: 'An Appointment status' },
              { name: 'date', type: 'date', documentation: 'YYYY-MM-DD, the visit day' },
            ],
            operation: [
              {
                name: 'find',
                definition: 'http://outpatient-booking.invalid/fhir/OperationDefinition/Appointment-find',
              },
              {
                name: 'hold',
                definition: 'http://outpatient-booking.invalid/fhir/OperationDefinition/Appointment-hold',
              },
              {
                name: 'book',
                definition: 'http://outpatient-booking.invalid/fhir/OperationDefinition/Appointment-book',
              },
            ],
          },
        ],
      },
    ],
  };
}
