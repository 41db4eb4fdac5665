import { Injectable } from '@nestjs/common';
import { SharedReads } from '@app/common';
import { SqlClient } from '../database/sql-client';
import type { RollupStatisticsDayResult, StatPolicyEventRow } from '../database/sql-types.generated';
import type { Actor } from '../shared/actor';
import type { Dimension, Source } from './report-definitions';

/** The roll-up column each dimension groups by. */
const DIMENSION_COLUMN: Record<Dimension, string> = {
  month: 'stat_month',
  department: 'department_id',
  doctor: 'doctor_id',
  channel: 'channel',
  weekday: 'weekday',
};

/** What each source sums (column expressions are fixed text, never from input). */
const SOURCE_SQL: Record<Source, { table: string; sums: string; filters: readonly string[] }> = {
  day: {
    table: 'stat_day',
    sums: [
      'booked',
      'cancelled',
      'cancelled_by_hospital',
      'no_show',
      'voided_late',
      'walk_ins',
      'visits',
      'visits_booked',
      'lead_days_sum',
      'wait_count',
      'wait_seconds_sum',
    ]
      .map((c) => `SUM(${c}) AS ${c}`)
      .join(', '),
    filters: ['department', 'doctor', 'channel'],
  },
  session: {
    table: 'stat_session',
    sums: [
      'SUM(CASE WHEN suspended = 0 THEN released ELSE 0 END) AS released',
      'SUM(CASE WHEN suspended = 0 THEN taken ELSE 0 END) AS taken',
      'SUM(suspended) AS suspended',
      'SUM(affected) AS affected',
      'SUM(CASE WHEN suspended = 0 AND first_call_delay_s IS NOT NULL THEN 1 ELSE 0 END) AS called_sessions',
      'SUM(CASE WHEN suspended = 0 THEN COALESCE(first_call_delay_s, 0) ELSE 0 END) AS delay_seconds',
      'SUM(CASE WHEN suspended = 0 AND first_call_delay_s <= :onTimeSeconds THEN 1 ELSE 0 END) AS on_time',
    ].join(', '),
    filters: ['department', 'doctor'],
  },
  notification: {
    table: 'stat_notification',
    sums: 'SUM(created) AS created, SUM(sent) AS sent, SUM(dead) AS dead',
    filters: ['channel'],
  },
};

const HISTOGRAM_SQL = {
  wait: { table: 'stat_wait', bucket: 'wait_minute', filters: ['department', 'doctor', 'channel'] },
  notification_delay: { table: 'stat_notification_delay', bucket: 'delay_seconds', filters: ['channel'] },
} as const;

const FILTER_COLUMN: Record<string, string> = {
  department: 'department_id',
  doctor: 'doctor_id',
  channel: 'channel',
};

export interface ReportFilters {
  department?: number;
  doctor?: number;
  channel?: string;
}

export interface AggregateQuery {
  from: string;
  to: string;
  dimensions: Dimension[];
  filters: ReportFilters;
  onTimeSeconds: number;
}

/** A roll-up row: the dimension values (by dimension name) and the sums. */
export type GroupRow = Record<string, unknown>;

/** R16, R17: the roll-ups (written by rollup_statistics_day) and the policy events. Decision 021. */
@Injectable()
export class StatisticsRepository {
  /** Identical roll-up reads under way (text and parameters → their rows); read-only rows. */
  private readonly inFlight = new SharedReads<GroupRow[]>();

  constructor(private readonly sql: SqlClient) {}

  async rollupDay(
    day: string,
    close: boolean,
    rebuild: boolean,
    tz: string,
    now: Date,
  ): Promise<RollupStatisticsDayResult> {
    const [row] = await this.sql.call('rollup_statistics_day', { day, close, rebuild, tz, now });
    return row;
  }

  /** The newest closed day, the first and last session days (YYYY-MM-DD, or null). */
  async rollupBounds(): Promise<{
    lastClosed: string | null;
    firstSession: string | null;
    lastSession: string | null;
  }> {
    const text = (day: (column: string) => string) =>
      `SELECT (SELECT ${day('MAX(stat_date)')} FROM stat_rollup_day WHERE closed = :closed) AS last_closed,
              (SELECT ${day('MIN(session_date)')} FROM clinic_session) AS first_session,
              (SELECT ${day('MAX(session_date)')} FROM clinic_session) AS last_session`;
    const [row] = await this.sql.query<{
      last_closed: unknown;
      first_session: unknown;
      last_session: unknown;
    }>({ postgres: text(PG_DAY), mssql: text(MSSQL_DAY) }, { closed: true });
    return {
      lastClosed: isoDate(row?.last_closed),
      firstSession: isoDate(row?.first_session),
      lastSession: isoDate(row?.last_session),
    };
  }

