import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { CHANNELS } from '@app/contracts';
import { DomainError } from '@app/common';
import { Public } from '../auth/roles.decorator';
import { TokenStore } from '../auth/token-store';
import { ClockService } from '../clock';
import {
  CHANNEL_NAMES,
  type Report,
  reportCsv,
  reportCsvName,
  type ReportParams,
  StatisticsService,
  WEEKDAY_NAMES,
} from '../statistics';
import { bars, heatmap, type Marker, monthlyLines } from './charts';
import { DashboardSessions, type DashboardUser } from './dashboard-session';
import { definitionsHtml } from './definitions';
import { escapeHtml, figureText, page } from './html';

export class SignInForm {
  @IsString()
  @Length(1, 200)
  token!: string;
}

export class DashboardQuery {
  @IsOptional() @IsString() @MaxLength(10) from?: string;
  @IsOptional() @IsString() @MaxLength(10) to?: string;
  @IsOptional() @IsString() @MaxLength(12) department?: string;
  @IsOptional() @IsString() @MaxLength(12) doctor?: string;
  @IsOptional() @IsString() @MaxLength(20) channel?: string;
  @IsOptional() @IsString() @MaxLength(100) groupBy?: string;
}

export class DashboardReportParam {
  @Matches(/^[a-z-]{1,40}\.csv$/)
  report!: string;
}

const ALLOWED = ['STATISTICS', 'ADMIN'] as const;
const TITLE = '门诊预约统计';

/**
 * R16, R17 — the dashboard (decision 022): server-rendered, Chinese, no script. Sign-in exchanges
 * an intranet bearer token (role STATISTICS or ADMIN) for a session cookie; every chart is an
 * ECharts SVG drawn here, with the numbers beside it, each figure linked to its definition and a
 * CSV of the same numbers under it.
 */
