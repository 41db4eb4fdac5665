import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { catchError, type Observable, throwError } from 'rxjs';
import { DomainError } from '@app/common';
import { formatLocalInstant } from '@app/domain';
import { ClockService } from '../clock/clock.service';

/** An instant in UTC as the procedures write it (to_char … 'YYYY-MM-DD"T"HH24:MI:SS"Z"'). */
const UTC_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z\b/g;

/** Every UTC instant in a text, written with the hospital's offset instead (DESIGN §8). */
export function withHospitalOffset(text: string, tz: string): string {
  return text.replace(UTC_INSTANT, (instant) => formatLocalInstant(new Date(instant), tz));
}

/** The same for the string values of a JSON object (notification payloads), one level deep. */
export function valuesWithHospitalOffset(data: Record<string, unknown>, tz: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? withHospitalOffset(v, tz) : v]),
  );
}

/**
 * Procedures raise refusals with instants in UTC (PATIENT_BLACKLISTED until …, SESSION_NOT_OPEN
 * opens at …): every instant a caller sees carries the hospital's offset, as in every view.
 */
@Injectable()
export class HospitalTimeInterceptor implements NestInterceptor {
  constructor(private readonly clock: ClockService) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof DomainError)) return throwError(() => error);
        const tz = this.clock.timeZone;
        return throwError(
          () =>
            new DomainError(
              error.code,
              error.detail === undefined ? undefined : withHospitalOffset(error.detail, tz),
              valuesWithHospitalOffset(error.extra, tz),
            ),
        );
      }),
    );
  }
}
