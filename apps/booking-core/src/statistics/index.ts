export { StatisticsModule } from './statistics.module';
export { StatisticsService, CHANNEL_NAMES, WEEKDAY_NAMES, definitionHref } from './statistics.service';
export type { Report, ReportRow, FigureValue, ReportParams } from './statistics.service';
export { RollupJob } from './rollup.job';
export { REPORTS } from './report-definitions';
export { reportCsv, reportCsvName } from './report-csv';
