import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Page } from 'playwright-core';
import en from '../src/web/i18n/locales/en.json' with { type: 'json' };
import th from '../src/web/i18n/locales/th.json' with { type: 'json' };
import { expectAccessible } from './support/browser.ts';
import { atPath, journey, visible } from './support/journey.ts';

const OWNER = { name: 'Olivia Owner', email: 'olivia@example.com', password: 'a long and memorable phrase', organization: 'Siam Roasters' };
const MEMBER = { name: 'Sam Sales', email: 'sam@example.com', password: 'another long passphrase' };
const WORKSPACE = 'Bangkok launch';

// One person's first day with Socialplan, from an empty install to a team of two, in two languages.
describe('onboarding: from an empty install to a working team', () => {
  const { step, get } = journey('onboarding');
  let owner: Page;
  let member: Page;
  let workspacePath = '';
  let inviteLink = '';

  const heading = (page: Page, name: string) => visible(page.getByRole('heading', { level: 1, name }));
  const signOut = async (page: Page) => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await atPath(page, /^\/login$/);
  };

  step('opening the site on a new install leads to the first-run setup', async () => {
    owner = await get().newPerson();
    await owner.goto(`${get().server.url}/`);
    await atPath(owner, /^\/setup$/);
    await heading(owner, en.setup.title);
    await expectAccessible(owner, 'setup page');
  });

  step('setup creates the owner and signs them in to an empty start page', async () => {
    await owner.getByLabel(en.fields.name).fill(OWNER.name);
    await owner.getByLabel(en.fields.email).fill(OWNER.email);
    await owner.getByLabel(en.fields.password, { exact: true }).fill(OWNER.password);
    await owner.getByLabel(en.setup.organizationName).fill(OWNER.organization);
    await owner.getByRole('button', { name: en.setup.submit }).click();
    await atPath(owner, /^\/$/);
    await heading(owner, en.home.welcome.replace('{{name}}', OWNER.name));
    await visible(owner.getByText(en.home.noWorkspaces));
    await expectAccessible(owner, 'start page without workspaces');
  });

  step('the owner creates a workspace and lands in it', async () => {
    await owner.getByLabel(en.workspace.fields.name).fill(WORKSPACE);
    await owner.getByRole('button', { name: en.workspace.create }).click();
    workspacePath = (await atPath(owner, /^\/w\/[^/]+\/team$/)).replace(/\/team$/, '');
    await visible(owner.getByTestId('workspace-switcher').getByText(WORKSPACE));
  });

  step('the Team section opens from the navigation', async () => {
    const nav = owner.getByRole('navigation', { name: en.nav.label });
    await nav.getByRole('link', { name: en.sections.team.title }).click();
    await atPath(owner, /\/team$/);
    await heading(owner, en.sections.team.title);
    await visible(owner.getByRole('region', { name: en.team.members.title }).getByRole('cell', { name: OWNER.email, exact: true }));
    await expectAccessible(owner, 'team page');
  });

  step('the owner invites a sales editor and is shown the link once', async () => {
    const invitations = owner.getByRole('region', { name: en.team.invitations.title });
    await invitations.getByLabel(en.fields.email).fill(MEMBER.email);
    await invitations.getByLabel(en.fields.role, { exact: true }).selectOption('editor');
    await invitations.getByLabel(en.fields.businessFunction, { exact: true }).selectOption('sales');
    await invitations.getByRole('button', { name: en.team.invite.submit }).click();
    inviteLink = ((await (await visible(owner.getByTestId('invite-link'))).textContent()) ?? '').trim();
    assert.match(inviteLink, /^http:\/\/127\.0\.0\.1:\d+\/invite\/[\w-]+$/);
    await visible(invitations.getByRole('cell', { name: MEMBER.email, exact: true }));
  });

  step('the invitee opens the link in another browser, creates an account and joins', async () => {
    member = await get().newPerson();
    await member.goto(inviteLink);
    await heading(member, en.invite.title.replace('{{workspace}}', WORKSPACE));
    await expectAccessible(member, 'invitation page');
    await member.getByLabel(en.fields.name).fill(MEMBER.name);
    await member.getByLabel(en.fields.password, { exact: true }).fill(MEMBER.password);
    await member.getByRole('button', { name: en.invite.createAndAccept }).click();
    await atPath(member, new RegExp(`^${workspacePath}/team$`));
    await heading(member, en.sections.team.title);
    await visible(member.getByTestId('workspace-switcher').getByText(WORKSPACE));
  });

  step("the owner's team page now lists the new member, covering sales", async () => {
    await owner.reload();
    const members = owner.getByRole('region', { name: en.team.members.title });
    await visible(members.getByRole('cell', { name: MEMBER.email, exact: true }));
    assert.equal(await owner.getByTestId('function-sales').getAttribute('data-status'), 'covered');
  });

  step('the owner switches the interface to Thai', async () => {
    const saved = owner.waitForResponse((res) => res.url().endsWith('/api/v1/me') && res.request().method() === 'PATCH');
    await owner.getByTestId('language-switcher').click();
    await owner.getByRole('menuitemradio', { name: 'ไทย' }).click();
    assert.equal((await saved).status(), 200);
    await owner.waitForFunction(() => document.documentElement.lang === 'th');
    await visible(owner.getByRole('navigation', { name: th.nav.label }).getByRole('link', { name: th.sections.team.title }));
    await heading(owner, th.sections.team.title);
  });

  step('signing out leads to the sign-in page, still in Thai', async () => {
    await signOut(owner);
    await heading(owner, th.login.title);
    await expectAccessible(owner, 'sign-in page');
  });

  step('a wrong password is refused with an error message', async () => {
    await owner.getByLabel(th.fields.email).fill(OWNER.email);
    await owner.getByLabel(th.fields.password, { exact: true }).fill('not the right password');
    await owner.getByRole('button', { name: th.login.submit }).click();
    const alert = await visible(owner.getByRole('alert'));
    assert.match((await alert.textContent()) ?? '', new RegExp(th.errors.invalid_credentials));
    assert.equal(new URL(owner.url()).pathname, '/login');
  });

  step('signing in again with the right password returns to the workspace', async () => {
    await owner.getByLabel(th.fields.password, { exact: true }).fill(OWNER.password);
    await owner.getByRole('button', { name: th.login.submit }).click();
    await atPath(owner, new RegExp(`^${workspacePath}/team$`));
    await visible(owner.getByTestId('workspace-switcher').getByText(WORKSPACE));
    // The language was saved to the profile, not only to this browser.
    assert.equal(await owner.evaluate(() => document.documentElement.lang), 'th');
    await signOut(owner);
  });
});
