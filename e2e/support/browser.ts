import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import type { AxeResults } from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';

const RESULTS_DIR = fileURLToPath(new URL('../../test-results', import.meta.url));
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/** The distribution's Chromium: no browser download, which a closed network would not allow anyway. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

type Violation = Pick<AxeResults['violations'][number], 'id' | 'impact' | 'help'> & { targets: string[] };

/**
 * Fails on serious and critical WCAG 2.1 A/AA violations only: minor ones are reported by the
 * same rules but would make the suite flaky across Mantine updates without helping users much.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // The app's Content-Security-Policy forbids inline scripts (rightly), so addScriptTag would be
  // refused; evaluating through the DevTools protocol injects axe without weakening the policy.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags): Promise<Violation[]> => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const results = await runner.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((node) => `${node.target.join(' ')}  ${node.html.slice(0, 200)}`),
    }));
  }, WCAG_TAGS);
  const blocking = violations.filter((v) => v.impact && BLOCKING_IMPACTS.has(v.impact));
  if (blocking.length === 0) return;
  const lines = blocking.map((v) => `- [${v.impact}] ${v.id}: ${v.help}\n    ${v.targets.join('\n    ')}`);
  throw new Error(`Accessibility violations on the ${label} (${page.url()}):\n${lines.join('\n')}`);
}

/** Saves what each open page looked like, so a CI failure can be understood without re-running it. */
export async function screenshotPages(pages: Page[], name: string): Promise<string[]> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const saved: string[] = [];
  for (const [index, page] of pages.entries()) {
    if (page.isClosed()) continue;
    const file = path.join(RESULTS_DIR, `${name}-${index + 1}.png`);
    try {
      await page.screenshot({ path: file, fullPage: true });
      saved.push(file);
    } catch {
      // A crashed page cannot be captured; the other pages and the server log still help.
    }
  }
  return saved;
}
