/**
 * Takes a PNG of the statistics dashboard (decision 022), for a look at the demo history:
 *   DATABASE_URL=postgres://… npx tsx scripts/demo/dashboard-screenshot.ts out.png [from] [to]
 * Starts booking-core in-process on that database (jobs off) with a one-off STATISTICS token,
 * signs in through the page with Debian's chromium, and writes the full page.
 */
import { randomBytes } from 'node:crypto';
import { createCoreApp } from '../../apps/booking-core/src/app';
import { TokenStore } from '../../apps/booking-core/src/auth/token-store';
import { launchBrowser } from '../../test/support/browser';

async function main(): Promise<void> {
  const [out = 'dashboard.png', from, to] = process.argv.slice(2);
  const token = randomBytes(24).toString('hex');
  const { app } = await createCoreApp(
    {
      DATABASE_URL: process.env.DATABASE_URL,
      PII_KEY: randomBytes(32).toString('base64'),
      CORE_JOBS: 'false',
      LOG_LEVEL: 'warn',
      CORE_TOKENS_FILE: '/nonexistent',
    },
    { tokens: new TokenStore([{ name: 'screenshot', token, roles: ['STATISTICS'] }]) },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'zh-CN' });
    await page.goto(`${base}/dashboard/login`);
    await page.fill('input[name=token]', token);
    await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
    const query = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) }).toString();
    await page.goto(`${base}/dashboard${query ? `?${query}` : ''}`);
    await page.screenshot({ path: out, fullPage: true });
    const chart = page.locator('#chart-appointment-rate figure');
    await chart.screenshot({ path: out.replace(/\.png$/, '') + '-appointment-rate.png' });
    process.stdout.write(`wrote ${out}\n`);
  } finally {
    await browser.close();
    app.getHttpServer().closeAllConnections();
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
