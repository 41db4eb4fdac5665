/**
 * Takes a PNG of the statistics dashboard (decision 022), for a look at the demo history:
 *   DATABASE_URL=postgres://… npx tsx scripts/demo/dashboard-screenshot.ts out.png [from] [to]
 * Starts the built booking-core (npx nest build booking-core) on that database, jobs off, signs
 * in through the page with its ADMIN token in Debian's chromium, and writes the full page and the
 * appointment-rate chart.
 */
import { startCoreProcess } from '../bench/bench-lib';
import { launchBrowser } from '../../test/support/browser';

async function main(): Promise<void> {
  const [out = 'dashboard.png', from, to] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  // The built core (npx nest build booking-core), jobs off; its ADMIN token may use the dashboard.
  const core = await startCoreProcess(url);
  const token = core.tokens.admin;
  const base = core.url;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'zh-CN' });
    await page.goto(`${base}/dashboard/login`);
    await page.fill('input[name=token]', token);
    await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
    const query = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) }).toString();
    await page.goto(`${base}/dashboard${query ? `?${query}` : ''}`);
    await page.screenshot({ path: out, fullPage: true });
    for (const figure of await page.locator('figure[data-chart]').all()) {
      const name = await figure.getAttribute('data-chart');
      await figure.screenshot({ path: `${out.replace(/\.png$/, '')}-${name}.png` });
    }
    process.stdout.write(`wrote ${out}\n`);
  } finally {
    await browser.close();
    await core.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