  /** Days in [from, to] not rolled up yet, or rolled up but still open. */
  async openDays(from: string, to: string): Promise<{ day: string; closed: boolean }[]> {
    const text = (day: (column: string) => string) =>
      `SELECT ${day('stat_date')} AS stat_date, closed FROM stat_rollup_day WHERE stat_date BETWEEN :from AND :to`;
    const rows = await this.sql.query<{ stat_date: unknown; closed: unknown }>(
      { postgres: text(PG_DAY), mssql: text(MSSQL_DAY) },
      { from, to },
    );
    return rows.map((r) => ({
      day: isoDate(r.stat_date) ?? '',
      closed: r.closed === true || r.closed === 1,
    }));
  }

  /**
   * A source's sums by the query's dimensions. stat_day's whole months are read from its month
   * layer (dayMonthTable) and only the days of a partial month at either end from stat_day; the
   * caller adds the rows of equal groups up. Decision 037.
   */
  async aggregate(source: Source, q: AggregateQuery): Promise<GroupRow[]> {
    const s = SOURCE_SQL[source];
    const months = source === 'day' ? dayMonthTable(q) : null;
    if (!months) return this.grouped(s.table, s.sums, s.filters, q, null);
    const parts = splitByMonth(q.from, q.to);
    const reads = parts.days.map((range) =>
      this.grouped(s.table, s.sums, s.filters, { ...q, ...range }, null),
    );
    if (parts.months)
      reads.push(this.grouped(months, s.sums, s.filters, { ...q, ...parts.months }, null, 'stat_month'));
    return (await Promise.all(reads)).flat();
  }

  /**
   * A histogram's rows (the dimensions, bucket and n) for the period. The waiting-time histogram
   * reads the whole months of the period from the smallest month layer that has the query's
   * columns (waitMonthTable) and only the days of a partial month at either end from stat_wait
   * (stat_wait throughout when no layer has them); the caller adds the rows of equal groups up.
   * Decisions 021, 037.
   */
  async histogram(kind: 'wait' | 'notification_delay', q: AggregateQuery): Promise<GroupRow[]> {
    const h = HISTOGRAM_SQL[kind];
    const months = kind === 'wait' ? waitMonthTable(q) : null;
    if (!months) return this.grouped(h.table, 'SUM(n) AS n', h.filters, q, h.bucket);
    const parts = splitByMonth(q.from, q.to);
    const reads = parts.days.map((range) =>
      this.grouped(h.table, 'SUM(n) AS n', h.filters, { ...q, ...range }, h.bucket),
    );
    if (parts.months)
      reads.push(
        this.grouped(months, 'SUM(n) AS n', h.filters, { ...q, ...parts.months }, h.bucket, 'stat_month'),
      );
    return (await Promise.all(reads)).flat();
  }

  private async grouped(
    table: string,
    sums: string,
    filterable: readonly string[],
    q: AggregateQuery,
    bucket: string | null,
    period: 'stat_date' | 'stat_month' = 'stat_date',
  ): Promise<GroupRow[]> {
    const columns = q.dimensions.map((d) => `${DIMENSION_COLUMN[d]} AS ${d}`);
    if (bucket) columns.push(`${bucket} AS bucket`);
    const groupBy = [...q.dimensions.map((d) => DIMENSION_COLUMN[d]), ...(bucket ? [bucket] : [])];
    const params: Record<string, unknown> = { from: q.from, to: q.to };
    if (sums.includes(':onTimeSeconds')) params.onTimeSeconds = q.onTimeSeconds;
    const where = [`${period} BETWEEN :from AND :to`];
    for (const [name, value] of Object.entries(q.filters)) {
      if (value === undefined || !filterable.includes(name)) continue;
      where.push(`${FILTER_COLUMN[name]} = :${name}`);
      params[name] = value;
    }
    const text =
      `SELECT ${[...columns, sums].join(', ')} FROM ${table} WHERE ${where.join(' AND ')}` +
      (groupBy.length ? ` GROUP BY ${groupBy.join(', ')}` : '');
    // The dashboard's charts ask for the same sums more than once at a time (appointment rate and
    // no-shows by month read the same stat_day groups): one query while it runs serves them all.
    return this.inFlight.run(`${text}\u0000${JSON.stringify(params)}`, () =>
      this.sql.query<GroupRow>(text, params),
    );
  }

