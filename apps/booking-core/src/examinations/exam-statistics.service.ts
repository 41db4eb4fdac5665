import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/common';
import { ExaminationsRepository } from './examinations.repository';

export interface ExamResourceStatistics {
  resourceId: number;
  code: string;
  name: string;
  /** Numbers offered (withdrawn free numbers excluded). */
  numbers: number;
  /** Examination appointments made, whatever became of them. */
  bookings: number;
  completed: number;
  cancelled: number;
  noShows: number;
  voidedLate: number;
  /** Completed examinations per number offered (设备利用率). */
  utilisation: number | null;
  /** (NO_SHOW + VOIDED_LATE) per booking not cancelled (爽约率), as the clinic reports count it. */
  noShowRate: number | null;
  byExamType: { examTypeId: number; bookings: number; completed: number; noShows: number }[];
}

const MAX_DAYS = 92;

/**
 * R17 for examinations (R19): bookings, utilisation per resource and no-shows over a period of
 * at most 92 days, read from the sessions of that period (by the session-date index); a report
 * beside the clinic reports, not one of their roll-ups.
 */
@Injectable()
export class ExamStatisticsService {
  constructor(private readonly exams: ExaminationsRepository) {}

  async report(from: string, to: string): Promise<ExamResourceStatistics[]> {
    const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
    if (!(days >= 0 && days < MAX_DAYS))
      throw new DomainError('REPORT_BAD_PERIOD', `from ≤ to, at most ${MAX_DAYS} days`);
    const [resources, numbers, counts] = await Promise.all([
      this.exams.resources(),
      this.exams.resourceNumbers(from, to),
      this.exams.bookingCounts(from, to),
    ]);
    return resources
      .map((r) => {
        const own = counts.filter((c) => c.exam_resource_id === r.id);
        const sum = (statuses: string[] | null, rows = own) =>
          rows
            .filter((c) => statuses === null || statuses.includes(c.status))
            .reduce((n, c) => n + Number(c.n), 0);
        const offered = Number(numbers.find((x) => x.exam_resource_id === r.id)?.numbers ?? 0);
        const bookings = sum(null);
        const cancelled = sum(['CANCELLED', 'CANCELLED_BY_HOSPITAL']);
        const completed = sum(['REGISTERED']);
        const noShows = sum(['NO_SHOW']);
        const voidedLate = sum(['VOIDED_LATE']);
        const typeIds = [...new Set(own.map((c) => c.exam_type_id))].sort((a, b) => a - b);
        return {
          resourceId: r.id,
          code: r.code,
          name: r.name,
          numbers: offered,
          bookings,
          completed,
          cancelled,
          noShows,
          voidedLate,
          utilisation: offered > 0 ? completed / offered : null,
          noShowRate: bookings - cancelled > 0 ? (noShows + voidedLate) / (bookings - cancelled) : null,
          byExamType: typeIds.map((t) => {
            const rows = own.filter((c) => c.exam_type_id === t);
            return {
              examTypeId: t,
              bookings: sum(null, rows),
              completed: sum(['REGISTERED'], rows),
              noShows: sum(['NO_SHOW', 'VOIDED_LATE'], rows),
            };
          }),
        };
      })
      .filter((r) => r.numbers > 0 || r.bookings > 0);
  }
}
