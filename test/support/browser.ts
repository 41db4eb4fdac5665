import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's chromium (apt-get install chromium fonts-noto-cjk; .ci/run installs it), driven by
 * playwright-core: one browser per test file, headless, nothing fetched from the network by the
 * browser itself.
 */
export function launchBrowser(): Promise<Browser> {
  // The browser keeps the machine's own clock: CI reruns the suite under faketime, which a
  // preloaded library applies to every child process, and chromium does not start under it. The
  // session cookie's lifetime is relative (Max-Age), so the two clocks need not agree.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (e): e is [string, string] =>
        e[1] !== undefined && e[0] !== 'LD_PRELOAD' && !e[0].startsWith('FAKETIME'),
    ),
  );
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    env,
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
