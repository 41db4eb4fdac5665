import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's chromium (apt-get install chromium fonts-noto-cjk; .ci/run installs it), driven by
 * playwright-core: one browser per test file, headless, nothing fetched from the network by the
 * browser itself.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
