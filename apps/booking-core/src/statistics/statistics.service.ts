import { Injectable } from '@nestjs/common';
import { CHANNELS, DELIVERY_CHANNELS } from '@app/contracts';
import { DomainError } from '@app/common';
import { addDays, isIsoDate } from '@app/domain';
import { ClockService } from '../clock';
import { SettingsService } from '../settings';
import {
  type Aggregate,
  countsFromColumns,
  type Dimension,
  type ReportDefinition,
  reportNamed,
  REPORTS,
  round2,
} from './report-definitions';
import {
  type AggregateQuery,
  type GroupRow,
  type ReportFilters,
  StatisticsRepository,
} from './statistics.repository';

/** A figure of a period with its change from the previous period and from a year earlier. */
export interface FigureValue {
  value: number | null;
  previous: number | null;
  changeFromPrevious: number | null;
  yearAgo: number | null;
  changeFromYearAgo: number | null;
}

export interface ReportRow {
  /** The group: month, departmentId + department, doctorId + doctor, channel + channelName, weekday + weekdayName. */
  key: Record<string, string | number>;
  label: string;
  counts: Record<string, number>;
  figures: Record<string, FigureValue>;
}

export interface Report {
  report: string;
  title: string;
  requirement: string;
  from: string;
  to: string;
  groupBy: Dimension[];
  filters: ReportFilters;
  /** The periods the changes compare with (month rows: the previous month and the same month a year earlier). */
  comparison: { previous: { from: string; to: string }; yearAgo: { from: string; to: string } };
  counts: { key: string; label: string }[];
  figures: { key: string; label: string; unit: string; definition: string }[];
  rows: ReportRow[];
  total: ReportRow;
}

export interface ReportParams {
  from?: string;
  to?: string;
  groupBy?: string;
  department?: string;
  doctor?: string;
  channel?: string;
}

/** The longest period a report covers (six years: the five-year history and a comparison). */
const MAX_DAYS = 6 * 366;
/** Today's live roll-up is recomputed at most this often (clock time). */
const LIVE_MS = 60_000;