@ApiExcludeController()
@Public()
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly sessions: DashboardSessions,
    private readonly tokens: TokenStore,
    private readonly clock: ClockService,
  ) {}

  @Get('login')
  login(@Res({ passthrough: true }) reply: FastifyReply): string {
    return html(reply, signInPage());
  }

  @Post('login')
  @HttpCode(200)
  signIn(@Body() form: SignInForm, @Res({ passthrough: true }) reply: FastifyReply): string {
    const principal = this.tokens.authenticate(form.token.trim());
    if (!principal) return html(reply.code(401), signInPage('令牌无效，请检查后重试。'));
    if (!principal.roles.some((r) => (ALLOWED as readonly string[]).includes(r)))
      return html(reply.code(403), signInPage('此令牌没有查看统计的权限（需要 STATISTICS 或 ADMIN 角色）。'));
    const { cookie } = this.sessions.issue(principal.name, principal.roles);
    void reply.header('set-cookie', cookie);
    return redirect(reply, '/dashboard');
  }

  @Post('logout')
  @HttpCode(200)
  signOut(
    @Headers('cookie') cookie: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): string {
    void reply.header('set-cookie', this.sessions.revoke(this.sessions.read(cookie)));
    return redirect(reply, '/dashboard/login');
  }

  @Get('definitions')
  definitions(@Res({ passthrough: true }) reply: FastifyReply): string {
    return html(
      reply,
      page('统计口径定义', `<p><a href="/dashboard">返回统计页</a></p>${definitionsHtml()}`),
    );
  }

  @Get('reports/:report')
  async csv(
    @Param() p: DashboardReportParam,
    @Query() q: DashboardQuery,
    @Headers('cookie') cookie: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    if (!this.sessions.read(cookie)) return redirect(reply, '/dashboard/login');
    const report = await this.statistics.report(p.report.slice(0, -4), q);
    void reply.header('content-type', 'text/csv; charset=utf-8');
    void reply.header('content-disposition', `attachment; filename="${reportCsvName(report)}"`);
    return reportCsv(report);
  }

  @Get()
  async dashboard(
    @Query() q: DashboardQuery,
    @Headers('cookie') cookie: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const user = this.sessions.read(cookie);
    if (!user) return redirect(reply, '/dashboard/login');
    try {
      return html(reply, await this.render(user, q));
    } catch (error) {
      if (!(error instanceof DomainError) || error.status >= 500) throw error;
      return html(
        reply.code(error.status),
        page(
          TITLE,
          `<p class="error">${escapeHtml(error.detail ?? error.code)}</p><p><a href="/dashboard">重新开始</a></p>`,
          userBar(user),
        ),
      );
    }
  }

  private async render(user: DashboardUser, q: DashboardQuery): Promise<string> {
    const today = this.clock.today();
    const to = q.to || today;
    const from = q.from || `${addMonthsIso(to, -23)}`;
    const base: ReportParams = {
      from,
      to,
      ...(q.department ? { department: q.department } : {}),
      ...(q.doctor ? { doctor: q.doctor } : {}),
      ...(q.channel ? { channel: q.channel } : {}),
    };
    const report = (name: string, groupBy: string, params: ReportParams = base) =>
      this.statistics.report(name, { ...params, groupBy });
    const todayParams: ReportParams = { ...base, from: today, to: today };
    // Every chart's report at once (decision 037): charts over the same roll-up groups share their
    // queries while they run (StatisticsRepository), and today's live figures do not wait for the rest.
    const [rate, noShow, mix, noShowByChannel, punctuality, waiting, events, catalogue, ...live] =
      await Promise.all([
        report('appointment-rate', 'month'),
        report('no-show', 'month'),
        report('channel-mix', 'channel'),
        report('no-show', 'channel'),
        report('punctuality', 'doctor,weekday'),
        report('waiting-time', 'month'),
        this.statistics.policyEvents(from, to),
        this.statistics.catalogue(),
        report('appointment-rate', 'none', todayParams),
        report('waiting-time', 'none', todayParams),
        report('no-show', 'none', todayParams),
        report('punctuality', 'none', todayParams),
        report('utilisation', 'none', todayParams),
      ]);
    const markers: Marker[] = events.map((e) => ({
      month: e.date.slice(0, 7),
      title: `${e.date} ${e.title}`,
    }));
    const query = (params: Record<string, string | undefined>) =>
      new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
    const csvLink = (r: Report, params: ReportParams = base) =>
      `<a class="csv" href="/dashboard/reports/${r.report}.csv?${escapeHtml(
        query({ ...params, groupBy: r.groupBy.length ? r.groupBy.join(',') : 'none' }),
      )}" download>下载 CSV：${escapeHtml(r.title)}</a>`;

    const sections: string[] = [];
    sections.push(filtersForm(base, catalogue));
    sections.push(
      section(
        'appointment-rate',
        '预约诊疗率（按月）',
        rate,
        monthlyLines({
          months: rate.rows.map((r) => String(r.key.month)),
          series: [{ name: '预约诊疗率', values: rate.rows.map((r) => r.figures.rate.value) }],
          unit: '%',
          markers,
        }),
        monthTable(rate),
        csvLink(rate),
        markers.length
          ? `<p class="note">虚线：政策事件 — ${markers.map((m) => escapeHtml(m.title)).join('；')}</p>`
          : '',
      ),
    );
    sections.push(
      section(
        'no-show',
        '爽约率（按月）',
        noShow,
        monthlyLines({
          months: noShow.rows.map((r) => String(r.key.month)),
          series: [{ name: '爽约率', values: noShow.rows.map((r) => r.figures.rate.value) }],
          unit: '%',
          markers,
        }),
        monthTable(noShow),
        csvLink(noShow),
      ),
    );
    const channels = mix.rows.map((r) => String(r.key.channel));
    const noShowOf = new Map(noShowByChannel.rows.map((r) => [String(r.key.channel), r.figures.rate.value]));
    sections.push(
      section(
        'channel-mix',
        '各渠道占比与爽约率',
        mix,
        bars({
          categories: mix.rows.map((r) => String(r.key.channelName)),
          series: [
            { name: '渠道占比', values: mix.rows.map((r) => r.figures.share.value) },
            { name: '爽约率', values: channels.map((c) => noShowOf.get(c) ?? null) },
          ],
          unit: '%',
        }),
        groupTable(mix, 'channelName') + groupTable(noShowByChannel, 'channelName'),
        csvLink(mix) + ' ' + csvLink(noShowByChannel),
      ),
    );
    const doctors = [
      ...new Map(punctuality.rows.map((r) => [Number(r.key.doctorId), String(r.key.doctor)])).entries(),
    ];
    const weekdays = [...new Set(punctuality.rows.map((r) => Number(r.key.weekday)))].sort((a, b) => a - b);
    sections.push(
      section(
        'punctuality',
        `医生准时开诊：平均延迟（分钟），医生 × 星期（准时 ≤ 设置值）`,
        punctuality,
        heatmap({
          rows: doctors.map(([, name]) => name),
          columns: weekdays.map((w) => WEEKDAY_NAMES[w]),
          cells: punctuality.rows.map((r) => [
            weekdays.indexOf(Number(r.key.weekday)),
            doctors.findIndex(([id]) => id === Number(r.key.doctorId)),
            r.figures.meanDelay.value,
          ]),
          name: '平均延迟（分钟）',
        }),
        groupTable(punctuality, 'doctor', 'weekdayName'),
        csvLink(punctuality),
      ),
    );
    sections.push(
      section(
        'waiting-time',
        '预约后等待时间分布（按月：均值、P50、P90，分钟）',
        waiting,
        monthlyLines({
          months: waiting.rows.map((r) => String(r.key.month)),
          series: [
            { name: '均值', values: waiting.rows.map((r) => r.figures.mean.value) },
            { name: 'P50', values: waiting.rows.map((r) => r.figures.p50.value) },
            { name: 'P90', values: waiting.rows.map((r) => r.figures.p90.value) },
          ],
          unit: '分钟',
        }),
        monthTable(waiting),
        csvLink(waiting),
      ),
    );
    sections.push(liveSection(today, live, (r) => csvLink(r, todayParams)));
    const header = userBar(user);
    return page(
      TITLE,
      `<p class="note">统计期 ${escapeHtml(from)} 至 ${escapeHtml(to)}；每个数字附与上期、去年同期的比较；口径见 <a href="/dashboard/definitions">统计口径定义</a>。已结束的日期按日汇总后不再变化，今日数据为实时。</p>
${sections.join('\n')}`,
      header,
    );
  }
}

