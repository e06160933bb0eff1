/** The helpers the browser tests visit every page with (tests/support/browser.ts): all of them, a few at once, failures kept. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eachInTabs, visitInTabs } from '../../support/browser';

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('eachInTabs', () => {
  it('runs every item once, never more than the tabs at once', async () => {
    const done: number[] = [];
    let running = 0;
    let most = 0;
    await eachInTabs(Array.from({ length: 11 }, (_, i) => i), async (item) => {
      running += 1;
      most = Math.max(most, running);
      await pause();
      done.push(item);
      running -= 1;
    }, 3);
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 11 }, (_, i) => i));
    expect(most).toBe(3);
  });

  it('fails when one item fails, after the others are done', async () => {
    const done: number[] = [];
    const run = eachInTabs([1, 2, 3, 4, 5], async (item) => {
      await pause();
      if (item === 2) throw new Error('trang 2 hỏng');
      done.push(item);
    }, 2);
    await expect(run).rejects.toThrow('trang 2 hỏng');
    expect(done.sort()).toEqual([1, 3, 4, 5]);
  });
});

describe('visitInTabs', () => {
  it('visits every item in one of a few pages, each page opened once and closed', async () => {
    const opened: { visits: number[]; closed: boolean }[] = [];
    const openTab = async () => {
      const tab = { visits: [] as number[], closed: false };
      opened.push(tab);
      return { close: async () => void (tab.closed = true), tab } as unknown as Page;
    };
    await visitInTabs([1, 2, 3, 4, 5, 6, 7], openTab, async (page, item) => {
      await pause();
      (page as unknown as { tab: { visits: number[] } }).tab.visits.push(item);
    }, 3);
    expect(opened).toHaveLength(3);
    expect(opened.every((tab) => tab.closed)).toBe(true);
    expect(opened.flatMap((tab) => tab.visits).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('opens no more pages than there are items, and fails when a visit fails', async () => {
    let pages = 0;
    const openTab = async () => {
      pages += 1;
      return { close: async () => undefined } as unknown as Page;
    };
    await expect(visitInTabs(['a'], openTab, async () => Promise.reject(new Error('lỗi tải trang')))).rejects.toThrow('lỗi tải trang');
    expect(pages).toBe(1);
  });
});
