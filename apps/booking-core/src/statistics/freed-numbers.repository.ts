import { Injectable } from '@nestjs/common';
import { SqlClient } from '../database/sql-client';
import type { FreedNumbersReportResult } from '../database/sql-types.generated';

/** R17: where freed numbers went (freed_numbers_report, 230_waitlist.sql; decision 029). */
@Injectable()
export class FreedNumbersRepository {
  constructor(private readonly sql: SqlClient) {}

  byDay(from: string, to: string, tz: string): Promise<FreedNumbersReportResult[]> {
    return this.sql.call('freed_numbers_report', { from, to, tz });
  }
}