export const CHANNEL_NAMES: Record<string, string> = {
  PHONE: '电话预约',
  COUNTER: '现场预约窗口',
  CLINIC: '诊间预约',
  WARD: '出院复诊预约',
  KIOSK: '自助机',
  WEB: '官网',
  APP: '医院App',
  WECHAT: '微信',
  THIRD_PARTY: '第三方平台',
  COMMUNITY: '社区转诊',
  ON_SITE: '现场挂号',
  SMS: '短信',
  APP_PUSH: 'App推送',
  PARTNER_CALLBACK: '合作方回调',
};
export const WEEKDAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** Where each figure is defined (the dashboard's page of docs/statistics.md). */
export const definitionHref = (anchor: string): string => `/dashboard/definitions#${anchor}`;

/**
 * R16, R17: reports over the daily roll-ups (closed days as rolled up, today live), each figure
 * with its change from the previous period and from the same period a year earlier. Decision 021.
 */
@Injectable()
export class StatisticsService {
  private live: { day: string; at: number } | null = null;
  private liveRun: Promise<void> | null = null;

  constructor(
    private readonly repository: StatisticsRepository,
    private readonly clock: ClockService,
    private readonly settings: SettingsService,
  ) {}

  reports(): readonly ReportDefinition[] {
    return REPORTS;
  }

  async report(name: string, params: ReportParams): Promise<Report> {
    const definition = reportNamed(name);
    if (!definition)
      throw new DomainError('REPORT_NOT_FOUND', `reports: ${REPORTS.map((r) => r.name).join(', ')}`);
    const { from, to } = this.period(params);
    const groupBy = parseGroupBy(definition, params.groupBy);
    const filters = parseFilters(params);
    await this.refreshToday(to);
    const onTimeSeconds = (await this.settings.number('punctuality_on_time_minutes')) * 60;

    const days = daysBetween(from, to) + 1;
    const previous = { from: addDays(from, -days), to: addDays(from, -1) };
    const yearAgo = { from: addYears(from, -1), to: addYears(to, -1) };
    const query = (range: { from: string; to: string }): AggregateQuery => ({
      ...range,
      dimensions: groupBy,
      filters,
      onTimeSeconds,
    });
    // Rows by month from the first of a month: the months read for the comparisons hold them
    // already (the same groups over the same days), so the period is not read twice.
    const mainInMonths = groupBy.includes('month') && from.endsWith('-01');
    // Rows by month compare with the months read below: the previous period and the year before
    // serve only the total then, so they are read as one group (decision 037).
    const totalOnly = (range: { from: string; to: string }): AggregateQuery =>
      groupBy.includes('month') ? { ...query(range), dimensions: [] } : query(range);
    const [mainRead, prev, year, months] = await Promise.all([
      mainInMonths ? Promise.resolve(null) : this.aggregates(definition, query({ from, to })),
      this.aggregates(definition, totalOnly(previous)),
      this.aggregates(definition, totalOnly(yearAgo)),
      groupBy.includes('month')
        ? this.aggregates(definition, query({ from: addMonths(from.slice(0, 7) + '-01', -12), to }))
        : Promise.resolve(null),
    ]);
    const main =
      mainRead ??
      monthsFrom(months ?? new Map<string, Aggregate>(), groupBy.indexOf('month'), from.slice(0, 7));
    const names = await this.names(groupBy);

    const shares = (set: Map<string, Aggregate>) => shareDenominators(definition, groupBy, set);
    const [mainShares, prevShares, yearShares] = [shares(main), shares(prev), shares(year)];
    const monthShares = months ? shares(months) : null;
    const rows: ReportRow[] = [...main.entries()]
      .sort(([a], [b]) => compareKeys(a, b))
      .map(([key, aggregate]) => {
        const values = splitKey(key);
        let prevAggregate: Aggregate | undefined;
        let yearAggregate: Aggregate | undefined;
        let prevShare: number | undefined;
        let yearShare: number | undefined;
        if (months && monthShares) {
          const m = groupBy.indexOf('month');
          const shifted = (by: number) =>
            joinKey(values.map((v, i) => (i === m ? addMonths(`${v}-01`, by).slice(0, 7) : v)));
          prevAggregate = months.get(shifted(-1));
          yearAggregate = months.get(shifted(-12));
          prevShare = monthShares.get(shareKey(groupBy, shifted(-1)));
          yearShare = monthShares.get(shareKey(groupBy, shifted(-12)));
        } else {
          prevAggregate = prev.get(key);
          yearAggregate = year.get(key);
          prevShare = prevShares.get(shareKey(groupBy, key));
          yearShare = yearShares.get(shareKey(groupBy, key));
        }
        return this.row(
          definition,
          describeKey(groupBy, values, names),
          aggregate,
          mainShares.get(shareKey(groupBy, key)),
          prevAggregate,
          prevShare,
          yearAggregate,
          yearShare,
        );
      });
    // A period without any roll-up row has no figures to compare with (null, not zero).
    const sum = (set: Map<string, Aggregate>) => (set.size ? sumAggregates([...set.values()]) : undefined);
    const totalMain = sum(main) ?? sumAggregates([]);
    const totalPrev = sum(prev);
    const totalYear = sum(year);
    const total = this.row(
      definition,
      { key: {}, label: '合计' },
      totalMain,
      totalMain.counts.appointments,
      totalPrev,
      totalPrev?.counts.appointments,
      totalYear,
      totalYear?.counts.appointments,
    );

    return {
      report: definition.name,
      title: definition.title,
      requirement: definition.requirement,
      from,
      to,
      groupBy,
      filters,
      comparison: { previous, yearAgo },
      counts: definition.counts,
      figures: definition.figures.map((f) => ({
        key: f.key,
        label: f.label,
        unit: f.unit,
        definition: definitionHref(f.anchor),
      })),
      rows: groupBy.length ? rows : [],
      total,
    };
  }

  /** The period asked for; by default the twelve months up to today (this month included). */
  period(params: { from?: string; to?: string }): { from: string; to: string } {
    const today = this.clock.today();
    const to = params.to ?? today;
    const from = params.from ?? addMonths(to.slice(0, 7) + '-01', -11);
    if (!isIsoDate(from) || !isIsoDate(to))
      throw new DomainError('REPORT_BAD_PERIOD', 'from and to: YYYY-MM-DD');
    if (from > to) throw new DomainError('REPORT_BAD_PERIOD', 'from is after to');
    if (daysBetween(from, to) + 1 > MAX_DAYS)
      throw new DomainError('REPORT_BAD_PERIOD', `at most ${MAX_DAYS} days`);
    return { from, to };
  }

  /** Today's figures are live: its roll-up is recomputed (not closed) when a report reaches today. */
  async refreshToday(to: string): Promise<void> {
    const today = this.clock.today();
    if (to < today) return;
    const now = this.clock.now().getTime();
    if (this.live && this.live.day === today && Math.abs(now - this.live.at) < LIVE_MS) return;
    this.liveRun ??= this.repository
      .rollupDay(today, false, false, this.clock.timeZone, this.clock.now())
      .then(() => {
        this.live = { day: today, at: now };
      })
      .finally(() => (this.liveRun = null));
    await this.liveRun;
  }

  /** Policy events of a period, for the charts' markers. */
  policyEvents(from: string, to: string) {
    return this.repository.policyEvents(from, to);
  }

  /** Departments and doctors, for the dashboard's filters. */
  async catalogue() {
    const [departments, doctors] = await Promise.all([
      this.repository.departments(),
      this.repository.doctors(),
    ]);
    return { departments, doctors };
  }

  /** Forget when today was last rolled up (after a rebuild, the next report recomputes it). */
  invalidateLive(): void {
    this.live = null;
  }

  private async aggregates(definition: ReportDefinition, q: AggregateQuery): Promise<Map<string, Aggregate>> {
    const [rows, histogram] = await Promise.all([
      this.repository.aggregate(definition.source, q),
      definition.histogram ? this.repository.histogram(definition.histogram, q) : Promise.resolve([]),
    ]);
    const out = new Map<string, Aggregate>();
    // A period may be read in parts (whole months and partial ones): equal groups add up.
    for (const row of rows) {
      if (q.dimensions.length === 0 && isEmptyTotal(row)) continue;
      const key = keyOf(q.dimensions, row);
      const counts = countsFromColumns(definition.source, row);
      const seen = out.get(key);
      if (seen) for (const [k, v] of Object.entries(counts)) seen.counts[k] = (seen.counts[k] ?? 0) + v;
      else out.set(key, { counts, histogram: new Map() });
    }
    for (const row of histogram) {
      const key = keyOf(q.dimensions, row);
      let aggregate = out.get(key);
      if (!aggregate) {
        aggregate = { counts: countsFromColumns(definition.source, {}), histogram: new Map() };
        out.set(key, aggregate);
      }
      const bucket = Number(row.bucket);
      aggregate.histogram.set(bucket, (aggregate.histogram.get(bucket) ?? 0) + Number(row.n));
    }
    return out;
  }

  private async names(groupBy: Dimension[]) {
    const departments = groupBy.includes('department') ? await this.repository.departments() : [];
    const doctors = groupBy.includes('doctor') ? await this.repository.doctors() : [];
    return {
      department: new Map(departments.map((d) => [d.id, d.name])),
      doctor: new Map(doctors.map((d) => [d.id, d.name])),
    };
  }

  private row(
    definition: ReportDefinition,
    described: { key: Record<string, string | number>; label: string },
    aggregate: Aggregate,
    share: number | undefined,
    previous: Aggregate | undefined,
    previousShare: number | undefined,
    yearAgo: Aggregate | undefined,
    yearAgoShare: number | undefined,
  ): ReportRow {
    const figures: Record<string, FigureValue> = {};
    for (const f of definition.figures) {
      const value = f.compute(aggregate, share);
      const p = previous ? f.compute(previous, previousShare) : null;
      const y = yearAgo ? f.compute(yearAgo, yearAgoShare) : null;
      figures[f.key] = {
        value,
        previous: p,
        changeFromPrevious: value !== null && p !== null ? round2(value - p) : null,
        yearAgo: y,
        changeFromYearAgo: value !== null && y !== null ? round2(value - y) : null,
      };
    }
    const counts: Record<string, number> = {};
    for (const c of definition.counts) counts[c.key] = aggregate.counts[c.key] ?? 0;
    return { ...described, counts, figures };
  }
}

function parseGroupBy(definition: ReportDefinition, raw: string | undefined): Dimension[] {
  if (raw === undefined) return [...definition.defaultGroupBy];
  if (raw.length > 100) throw new DomainError('REPORT_BAD_GROUP_BY', 'groupBy is too long');
  const parts = raw === '' || raw === 'none' ? [] : raw.split(',');
  const out: Dimension[] = [];
  for (const part of parts) {
    if (!(definition.dimensions as readonly string[]).includes(part))
      throw new DomainError(
        'REPORT_BAD_GROUP_BY',
        `${definition.name} groups by ${definition.dimensions.join(', ')} (one, or two joined by a comma)`,
      );
    if (out.includes(part as Dimension)) throw new DomainError('REPORT_BAD_GROUP_BY', `${part} twice`);
    out.push(part as Dimension);
  }
  if (out.length > 2) throw new DomainError('REPORT_BAD_GROUP_BY', 'at most two groupings');
  if (definition.requires && !out.includes(definition.requires))
    throw new DomainError(
      'REPORT_BAD_GROUP_BY',
      `${definition.name} needs groupBy to include ${definition.requires}`,
    );
  return out;
}

function parseFilters(params: ReportParams): ReportFilters {
  const filters: ReportFilters = {};
  const id = (name: 'department' | 'doctor', value: string | undefined) => {
    if (value === undefined || value === '') return;
    if (!/^[1-9]\d{0,8}$/.test(value)) throw new DomainError('REPORT_BAD_FILTER', `${name} must be an id`);
    filters[name] = Number(value);
  };
  id('department', params.department);
  id('doctor', params.doctor);
  if (params.channel !== undefined && params.channel !== '') {
    if (![...CHANNELS, ...DELIVERY_CHANNELS].includes(params.channel as never))
      throw new DomainError('REPORT_BAD_FILTER', 'channel is not a known channel');
    filters.channel = params.channel;
  }
  return filters;
}

function keyOf(dimensions: Dimension[], row: GroupRow): string {
  return joinKey(dimensions.map((d) => scalar(row[d]).trim()));
}
/** A grouping value as text (month and channel are text; ids and weekdays numbers). */
const scalar = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'bigint'
      ? String(value)
      : '';
const joinKey = (values: string[]) => values.join('|');
const splitKey = (key: string) => (key === '' ? [] : key.split('|'));

/** A grand total row of nothing (SUM over no rows is NULL). */
function isEmptyTotal(row: GroupRow): boolean {
  return Object.values(row).every((v) => v === null || v === undefined);
}

function compareKeys(a: string, b: string): number {
  const x = splitKey(a);
  const y = splitKey(b);
  for (let i = 0; i < x.length; i++) {
    const nx = Number(x[i]);
    const ny = Number(y[i]);
    const c = Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x[i] < y[i] ? -1 : x[i] > y[i] ? 1 : 0;
    if (c !== 0) return c;
  }
  return 0;
}

function describeKey(
  groupBy: Dimension[],
  values: string[],
  names: { department: Map<number, string>; doctor: Map<number, string> },
): { key: Record<string, string | number>; label: string } {
  const key: Record<string, string | number> = {};
  const labels: string[] = [];
  groupBy.forEach((d, i) => {
    const v = values[i];
    if (d === 'month') {
      key.month = v;
      labels.push(v);
    } else if (d === 'department') {
      key.departmentId = Number(v);
      key.department = names.department.get(Number(v)) ?? `#${v}`;
      labels.push(String(key.department));
    } else if (d === 'doctor') {
      key.doctorId = Number(v);
      key.doctor = names.doctor.get(Number(v)) ?? `#${v}`;
      labels.push(String(key.doctor));
    } else if (d === 'channel') {
      key.channel = v;
      key.channelName = CHANNEL_NAMES[v] ?? v;
      labels.push(String(key.channelName));
    } else {
      key.weekday = Number(v);
      key.weekdayName = WEEKDAY_NAMES[Number(v)] ?? v;
      labels.push(String(key.weekdayName));
    }
  });
  return { key, label: labels.join(' · ') };
}

/** channel-mix: the appointments of all channels with the same other grouping values. */
function shareKey(groupBy: Dimension[], key: string): string {
  const c = groupBy.indexOf('channel');
  return joinKey(splitKey(key).filter((_v, i) => i !== c));
}

function shareDenominators(
  definition: ReportDefinition,
  groupBy: Dimension[],
  set: Map<string, Aggregate>,
): Map<string, number> {
  const out = new Map<string, number>();
  if (definition.requires !== 'channel') return out;
  for (const [key, a] of set) {
    const k = shareKey(groupBy, key);
    out.set(k, (out.get(k) ?? 0) + (a.counts.appointments ?? 0));
  }
  return out;
}

/** The groups whose month (at position m of the key) is `month` or later. */
function monthsFrom(set: Map<string, Aggregate>, m: number, month: string): Map<string, Aggregate> {
  return new Map([...set].filter(([key]) => splitKey(key)[m] >= month));
}

function sumAggregates(list: Aggregate[]): Aggregate {
  const counts: Record<string, number> = {};
  const histogram = new Map<number, number>();
  for (const a of list) {
    for (const [k, v] of Object.entries(a.counts)) counts[k] = (counts[k] ?? 0) + v;
    for (const [b, n] of a.histogram) histogram.set(b, (histogram.get(b) ?? 0) + n);
  }
  return { counts, histogram };
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A date shifted by whole months (the day kept, clamped to the month's last day). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

export const addYears = (date: string, years: number): string => addMonths(date, 12 * years);
