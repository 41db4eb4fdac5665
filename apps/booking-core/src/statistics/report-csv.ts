import type { Report, ReportRow } from './statistics.service';

/** Key columns of each grouping, in the CSV's order. */
const KEY_COLUMNS: Record<string, string[]> = {
  month: ['month'],
  department: ['departmentId', 'department'],
  doctor: ['doctorId', 'doctor'],
  channel: ['channel', 'channelName'],
  weekday: ['weekday', 'weekdayName'],
};

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * R17: a report as CSV — UTF-8 with a byte-order mark (so spreadsheet programs read the Chinese
 * names), CRLF lines, one row per group and a last TOTAL row: the same numbers as the JSON.
 */
export function reportCsv(report: Report): string {
  const keys = report.groupBy.flatMap((d) => KEY_COLUMNS[d]);
  const header = [
    ...keys,
    ...report.counts.map((c) => c.key),
    ...report.figures.flatMap((f) => [
      f.key,
      `${f.key}_previous`,
      `${f.key}_change_from_previous`,
      `${f.key}_year_ago`,
      `${f.key}_change_from_year_ago`,
    ]),
  ];
  const line = (row: ReportRow, total: boolean) =>
    [
      ...keys.map((k, i) => (total ? (i === 0 ? 'TOTAL' : '') : row.key[k])),
      ...report.counts.map((c) => row.counts[c.key]),
      ...report.figures.flatMap((f) => {
        const v = row.figures[f.key];
        return [v.value, v.previous, v.changeFromPrevious, v.yearAgo, v.changeFromYearAgo];
      }),
    ]
      .map(cell)
      .join(',');
  const lines = [header.join(','), ...report.rows.map((r) => line(r, false)), line(report.total, true)];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** A report's CSV file name. */
export function reportCsvName(report: Report): string {
  return `${report.report}_${report.from}_${report.to}${report.groupBy.length ? `_by-${report.groupBy.join('-')}` : ''}.csv`;
}
