/**
 * R16, R17: the reports, as pure arithmetic over the daily roll-ups' additive counters and
 * histograms. Every figure is defined in docs/statistics.md (anchor = the figure's `anchor`), and
 * the dashboard links each figure to that definition. Decision 021.
 */

/** The dimensions a report row may be grouped by. */
export const DIMENSIONS = ['month', 'department', 'doctor', 'channel', 'weekday'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Which roll-up a report reads. */
export type Source = 'day' | 'session' | 'notification';

/** Counters of one group (sums of roll-up columns) and, where the report has one, a histogram. */
export interface Aggregate {
  counts: Record<string, number>;
  /** bucket (whole minutes or seconds) → how many */
  histogram: Map<number, number>;
}

export interface FigureDefinition {
  key: string;
  label: string;
  unit: '%' | 'min' | 'day' | 's' | 'count';
  /** The anchor of the figure's definition in docs/statistics.md and on /dashboard/definitions. */
  anchor: string;
  compute(a: Aggregate, share?: number): number | null;
}

export interface ReportDefinition {
  name: string;
  title: string;
  requirement: 'R16' | 'R17';
  source: Source;
  /** The roll-up's histogram, if the report has percentiles. */
  histogram?: 'wait' | 'notification_delay';
  dimensions: readonly Dimension[];
  defaultGroupBy: Dimension[];
  /** Dimensions groupBy must include (channel-mix: shares of channels). */
  requires?: Dimension;
  /** Counter columns shown with the figures, in order. */
  counts: { key: string; label: string }[];
  figures: FigureDefinition[];
}

/** Two decimals, half away from zero: the figures the API, the CSV and the page all show. */
export function round2(value: number): number {
  const sign = value < 0 ? -1 : 1;
  return (sign * Math.round(Math.abs(value) * 100 + 1e-9)) / 100;
}

const ratio = (part: number, whole: number, scale = 1): number | null =>
  whole > 0 ? round2((part / whole) * scale) : null;

/**
 * The nearest-rank percentile of a histogram: the smallest bucket whose cumulative count reaches
 * ⌈p × N⌉. Null without observations.
 */
export function percentile(histogram: Map<number, number>, p: number): number | null {
  let total = 0;
  for (const n of histogram.values()) total += n;
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total - 1e-9));
  let seen = 0;
  for (const bucket of [...histogram.keys()].sort((x, y) => x - y)) {
    seen += histogram.get(bucket) ?? 0;
    if (seen >= rank) return bucket;
  }
  return null;
}

const c = (a: Aggregate, key: string): number => a.counts[key] ?? 0;

const ALL: readonly Dimension[] = DIMENSIONS;
const NO_CHANNEL: readonly Dimension[] = ['month', 'department', 'doctor', 'weekday'];

