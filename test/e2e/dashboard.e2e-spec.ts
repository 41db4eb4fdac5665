import * as fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { localDate } from '@app/domain';
import {
  fixtureDates,
  launchBrowser,
  startCore,
  writeStatisticsFixture,
  type CoreHarness,
  type FixtureDates,
} from '@test/support';
import { SqlClient } from '../../apps/booking-core/src/database/sql-client';
import { RollupJob } from '../../apps/booking-core/src/statistics';

/**
 * R16, R17 — the dashboard in a real browser (decision 022): sign-in with a token, every chart an
 * SVG with its series, the numbers on the page equal to the API's, the CSV link the same numbers,
 * sign-out ending the session, a token without the role refused; with JavaScript off too.
 */
describe('the statistics dashboard in a browser (R16, R17)', () => {
  let core: CoreHarness;
  let browser: Browser;
  let dates: FixtureDates;
  let context: BrowserContext;
  let page: Page;

  const api = async (path: string): Promise<any> => {
    const res = await fetch(core.url + path, { headers: { authorization: core.auth('statistics') } });
    return res.json();
  };
  /** The CSV's bytes (a text decoder would drop the byte-order mark). */
  const apiCsv = async (path: string): Promise<Buffer> => {
    const res = await fetch(core.url + path, {
      headers: { authorization: core.auth('statistics'), accept: 'text/csv' },
    });
    return Buffer.from(await res.arrayBuffer());
  };
  const signIn = async (p: Page, token: string) => {
    await p.goto(`${core.url}/dashboard`);
    await p.fill('input[name=token]', token);
    await Promise.all([p.waitForLoadState('load'), p.click('button[type=submit]')]);
  };

  beforeAll(async () => {
    core = await startCore();
    dates = fixtureDates(localDate(new Date(), 'Asia/Shanghai'));
    await writeStatisticsFixture(core.app.get(SqlClient), dates);
    await core.app.get(RollupJob).run();
    await core.app.get(RollupJob).run();
    await fetch(`${core.url}/v1/statistics/policy-events`, {
      method: 'POST',
      headers: { authorization: core.auth('statistics'), 'content-type': 'application/json' },
      body: JSON.stringify({ date: dates.monday, title: '统一号源池上线' }),
    });
    browser = await launchBrowser();
    context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await core?.close();
  });

  it('refuses a token without the STATISTICS or ADMIN role, and sends the signed-out to sign in', async () => {
    const other = await browser.newContext();
    const p = await other.newPage();
    await p.goto(`${core.url}/dashboard`);
    expect(new URL(p.url()).pathname).toBe('/dashboard/login');
    await p.fill('input[name=token]', core.tokens.agent);
    const [response] = await Promise.all([
      p.waitForResponse((r) => r.url().endsWith('/dashboard/login')),
      p.click('button[type=submit]'),
    ]);
    expect(response.status()).toBe(403);
    await expect(p.textContent('[role=alert]')).resolves.toContain('没有查看统计的权限');
    expect(await other.cookies()).toEqual([]);
    await p.fill('input[name=token]', 'not-a-token-at-all-xxxxxxxxxxxx');
    const [bad] = await Promise.all([
      p.waitForResponse((r) => r.url().endsWith('/dashboard/login')),
      p.click('button[type=submit]'),
    ]);
    expect(bad.status()).toBe(401);
    await other.close();
  });

  it('signs in with an intranet token: an HttpOnly, SameSite=Strict session cookie, without the token in it', async () => {
    await signIn(page, core.tokens.statistics);
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    const cookies = await context.cookies();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({
      name: 'dashboard_session',
      httpOnly: true,
      sameSite: 'Strict',
      path: '/dashboard',
    });
    expect(cookies[0].value).not.toContain(core.tokens.statistics);
  });

  it('draws every chart as SVG with its series, and links every figure to its definition', async () => {
    await page.goto(`${core.url}/dashboard?from=${dates.m0From}&to=${dates.m0To}`);
    const charts: Record<string, string[]> = {
      'appointment-rate': ['预约诊疗率', '统一号源池上线'],
      'no-show': ['爽约率'],
      'channel-mix': ['渠道占比', '爽约率', '电话预约', '微信'],
      punctuality: ['平均延迟（分钟）', '统计医生A', '周一'],
      'waiting-time': ['均值', 'P50', 'P90'],
    };
    for (const [chart, texts] of Object.entries(charts)) {
      const svg = page.locator(`figure[data-chart="${chart}"] > svg`);
      await expect(svg.count()).resolves.toBe(1);
      const markup = await svg.evaluate((e) => e.outerHTML);
      for (const text of texts) expect({ chart, has: markup.includes(text) }).toEqual({ chart, has: true });
      expect((markup.match(/<path/g) ?? []).length).toBeGreaterThan(3);
      const box = await svg.boundingBox();
      expect(box!.width).toBeGreaterThan(100);
    }
    await expect(page.locator('#chart-today .card').count()).resolves.toBe(7);
    const hrefs = await page.locator('table th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of new Set(hrefs)) {
      await page.goto(core.url + href!);
      await expect(page.locator(`[id="${href!.split('#')[1]}"]`).count()).resolves.toBe(1);
    }
  });

  it('shows the numbers the API gives, and the CSV link downloads the same numbers', async () => {
    await page.goto(`${core.url}/dashboard?from=${dates.m0From}&to=${dates.m0To}`);
    const tables = await page.locator('table[data-report]').evaluateAll((ts) =>
      ts.map((t) => ({
        report: t.getAttribute('data-report')!,
        groupBy: t.getAttribute('data-group-by')!,
        rows: [...t.querySelectorAll('tbody tr')].map((tr) => ({
          key: tr.getAttribute('data-key')!,
          figures: Object.fromEntries(
            [...tr.querySelectorAll('td[data-figure]')].map((td) => [
              td.getAttribute('data-figure'),
              td.textContent,
            ]),
          ),
        })),
      })),
    );
    expect(tables.map((t) => `${t.report}:${t.groupBy}`)).toEqual([
      'appointment-rate:month',
      'no-show:month',
      'channel-mix:channel',
      'no-show:channel',
      'punctuality:doctor,weekday',
      'waiting-time:month',
    ]);
    for (const t of tables) {
      const report = await api(
        `/v1/reports/${t.report}?from=${dates.m0From}&to=${dates.m0To}&groupBy=${t.groupBy}`,
      );
      const keyOf = (key: Record<string, string | number>) =>
        (t.groupBy.split(',') as string[])
          .map(
            (d) =>
              ({
                department: key.departmentId,
                doctor: key.doctorId,
                channel: key.channel,
                weekday: key.weekday,
                month: key.month,
              })[d],
          )
          .join('/');
      const expected = [
        ...report.rows.map(
          (r: {
            key: Record<string, string | number>;
            figures: Record<string, { value: number | null }>;
          }) => ({
            key: keyOf(r.key),
            figures: Object.fromEntries(
              Object.entries(r.figures).map(([k, v]) => [k, v.value === null ? '—' : String(v.value)]),
            ),
          }),
        ),
        {
          key: 'TOTAL',
          figures: Object.fromEntries(
            Object.entries(report.total.figures as Record<string, { value: number | null }>).map(([k, v]) => [
              k,
              v.value === null ? '—' : String(v.value),
            ]),
          ),
        },
      ];
      expect({ table: `${t.report}:${t.groupBy}`, rows: t.rows }).toEqual({
        table: `${t.report}:${t.groupBy}`,
        rows: expected,
      });
    }
    // The fixture's hand-computed month M0 shows on the page as it does in the API.
    await expect(
      page
        .locator(`tr[data-report="appointment-rate"][data-key="${dates.m0}"] td[data-figure=rate]`)
        .textContent(),
    ).resolves.toBe('79.41');

    const links = await page.locator('a.csv').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(7);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#chart-appointment-rate a.csv').click(),
    ]);
    const file = fs.readFileSync(await download.path());
    const fromApi = await apiCsv(
      `/v1/reports/appointment-rate?from=${dates.m0From}&to=${dates.m0To}&groupBy=month`,
    );
    expect(file.toString('utf8')).toBe(fromApi.toString('utf8'));
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.toString('utf8')).toContain(`${dates.m0},170,135,35,79.41,75,4.41,33.33,46.08`);
    for (const href of links) {
      const fromPage = await (await context.request.get(core.url + href)).body();
      const query = new URL(core.url + href);
      const report = query.pathname
        .split('/')
        .pop()!
        .replace(/\.csv$/, '');
      expect(fromPage.equals(await apiCsv(`/v1/reports/${report}?${query.searchParams.toString()}`))).toBe(
        true,
      );
    }
  });

  it('is readable with JavaScript off: the same charts and numbers come from the server', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    await noScript.addCookies(await context.cookies());
    const p = await noScript.newPage();
    await p.goto(`${core.url}/dashboard?from=${dates.m0From}&to=${dates.m0To}`);
    await expect(p.locator('figure[data-chart] > svg').count()).resolves.toBe(5);
    await expect(
      p.locator(`tr[data-report="no-show"][data-key="${dates.m0}"] td[data-figure=rate]`).textContent(),
    ).resolves.toBe('12.9');
    await noScript.close();
  });

  it('ends the session on sign-out: the page asks to sign in again and the old cookie no longer works', async () => {
    const [cookie] = await context.cookies();
    await page.goto(`${core.url}/dashboard`);
    await Promise.all([page.waitForLoadState('load'), page.click('header button[type=submit]')]);
    expect(new URL(page.url()).pathname).toBe('/dashboard/login');
    expect(await context.cookies()).toEqual([]);
    await page.goto(`${core.url}/dashboard`);
    expect(new URL(page.url()).pathname).toBe('/dashboard/login');
    const replay = await fetch(`${core.url}/dashboard`, {
      headers: { cookie: `${cookie.name}=${cookie.value}` },
      redirect: 'manual',
    });
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toBe('/dashboard/login');
  });
});
