import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, screenshotPages } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

// Generous enough for a loaded CI machine, short enough that a missing element fails the run quickly.
const ACTION_TIMEOUT_MS = 20_000;
const SERVER_LOG_TAIL_LINES = 150;

export type Journey = {
  server: RunningServer;
  browser: Browser;
  /** A fresh browser profile (its own cookies and storage, browser language en-US unless given), as another person on another computer. */
  newPerson: (locale?: string) => Promise<Page>;
};

/**
 * A journey is a series of steps sharing one server and browser. Each step is its own test for
 * readable output; once one fails the rest are skipped, as they would only fail for the same reason.
 */
export function journey(name: string): { step: (title: string, fn: () => Promise<void>) => void; get: () => Journey } {
  let current: Journey | null = null;
  const contexts: BrowserContext[] = [];
  let failed = false;

  before(async () => {
    const server = await startServer();
    const browser = await launchBrowser().catch(async (error: unknown) => {
      await server.stop();
      throw error;
    });
    const newPerson = async (locale = 'en-US') => {
      // Reduced motion: axe must not judge colours halfway through a modal's fade-in.
      const context = await browser.newContext({ locale, timezoneId: 'Asia/Bangkok', viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
      context.setDefaultTimeout(ACTION_TIMEOUT_MS);
      contexts.push(context);
      return context.newPage();
    };
    current = { server, browser, newPerson };
  });

  after(async () => {
    if (failed && current) {
      const tail = current.server.output().trimEnd().split('\n').slice(-SERVER_LOG_TAIL_LINES).join('\n');
      process.stderr.write(`\n--- server output (last ${SERVER_LOG_TAIL_LINES} lines) ---\n${tail}\n--- end of server output ---\n`);
    }
    try {
      await current?.browser.close();
    } finally {
      await current?.server.stop();
    }
  });

  const step = (title: string, fn: () => Promise<void>) =>
    it(title, async (t) => {
      if (failed) return t.skip('an earlier step failed');
      try {
        await fn();
      } catch (error) {
        failed = true;
        const pages = contexts.flatMap((context) => context.pages());
        const files = await screenshotPages(pages, `${name}-${title.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
        if (files.length > 0) process.stderr.write(`Screenshots: ${files.join(', ')}\n`);
        throw error;
      }
    });

  const get = () => {
    if (!current) throw new Error('the journey has not started');
    return current;
  };
  return { step, get };
}

/** Waits until a field shows the expected value (a select's options may load after the page), then compares. */
export async function expectValue(locator: Locator, expected: string, timeoutMs = ACTION_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let actual = await locator.inputValue();
  while (actual !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    actual = await locator.inputValue();
  }
  assert.equal(actual, expected);
}

export async function visible(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: 'visible' });
  return locator;
}

/** Waits until the path (without origin) matches, e.g. after a client-side redirect. */
export async function atPath(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForURL((url) => pattern.test(url.pathname));
  return new URL(page.url()).pathname;
}