export const REPORTS: readonly ReportDefinition[] = [
  {
    name: 'appointment-rate',
    title: '预约诊疗率',
    requirement: 'R17',
    source: 'day',
    dimensions: ALL,
    defaultGroupBy: ['month'],
    counts: [
      { key: 'visits', label: '门诊人次' },
      { key: 'visitsBooked', label: '预约就诊人次' },
      { key: 'walkInVisits', label: '现场挂号人次' },
    ],
    figures: [
      {
        key: 'rate',
        label: '预约诊疗率',
        unit: '%',
        anchor: 'appointment-rate',
        compute: (a) => ratio(c(a, 'visitsBooked'), c(a, 'visits'), 100),
      },
    ],
  },
  {
    name: 'waiting-time',
    title: '预约后平均等待时间',
    requirement: 'R17',
    source: 'day',
    histogram: 'wait',
    dimensions: ALL,
    defaultGroupBy: ['month'],
    counts: [{ key: 'called', label: '叫号的预约人次' }],
    figures: [
      {
        key: 'mean',
        label: '平均等待（分钟）',
        unit: 'min',
        anchor: 'waiting-time',
        compute: (a) => ratio(c(a, 'waitSeconds'), c(a, 'called'), 1 / 60),
      },
      {
        key: 'p50',
        label: 'P50（分钟）',
        unit: 'min',
        anchor: 'waiting-time',
        compute: (a) => percentile(a.histogram, 0.5),
      },
      {
        key: 'p90',
        label: 'P90（分钟）',
        unit: 'min',
        anchor: 'waiting-time',
        compute: (a) => percentile(a.histogram, 0.9),
      },
    ],
  },
  {
    name: 'no-show',
    title: '爽约率',
    requirement: 'R17',
    source: 'day',
    dimensions: ALL,
    defaultGroupBy: ['month'],
    counts: [
      { key: 'due', label: '到期预约' },
      { key: 'noShow', label: '爽约' },
      { key: 'voidedLate', label: '迟到作废' },
    ],
    figures: [
      {
        key: 'rate',
        label: '爽约率',
        unit: '%',
        anchor: 'no-show-rate',
        compute: (a) => ratio(c(a, 'noShow') + c(a, 'voidedLate'), c(a, 'due'), 100),
      },
    ],
  },
  {
    name: 'punctuality',
    title: '医生准时开诊',
    requirement: 'R16',
    source: 'session',
    dimensions: NO_CHANNEL,
    defaultGroupBy: ['doctor'],
    counts: [
      { key: 'calledSessions', label: '有叫号的出诊' },
      { key: 'onTime', label: '准时出诊' },
    ],
    figures: [
      {
        key: 'meanDelay',
        label: '平均延迟（分钟）',
        unit: 'min',
        anchor: 'punctuality',
        compute: (a) => ratio(c(a, 'delaySeconds'), c(a, 'calledSessions'), 1 / 60),
      },
      {
        key: 'onTimeShare',
        label: '准时率',
        unit: '%',
        anchor: 'punctuality',
        compute: (a) => ratio(c(a, 'onTime'), c(a, 'calledSessions'), 100),
      },
    ],
  },
  {
    name: 'utilisation',
    title: '号源利用率',
    requirement: 'R17',
    source: 'session',
    dimensions: NO_CHANNEL,
    defaultGroupBy: ['month'],
    counts: [
      { key: 'released', label: '放出号源' },
      { key: 'taken', label: '已用号源（预约＋现场）' },
    ],
    figures: [
      {
        key: 'rate',
        label: '号源利用率',
        unit: '%',
        anchor: 'utilisation',
        compute: (a) => ratio(c(a, 'taken'), c(a, 'released'), 100),
      },
    ],
  },
  {
    name: 'cancellation',
    title: '退号率',
    requirement: 'R17',
    source: 'day',
    dimensions: ALL,
    defaultGroupBy: ['month'],
    counts: [
      { key: 'booked', label: '预约' },
      { key: 'cancelled', label: '患者退号' },
    ],
    figures: [
      {
        key: 'rate',
        label: '退号率',
        unit: '%',
        anchor: 'cancellation-rate',
        compute: (a) => ratio(c(a, 'cancelled'), c(a, 'booked'), 100),
      },
    ],
  },
  {
    name: 'lead-time',
    title: '提前预约天数',
    requirement: 'R17',
    source: 'day',
    dimensions: ALL,
    defaultGroupBy: ['month'],
    counts: [{ key: 'booked', label: '预约' }],
    figures: [
      {
        key: 'meanDays',
        label: '平均提前天数',
        unit: 'day',
        anchor: 'lead-time',
        compute: (a) => ratio(c(a, 'leadDays'), c(a, 'booked')),
      },
    ],
  },
  {
    name: 'suspensions',
    title: '停诊',
    requirement: 'R17',
    source: 'session',
    dimensions: NO_CHANNEL,
    defaultGroupBy: ['month'],
    counts: [],
    figures: [
      {
        key: 'sessions',
        label: '停诊出诊数',
        unit: 'count',
        anchor: 'suspensions',
        compute: (a) => c(a, 'suspended'),
      },
      {
        key: 'patientsAffected',
        label: '受影响患者',
        unit: 'count',
        anchor: 'suspensions',
        compute: (a) => c(a, 'affected'),
      },
    ],
  },
  {
    name: 'notifications',
    title: '通知送达',
    requirement: 'R17',
    source: 'notification',
    histogram: 'notification_delay',
    dimensions: ['month', 'channel', 'weekday'],
    defaultGroupBy: ['channel'],
    counts: [{ key: 'created', label: '产生的通知' }],
    figures: [
      { key: 'sent', label: '已送达', unit: 'count', anchor: 'notifications', compute: (a) => c(a, 'sent') },
      {
        key: 'dead',
        label: '投递失败',
        unit: 'count',
        anchor: 'notifications',
        compute: (a) => c(a, 'dead'),
      },
      {
        key: 'medianDelay',
        label: '送达延迟中位数（秒）',
        unit: 's',
        anchor: 'notifications',
        compute: (a) => percentile(a.histogram, 0.5),
      },
    ],
  },
  {
    name: 'channel-mix',
    title: '渠道构成',
    requirement: 'R17',
    source: 'day',
    dimensions: ALL,
    defaultGroupBy: ['channel'],
    requires: 'channel',
    counts: [{ key: 'appointments', label: '预约及现场挂号' }],
    figures: [
      {
        key: 'share',
        label: '占比',
        unit: '%',
        anchor: 'channel-mix',
        compute: (a, share) => (share === undefined ? null : ratio(c(a, 'appointments'), share, 100)),
      },
    ],
  },
];

export function reportNamed(name: string): ReportDefinition | undefined {
  return REPORTS.find((r) => r.name === name);
}

/**
 * The counters a group's sums of roll-up columns give (the repository reads the columns under
 * these names).
 */
export function countsFromColumns(source: Source, row: Record<string, unknown>): Record<string, number> {
  const n = (key: string) => Number(row[key] ?? 0);
  if (source === 'day') {
    const booked = n('booked');
    return {
      booked,
      cancelled: n('cancelled'),
      due: booked - n('cancelled') - n('cancelled_by_hospital'),
      noShow: n('no_show'),
      voidedLate: n('voided_late'),
      visits: n('visits'),
      visitsBooked: n('visits_booked'),
      walkInVisits: n('visits') - n('visits_booked'),
      appointments: booked + n('walk_ins'),
      leadDays: n('lead_days_sum'),
      called: n('wait_count'),
      waitSeconds: n('wait_seconds_sum'),
    };
  }
  if (source === 'session')
    return {
      released: n('released'),
      taken: n('taken'),
      suspended: n('suspended'),
      affected: n('affected'),
      calledSessions: n('called_sessions'),
      delaySeconds: n('delay_seconds'),
      onTime: n('on_time'),
    };
  return { created: n('created'), sent: n('sent'), dead: n('dead') };
}