function html(reply: FastifyReply, body: string): string {
  void reply.header('content-type', 'text/html; charset=utf-8');
  void reply.header('cache-control', 'no-store');
  return body;
}

function redirect(reply: FastifyReply, location: string): string {
  void reply.code(303).header('location', location);
  return '';
}

function addMonthsIso(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + months, 1)).toISOString().slice(0, 10);
}

function userBar(user: DashboardUser): string {
  return `<span>${escapeHtml(user.name)}</span><a href="/dashboard/definitions">口径定义</a>
<form method="post" action="/dashboard/logout"><button type="submit">退出登录</button></form>`;
}

function signInPage(error?: string): string {
  return page(
    `${TITLE} — 登录`,
    `<section>
<h2>登录</h2>
<p>请输入内网访问令牌（需要 STATISTICS 或 ADMIN 角色）。令牌只用于本次登录，不会保存在浏览器中。</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/dashboard/login">
<label>访问令牌 <input type="password" name="token" autocomplete="off" required></label>
<button type="submit">登录</button>
</form>
</section>`,
  );
}

function filtersForm(
  q: ReportParams,
  catalogue: {
    departments: { id: number; name: string }[];
    doctors: { id: number; name: string; departmentId: number }[];
  },
): string {
  const option = (value: string, label: string, selected: string | undefined) =>
    `<option value="${escapeHtml(value)}"${selected === value ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  return `<section><form class="filters" method="get" action="/dashboard">
<label>起始日期<input type="date" name="from" value="${escapeHtml(q.from)}"></label>
<label>截止日期<input type="date" name="to" value="${escapeHtml(q.to)}"></label>
<label>科室<select name="department">${option('', '全部科室', q.department ?? '')}${catalogue.departments
    .map((d) => option(String(d.id), d.name, q.department))
    .join('')}</select></label>
<label>医生<select name="doctor">${option('', '全部医生', q.doctor ?? '')}${catalogue.doctors
    .map((d) => option(String(d.id), d.name, q.doctor))
    .join('')}</select></label>
<label>渠道<select name="channel">${option('', '全部渠道', q.channel ?? '')}${CHANNELS.map((c) =>
    option(c, CHANNEL_NAMES[c] ?? c, q.channel),
  ).join('')}</select></label>
<button type="submit">查询</button>
</form></section>`;
}

function section(
  id: string,
  title: string,
  report: Report,
  svg: string,
  table: string,
  csv: string,
  note = '',
): string {
  const definitions = report.figures
    .map((f) => `<a href="${escapeHtml(f.definition)}">${escapeHtml(f.label)}</a>`)
    .join('、');
  return `<section id="chart-${id}">
<h2>${escapeHtml(title)}</h2>
<figure data-chart="${escapeHtml(id)}" data-report="${escapeHtml(report.report)}">${svg}</figure>
${note}
<p class="note">口径：${definitions}</p>
${table}
<p>${csv}</p>
</section>`;
}

function changeText(value: number | null): string {
  return value === null ? '—' : value > 0 ? `+${value}` : String(value);
}

/** One row per month: each figure, with its change from the previous month and a year earlier. */
function monthTable(report: Report): string {
  return groupTable(report, 'month');
}

function groupTable(report: Report, ...keys: string[]): string {
  const head = report.figures
    .map(
      (f) =>
        `<th><a href="${escapeHtml(f.definition)}">${escapeHtml(f.label)}</a></th><th>较上期</th><th>较去年同期</th>`,
    )
    .join('');
  const rows = [...report.rows, report.total]
    .map((r) => {
      const isTotal = r === report.total;
      const label = isTotal ? '合计' : keys.map((k) => String(r.key[k] ?? '')).join(' · ');
      const cells = report.figures
        .map((f) => {
          const v = r.figures[f.key];
          return `<td data-figure="${escapeHtml(f.key)}">${figureText(v.value)}</td><td>${changeText(v.changeFromPrevious)}</td><td>${changeText(v.changeFromYearAgo)}</td>`;
        })
        .join('');
      return `<tr data-report="${escapeHtml(report.report)}" data-key="${escapeHtml(isTotal ? 'TOTAL' : rowKey(report, r.key))}"><td>${escapeHtml(label)}</td>${cells}</tr>`;
    })
    .join('\n');
  return `<div class="numbers"><table data-report="${escapeHtml(report.report)}" data-group-by="${escapeHtml(report.groupBy.join(',') || 'none')}"><thead><tr><th>${escapeHtml(report.title)}</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** The machine key of a row, as the API's key fields give it (month, ids, channel, weekday). */
export function rowKey(report: Report, key: Record<string, string | number>): string {
  return report.groupBy
    .map((d) =>
      d === 'department'
        ? key.departmentId
        : d === 'doctor'
          ? key.doctorId
          : d === 'channel'
            ? key.channel
            : d === 'weekday'
              ? key.weekday
              : key.month,
    )
    .join('/');
}

function liveSection(today: string, live: Report[], csv: (r: Report) => string): string {
  const [rate, waiting, noShow, punctuality, utilisation] = live;
  const card = (r: Report, figure: string, label: string, unit: string) => {
    const f = r.figures.find((x) => x.key === figure)!;
    return `<div class="card" data-report="${escapeHtml(r.report)}" data-figure="${escapeHtml(figure)}"><div class="value">${figureText(
      r.total.figures[figure].value,
    )}${r.total.figures[figure].value === null ? '' : escapeHtml(unit)}</div><div class="label"><a href="${escapeHtml(f.definition)}">${escapeHtml(label)}</a></div></div>`;
  };
  const count = (r: Report, key: string, label: string) =>
    `<div class="card" data-report="${escapeHtml(r.report)}" data-count="${escapeHtml(key)}"><div class="value">${r.total.counts[key]}</div><div class="label"><a href="${escapeHtml(
      r.figures[0].definition,
    )}">${escapeHtml(label)}</a></div></div>`;
  return `<section id="chart-today">
<h2>今日实时（${escapeHtml(today)}）</h2>
<div class="cards">
${count(rate, 'visits', '门诊人次')}
${count(rate, 'visitsBooked', '预约就诊人次')}
${card(rate, 'rate', '预约诊疗率', '%')}
${card(waiting, 'mean', '平均等待', ' 分钟')}
${card(noShow, 'rate', '爽约率', '%')}
${card(punctuality, 'onTimeShare', '准时开诊率', '%')}
${card(utilisation, 'rate', '号源利用率', '%')}
</div>
<p>${live.map(csv).join(' ')}</p>
</section>`;
}
