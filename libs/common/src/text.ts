import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, Length, ValidateBy, type ValidationOptions } from 'class-validator';
import { maskDigitRuns } from '@app/domain';

/**
 * Control characters (C0, DEL, C1 — NUL among them, which PostgreSQL refuses), lone surrogate
 * halves, the Unicode line and paragraph separators and the non-characters U+FFFE/U+FFFF: none
 * belongs in a name, a document number or a reason someone typed.
 */
export const CONTROL_CHARACTERS = /[\p{Cc}\p{Cs}\u2028\u2029\uFFFE\uFFFF]/u;

/** A string without control characters (400 VALIDATION_FAILED naming the field otherwise). */
export function IsPlainText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPlainText',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && !CONTROL_CHARACTERS.test(value),
        defaultMessage: () => '$property must be text without control characters',
      },
    },
    options,
  );
}

/** Free text of `min`–`max` characters, without control characters. */
export function IsFreeText(min: number, max: number): PropertyDecorator {
  return applyDecorators(IsString(), Length(min, max), IsPlainText());
}

/**
 * A reason a person typed: mobile- and ID-number-like digit runs are masked as it arrives, so
 * nothing downstream — the record, the audit log, notification payloads — ever holds them.
 */
export function MasksPersonalDigits(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? maskDigitRuns(value) : value,
  );
}
