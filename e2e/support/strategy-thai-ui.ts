import type { Locator, Page } from 'playwright-core';
import th from '../../src/web/i18n/locales/th.json' with { type: 'json' };
import { atPath, visible } from './journey.ts';

/** What a person did with mouse and keyboard: the measure of how much work a first strategy is. */
export type Tally = { clicks: number; typed: number; keys: number };

export type Ui = ReturnType<typeof countingUi>;

/**
 * Every interaction of the journey goes through here, so the count is what a person would do:
 * a click (a button, a list opening, an option chosen), a field typed, or a key (Enter ending a
 * tag, Escape closing a list). Reading the page and waiting do not count.
 */
export function countingUi(page: Page) {
  const tally: Tally = { clicks: 0, typed: 0, keys: 0 };
  const option = (name: string) => page.getByRole('option', { name, exact: true });

  const ui = {
    page,
    tally,
    async click(target: Locator) {
      await target.click();
      tally.clicks += 1;
    },
    async type(field: Locator, text: string) {
      await field.fill(text);
      tally.typed += 1;
    },
    async key(target: Locator, key: string) {
      await target.press(key);
      tally.keys += 1;
    },
    /** A native select: one click to open, one to choose. */
    async select(field: Locator, value: string) {
      await field.selectOption(value);
      tally.clicks += 2;
    },
    /** A Mantine Select: open the list, click the option. */
    async choose(field: Locator, name: string) {
      await ui.click(field);
      await ui.click(option(name));
    },
    /** A Mantine MultiSelect: the list stays open after a choice, so Escape closes it. */
    async pick(field: Locator, names: string[]) {
      await field.waitFor({ state: 'visible' });
      // Without search, the box of chosen pills lies over the input; the click lands on the box, as a person's would.
      await field.click({ force: true });
      tally.clicks += 1;
      for (const name of names) await ui.click(option(name));
      await ui.key(field, 'Escape');
    },
    /** A tags field: type a tag, Enter, next. */
    async tags(field: Locator, tags: string[]) {
      for (const tag of tags) {
        await ui.type(field, tag);
        await ui.key(field, 'Enter');
      }
    },
    /** Opens a section from the side navigation and waits for its heading. */
    async open(title: string, slug: string, step?: number) {
      const name = step === undefined ? title : `${th.nav.stepPrefix.replace('{{step}}', String(step))}${title}`;
      await ui.click(page.getByRole('navigation', { name: th.nav.label }).getByRole('link', { name, exact: true }));
      await atPath(page, new RegExp(`/${slug}$`));
      await visible(page.getByRole('heading', { level: 1, name: title, exact: true }));
    },
  };
  return ui;
}

/** Autosave is debounced: every edit shows "Saving…", and "Saved" only once the last one is stored. */
export async function saved(page: Page): Promise<void> {
  await visible(page.getByRole('status').getByText(th.strategy.save.saved, { exact: true }));
}

/** A card (a fieldset named after its item) on the current page. */
export function card(page: Page, name: string): Locator {
  return page.getByRole('group', { name, exact: true });
}

/** A select or tags field, found as its combobox: its list of options shares its label. */
export function combo(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('combobox', { name: label, exact: true });
}
