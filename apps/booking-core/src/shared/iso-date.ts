import { ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { isIsoDate } from '@app/domain';

@ValidatorConstraint({ name: 'isoDate' })
export class IsoDate implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return value === null || (typeof value === 'string' && isIsoDate(value));
  }
  defaultMessage(): string {
    return '$property must be a real date YYYY-MM-DD';
  }
}
