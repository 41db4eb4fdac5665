import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { APPOINTMENT_FIELDS, type AppointmentFieldSpec } from '@app/contracts';

/**
 * Decision 028: gives a DTO class the simple appointment fields of `APPOINTMENT_FIELDS` — as
 * optional, validated request properties (one of the field's values), or as response properties
 * that are always present and null when not given. The OpenAPI documents show them like any
 * other property.
 */
export function applyAppointmentFields(
  target: abstract new (...args: never[]) => unknown,
  as: 'request' | 'response',
): void {
  const entries: [string, AppointmentFieldSpec][] = Object.entries(APPOINTMENT_FIELDS);
  for (const [name, spec] of entries) {
    const doc = { enum: [...spec.values], example: spec.example, description: spec.description };
    if (as === 'request') {
      ApiPropertyOptional(doc)(target.prototype as object, name);
      IsOptional()(target.prototype as object, name);
      IsIn(spec.values)(target.prototype as object, name);
    } else {
      ApiProperty({ ...doc, nullable: true, type: String })(target.prototype as object, name);
    }
  }
}
