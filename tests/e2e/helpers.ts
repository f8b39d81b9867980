import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'CongDoan@2026';

export async function signIn(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  const form = page.locator('main form').filter({ has: page.locator('#field-identifier') });
  await form.getByLabel(/Email hoặc tên đăng nhập|Email or username/).fill(identifier);
  await form.getByLabel(/^Mật khẩu|^Password/).fill(password);
  await form.getByRole('button', { name: /Đăng nhập|Sign in/ }).click();
}

export async function signInAndWait(page: Page, identifier: string) {
  await signIn(page, identifier);
  // Generous: the first sign-in after the server starts (argon2 + first render) can take over 10 s
  // on a loaded 2-core machine.
  await expect(page.getByTestId('current-user')).toBeVisible({ timeout: 30_000 });
}

/** The link to a unit's page, found by the unit's name on the current page. */
export async function unitHref(page: Page, name: string | RegExp): Promise<string> {
  const href = await page.getByRole('link', { name }).first().getAttribute('href');
  if (!href) throw new Error(`no link to ${name}`);
  return href;
}

/**
 * Runs axe on the current page and expects no violations. Next streams a page's metadata after its
 * body, so a check right after a client-side navigation can see the document without its title:
 * wait for the title first.
 */
export async function expectNoAxeViolations(page: Page, label = '') {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${label}${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
