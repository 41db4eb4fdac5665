/**
 * Decision 028: the simple fields of an appointment, each declared once here. A field is an
 * optional value from a closed list that a booking may carry (on both APIs), stored in a column
 * of `appointment` and returned by `appointment_view` under the same column name. Everything
 * between the SQL and the edge is derived from this list:
 * - the request and response DTOs of booking-core and the gateway (validation and OpenAPI:
 *   `applyAppointmentFields` in `@app/common`),
 * - the parameters of `book_appointment` (`appointmentFieldParams`: `p_<column>`, both dialects),
 * - the mapping of `appointment_view` rows into the views of both APIs (`appointmentFieldsOf`).
 * A test checks every field against the SQL (its column in the view and its procedure parameter).
 * A field that needs a rule beyond its list of values is not a simple field: write it out.
 */
export interface AppointmentFieldSpec {
  /** The column in `appointment` and `appointment_view`, and the procedure's parameter without `p_`. */
  readonly column: string;
  readonly values: readonly string[];
  readonly example: string;
  readonly description: string;
}

export const APPOINTMENT_FIELDS = {
  visitKind: {
    column: 'visit_kind',
    values: ['FIRST', 'FOLLOW_UP'],
    example: 'FOLLOW_UP',
    description:
      '初诊 FIRST (first visit for this complaint) or 复诊 FOLLOW_UP, as the patient says; shown to the clinic and registration (R6, R12)',
  },
} as const satisfies Record<string, AppointmentFieldSpec>;

type Fields = typeof APPOINTMENT_FIELDS;

function entries(): [string, AppointmentFieldSpec][] {
  return Object.entries(APPOINTMENT_FIELDS);
}
export type AppointmentFieldName = keyof Fields;

/** The fields as a request carries them: each optional. */
export type AppointmentFieldsInput = {
  [K in AppointmentFieldName]?: Fields[K] extends AppointmentFieldSpec ? Fields[K]['values'][number] : never;
};

/** The fields as a view returns them: each present, null when the booking did not give it. */
export type AppointmentFields = {
  [K in AppointmentFieldName]:
    (Fields[K] extends AppointmentFieldSpec ? Fields[K]['values'][number] : never) | null;
};

/** The fields as a row of `appointment_view` holds them: by column. */
export type AppointmentFieldColumns = {
  [
    K in AppointmentFieldName as Fields[K] extends AppointmentFieldSpec ? Fields[K]['column'] : never
  ]: AppointmentFields[K];
};

/** Every field not given, by column (a row) or by name (a view). */
export function noAppointmentFields(by: 'column'): AppointmentFieldColumns;
export function noAppointmentFields(by: 'name'): AppointmentFields;
export function noAppointmentFields(by: 'column' | 'name'): AppointmentFieldColumns | AppointmentFields {
  return Object.fromEntries(entries().map(([name, spec]) => [by === 'column' ? spec.column : name, null])) as
    AppointmentFieldColumns | AppointmentFields;
}

/** The fields a request gave (by field name), nothing else. */
export function pickAppointmentFields(source: object): AppointmentFieldsInput {
  const given: Record<string, unknown> = {};
  for (const [name] of entries()) {
    const value = (source as Record<string, unknown>)[name];
    if (value !== undefined) given[name] = value;
  }
  return given;
}

/** The procedure parameters for the fields a request gave (by column name). */
export function appointmentFieldParams(fields: AppointmentFieldsInput): Record<string, string | null> {
  const params: Record<string, string | null> = {};
  for (const [name, spec] of entries()) {
    const value = (fields as Record<string, string | null | undefined>)[name];
    if (value !== undefined) params[spec.column] = value;
  }
  return params;
}

/** The fields of a row of `appointment_view` (by column) or of a view (by name), all present. */
export function appointmentFieldsOf(source: object, by: 'column' | 'name'): AppointmentFields {
  const fields: Record<string, unknown> = {};
  for (const [name, spec] of entries())
    fields[name] = (source as Record<string, unknown>)[by === 'column' ? spec.column : name] ?? null;
  return fields as AppointmentFields;
}
