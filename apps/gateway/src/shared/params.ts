import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { isIsoDate } from '@app/domain';

/** Query and path values arrive as text; digits become numbers, anything else fails validation. */
export const toIntIfDigits = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;

export const MAX_ID = 2147483647;

export class IdParam {
  @ApiProperty({ example: 9001, minimum: 1 })
  @Transform(toIntIfDigits)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  id!: number;
}

@ValidatorConstraint({ name: 'isoDate' })
export class IsoDate implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isIsoDate(value);
  }
  defaultMessage(): string {
    return '$property must be a calendar date YYYY-MM-DD';
  }
}
