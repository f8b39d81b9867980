import { expect, test } from '@playwright/test';
import { signInAndWait } from './helpers';

test('a ward officer finds an accented name typed without diacritics, and pages through a filtered list', async ({ page }) => {
  await signInAndWait(page, 'canbo.thuynguyen');
  // Take a real accented name from the chair's union.
  await page.goto('/units');
  await page.locator('main').getByRole('link', { name: 'Công đoàn phường Thủy Nguyên' }).first().click();
  await page.locator('main').getByRole('link', { name: /Minh Long/ }).first().click();
  const name = (await page.locator('main a[href^="/members/"]').first().innerText()).trim();
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  expect(plain).not.toBe(name);

  await page.locator('nav').getByRole('link', { name: 'Đoàn viên' }).click();
  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Tìm đoàn viên');
  await main.getByLabel('Tìm theo tên, CCCD, số điện thoại hoặc số thẻ').fill(plain);
  await main.getByRole('button', { name: 'Tìm' }).click();
  await expect(main.getByRole('link', { name })).toBeVisible();
  await expect(main.getByTestId('result-count')).toContainText('Tìm thấy');

  // Filters and keyset paging over the whole ward: 4,002 members, 50 a page. A filtered list that
  // fills more than a page is not counted until asked.
  await page.goto('/members?gender=female');
  await expect(main.getByTestId('result-count')).toHaveText('Tìm thấy hơn 50 đoàn viên');
  await main.getByRole('link', { name: 'Đếm số kết quả (tối đa 10.000)' }).click();
  await expect(main.getByTestId('count-all')).toHaveCount(0);
  const total = Number((await main.getByTestId('result-count').innerText()).replace(/\D/g, ''));
  expect(total).toBeGreaterThan(1000);
  expect(total).toBeLessThan(4100);
  // The results' links (the page also links to the import).
  const firstOnPage1 = await main.locator('tbody a[href^="/members/"]').first().innerText();
  await main.getByRole('link', { name: 'Trang sau' }).click();
  await expect(main.getByTestId('result-count')).toContainText(total.toLocaleString('vi-VN'));
  expect(await main.locator('tbody a[href^="/members/"]').first().innerText()).not.toBe(firstOnPage1);
  await expect(main.getByLabel('Giới tính')).toHaveValue('female');
});

test('a chair searching for a member of another union finds nothing', async ({ page, browser }) => {
  const officer = await browser.newPage({ locale: 'vi-VN' });
  await signInAndWait(officer, 'canbo.thuynguyen');
  await officer.goto('/members?q=nguyen');
  const link = officer.locator('main tbody tr').filter({ hasNotText: 'Minh Long' }).first().locator('a');
  const outsider = (await link.innerText()).trim();
  const href = await link.getAttribute('href');
  await officer.close();

  await signInAndWait(page, 'chutich.cdcs');
  await page.goto(`/members?q=${encodeURIComponent(outsider)}`);
  // Someone in the chair's own union may share the name; the outsider's own record never appears.
  await expect(page.locator('main').getByTestId('result-count')).toBeVisible();
  await expect(page.locator(`main a[href="${href}"]`)).toHaveCount(0);
});
