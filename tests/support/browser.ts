import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** Debian's Chromium; `npm test` installs it when missing (src/cli/ensure-chromium.sh). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium with the flags this network-less machine needs: without the background
 * networking flags Chromium keeps trying to reach the outside and its connections are refused.
 * Playwright gives each launch a fresh, empty profile folder of its own.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
