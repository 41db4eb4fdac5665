import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export const toIntIfDigits = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;

/** `:id` path parameters: positive integers. */
export class IdParam {
  @ApiProperty({ example: 42 })
  @Transform(toIntIfDigits)
  @IsInt()
  @Min(1)
  @Max(2147483647)
  id!: number;
}
