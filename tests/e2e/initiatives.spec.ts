import { expect, test } from '@playwright/test';
import { signInAndWait } from './helpers';

test('a chair registers an initiative with a member author; the ward officer recognises it; totals follow', async ({ page, browser }) => {
  await signInAndWait(page, 'chutich.cdcs');
  await page.getByRole('link', { name: /Minh Long/ }).first().click();
  // The overview has tables of its own (the targets dashboard): wait for the union's page.
  await page.waitForURL(/\/units\/\d+$/);
  const card = (await page.locator('main table tbody tr').first().locator('td').nth(4).innerText()).trim();
  expect(card).not.toBe('');

  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Sáng kiến' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sổ sáng kiến');
  const totals = page.getByTestId('initiative-totals');
  const countBefore = Number((await totals.innerText()).match(/^(\d+)/)![1]);
  await page.getByRole('link', { name: 'Đăng ký sáng kiến' }).click();
  // Wait for the form's page: the register's filter form also has a "Loại" field.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Đăng ký sáng kiến của');

  const form = page.locator('main form');
  const title = `Tối ưu dây chuyền sơn tĩnh điện ${Date.now()}`;
  await form.getByLabel('Tên sáng kiến / đề tài').fill(title);
  await form.getByLabel('Loại').selectOption({ label: 'Sáng kiến' });
  await form.getByLabel('Giá trị làm lợi (VND)').fill('abc');
  await form.getByLabel('Tác giả là đoàn viên').fill(card);
  await form.getByRole('button', { name: 'Lưu sáng kiến' }).click();
  await expect(form.getByText('Số tiền không hợp lệ', { exact: false })).toBeVisible();
  await expect(form.getByLabel('Tên sáng kiến / đề tài')).toHaveValue(title);

  await form.getByLabel('Giá trị làm lợi (VND)').fill('250.000.000');
  await form.getByRole('button', { name: 'Lưu sáng kiến' }).click();
  await expect(page.getByTestId('form-status')).toContainText(`Đã lưu “${title}”`);
  await page.getByRole('link', { name: 'Về sổ sáng kiến' }).click();
  await expect(page.getByRole('cell', { name: new RegExp(title) })).toBeVisible();
  await expect(totals).toContainText(`${countBefore + 1} mục`);
  // A chair may not recognise.
  await expect(page.getByRole('link', { name: 'Công nhận' })).toHaveCount(0);

  const officer = await browser.newPage({ locale: 'vi-VN' });
  await signInAndWait(officer, 'canbo.thuynguyen');
  await officer.goto('/initiatives');
  const row = officer.getByRole('row').filter({ hasText: title });
  await row.getByRole('link', { name: 'Công nhận' }).click();
  await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Công nhận sáng kiến');
  await officer.locator('main form').getByLabel('Cấp công nhận').selectOption({ label: 'Cấp trên cơ sở' });
  await officer.locator('main form').getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(officer.getByText('Đã lưu kết quả công nhận.')).toBeVisible();
  await officer.goto('/initiatives');
  await expect(officer.getByRole('row').filter({ hasText: title })).toContainText('Đã công nhận');
  await officer.close();
});
