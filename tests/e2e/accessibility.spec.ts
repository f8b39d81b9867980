import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signInAndWait } from './helpers';

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('sign-in, overview, unit and registration pages pass axe', async ({ page }) => {
  // Five axe runs on a loaded 2-core machine can pass the default 60 s.
  test.setTimeout(180_000);
  await page.goto('/login');
  await expectNoAxeViolations(page);
  await signInAndWait(page, 'canbo.thuynguyen');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Công đoàn phường Thủy Nguyên' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Công đoàn phường Thủy Nguyên');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /Minh Long/ }).click();
  await page.getByRole('link', { name: 'Kết nạp đoàn viên' }).click();
  await expect(page.locator('main form').getByLabel('Số CCCD')).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('on a 360-pixel phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('a chair can reach and use every page without horizontal scrolling', async ({ page }) => {
    await page.goto('/login');
    await expectNoHorizontalScroll(page);
    await signInAndWait(page, 'chutich.cdcs');
    await expectNoHorizontalScroll(page);
    await page.getByRole('link', { name: /Minh Long/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Minh Long');
    await expectNoHorizontalScroll(page);
    await page.getByRole('link', { name: 'Kết nạp đoàn viên' }).click();
    await expectNoHorizontalScroll(page);
    await expect(page.locator('main form').getByLabel('Số CCCD')).toBeVisible();
  });
});