  async departments(): Promise<{ id: number; name: string }[]> {
    const rows = await this.sql.query<{ id: number; name: string }>(
      'SELECT id, name FROM department ORDER BY id',
    );
    return rows.map((r) => ({ id: Number(r.id), name: r.name }));
  }

  async doctors(): Promise<{ id: number; name: string; departmentId: number }[]> {
    const rows = await this.sql.query<{ id: number; name: string; department_id: number }>(
      'SELECT id, name, department_id FROM doctor ORDER BY id',
    );
    return rows.map((r) => ({ id: Number(r.id), name: r.name, departmentId: Number(r.department_id) }));
  }

  async policyEvents(from: string, to: string): Promise<PolicyEvent[]> {
    const text = (day: (column: string) => string) =>
      `SELECT id, ${day('event_date')} AS event_date, title FROM stat_policy_event
        WHERE event_date BETWEEN :from AND :to ORDER BY event_date, id`;
    const rows = await this.sql.query<{ id: number; event_date: string; title: string }>(
      { postgres: text(PG_DAY), mssql: text(MSSQL_DAY) },
      { from, to },
    );
    return rows.map((r) => ({ id: Number(r.id), date: r.event_date, title: r.title }));
  }

  async addPolicyEvent(date: string, title: string, by: Actor): Promise<PolicyEvent> {
    const [row]: StatPolicyEventRow[] = await this.sql.call('add_policy_event', {
      event_date: date,
      title,
      ...by,
    });
    return { id: Number(row.id), date, title: row.title };
  }
}

/** Whether a query groups or filters by a dimension. */
function names(q: AggregateQuery, d: 'doctor' | 'channel' | 'weekday'): boolean {
  return q.dimensions.includes(d) || (d !== 'weekday' && q.filters[d] !== undefined);
}

/**
 * The month layer of stat_day a query reads its whole months from (decision 037), or null for
 * stat_day throughout: stat_day_month, or by weekday stat_day_month_weekday (no doctor column).
 */
function dayMonthTable(q: AggregateQuery): string | null {
  if (!names(q, 'weekday')) return 'stat_day_month';
  return names(q, 'doctor') ? null : 'stat_day_month_weekday';
}

/**
 * The month layer of the waiting-time histogram a query reads its whole months from, the smallest
 * with the query's columns (decision 037), or null for stat_wait throughout: by weekday
 * stat_wait_month_weekday (no doctor, no channel); else with a channel stat_wait_month (with a
 * doctor too) or stat_wait_month_channel; else stat_wait_month_doctor (with a doctor) or
 * stat_wait_month_department.
 */
function waitMonthTable(q: AggregateQuery): string | null {
  if (names(q, 'weekday'))
    return names(q, 'doctor') || names(q, 'channel') ? null : 'stat_wait_month_weekday';
  if (names(q, 'channel')) return names(q, 'doctor') ? 'stat_wait_month' : 'stat_wait_month_channel';
  return names(q, 'doctor') ? 'stat_wait_month_doctor' : 'stat_wait_month_department';
}

/**
 * A period (YYYY-MM-DD, inclusive) as its whole calendar months (YYYY-MM … YYYY-MM, or null) and
 * the day ranges of the partial months at either end (none, one or two).
 */
export function splitByMonth(
  from: string,
  to: string,
): { months: { from: string; to: string } | null; days: { from: string; to: string }[] } {
  const month = (date: string) => date.slice(0, 7);
  const lastDay = (m: string) => {
    const [y, mo] = m.split('-').map(Number);
    return new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10);
  };
  const nextMonth = (m: string) => {
    const [y, mo] = m.split('-').map(Number);
    return new Date(Date.UTC(y, mo, 1)).toISOString().slice(0, 7);
  };
  const previousMonth = (m: string) => {
    const [y, mo] = m.split('-').map(Number);
    return new Date(Date.UTC(y, mo - 2, 1)).toISOString().slice(0, 7);
  };
  const first = from.endsWith('-01') ? month(from) : nextMonth(month(from));
  const last = to === lastDay(month(to)) ? month(to) : previousMonth(month(to));
  if (first > last) return { months: null, days: [{ from, to }] };
  const days: { from: string; to: string }[] = [];
  if (from < `${first}-01`) days.push({ from, to: lastDay(month(from)) });
  if (to > lastDay(last)) days.push({ from: `${month(to)}-01`, to });
  return { months: { from: first, to: last }, days };
}

/** A date read as text YYYY-MM-DD in each dialect. */
const PG_DAY = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
const MSSQL_DAY = (column: string) => `CONVERT(char(10), ${column}, 23)`;

function isoDate(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A dated policy event marked on the charts. */
export interface PolicyEvent {
  id: number;
  date: string;
  title: string;
}
