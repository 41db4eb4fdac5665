import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { scrubPersonalData } from '@app/domain';
import { DomainError } from './domain-error';

function flatten(errors: ValidationError[], parent = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    // A field name is the caller's text too (an unknown key may be a document number): masked.
    const own = e.constraints
      ? [{ field: scrubPersonalData(field), messages: Object.values(e.constraints).map(scrubPersonalData) }]
      : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** STYLE 8: unknown fields refused, types converted, every offending field named. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const list = flatten(errors);
      return new DomainError('VALIDATION_FAILED', `Invalid fields: ${list.map((e) => e.field).join(', ')}`, {
        errors: list,
      });
    },
  });
}
