import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

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

/**
 * Tabs open at once when a test visits every page of a site: a visit mostly waits (for the load
 * event, for half a second of network quiet), and those waits need not come one after another.
 */
export const TABS = 4;

/** Runs `work` on every item, `tabs` at a time; a failure fails the whole run once the others are done. */
export async function eachInTabs<T>(items: readonly T[], work: (item: T) => Promise<void>, tabs = TABS): Promise<void> {
  const queue = [...items];
  const settled = await Promise.allSettled(
    Array.from({ length: Math.min(tabs, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
  for (const result of settled) if (result.status === 'rejected') throw result.reason;
}

/**
 * Visits every item, `tabs` at a time: each tab is one page (made by `openTab`, which attaches its
 * listeners) used again for its next item, then closed. Not for what needs an empty cache per
 * visit (bytes downloaded): there each visit opens its own page.
 */
export async function visitInTabs<T>(items: readonly T[], openTab: () => Promise<Page>, visit: (page: Page, item: T) => Promise<void>, tabs = TABS): Promise<void> {
  const queue = [...items];
  await eachInTabs(
    Array.from({ length: Math.min(tabs, queue.length) }, (_, tab) => tab),
    async () => {
      const page = await openTab();
      try {
        for (let item = queue.shift(); item !== undefined; item = queue.shift()) await visit(page, item);
      } finally {
        await page.close();
      }
    },
    tabs,
  );
}
