// Accessibility pass over the emulation and commendation pages: axe on each, and no sideways
// scrolling on a 360-pixel phone for the pages a chair uses.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signInAndWait } from './helpers';

async function expectAxeClean(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
  await expectNoAxeViolations(page, `${path} `);
}

/** The target of a link on another page (the forms need the unit the page was opened for). */
async function hrefOn(page: Page, path: string, name: string) {
  await page.goto(path);
  return (await page.locator('main').getByRole('link', { name, exact: true }).first().getAttribute('href'))!;
}

test('a ward officer’s honours pages pass axe', async ({ page }) => {
  // Many axe runs on a loaded 2-core machine.
  test.setTimeout(240_000);
  await signInAndWait(page, 'canbo.thuynguyen');
  await expectAxeClean(page, '/awards', 'Sổ khen thưởng');
  await expectAxeClean(page, '/awards/nominations', 'Đề nghị khen thưởng');
  const ward = new URL(await hrefOn(page, '/awards', 'Đề nghị khen thưởng'), 'http://x').searchParams.get('unit');
  await expectAxeClean(page, `/awards/decisions/new?unit=${ward}`, 'Ban hành quyết định');
  await expectAxeClean(page, '/initiatives', 'Sổ sáng kiến');
  await expectAxeClean(page, await hrefOn(page, '/initiatives', 'Đăng ký sáng kiến'), 'Đăng ký sáng kiến');
  await expectAxeClean(page, '/movements', 'Phong trào thi đua');
  await expectAxeClean(page, await hrefOn(page, '/movements', 'Phát động phong trào'), 'Phát động phong trào');
  // A movement's own page is checked in movements.spec.ts, where a movement exists.
  await expectAxeClean(page, `/units/${ward}`, 'Công đoàn phường Thủy Nguyên');
});

test('a chair’s union and member profiles, the nomination form, and the admin’s award types pass axe', async ({ page, browser }) => {
  test.setTimeout(240_000);
  await signInAndWait(page, 'chutich.cdcs');
  await page.getByRole('link', { name: /Minh Long/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Minh Long');
  const union = new URL(page.url()).pathname;
  const member = (await page.locator('main table tbody tr').first().getByRole('link').first().getAttribute('href'))!;
  await expectAxeClean(page, union, 'Minh Long');
  await expectAxeClean(page, member, /.+/);
  await expectAxeClean(page, await hrefOn(page, '/awards', 'Đề nghị khen thưởng'), 'Đề nghị khen thưởng từ');

  // axe needs a page of its own context.
  const context = await browser.newContext({ locale: 'vi-VN' });
  const admin = await context.newPage();
  await signInAndWait(admin, 'admin');
  await expectAxeClean(admin, '/admin/award-types', 'Hình thức khen thưởng');
  await context.close();
});

test.describe('on a 360-pixel phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('a chair reads the registers and the profiles without horizontal scrolling', async ({ page }) => {
    await signInAndWait(page, 'chutich.cdcs');
    await page.getByRole('link', { name: /Minh Long/ }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Minh Long');
    const union = new URL(page.url()).pathname;
    const member = (await page.locator('main table tbody tr').first().getByRole('link').first().getAttribute('href'))!;
    const nominate = await hrefOn(page, '/awards', 'Đề nghị khen thưởng');
    for (const path of [union, member, '/awards', '/initiatives', '/movements', nominate]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
