import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signInAndWait } from './helpers';

test('a ward officer filters the units list, searches without accents, pages and exports it', async ({ page }) => {
  await signInAndWait(page, 'canbo.thuynguyen');
  await page.goto('/units');
  const main = page.locator('main');
  await expect(main.getByTestId('scope-roots')).toContainText('Công đoàn phường Thủy Nguyên');
  // 52 grassroots unions and the ward union (more if another test established one): pages of 50.
  await expect(main.getByTestId('unit-row')).toHaveCount(50);
  const firstPage = await main.getByTestId('unit-row').allInnerTexts();
  await main.getByRole('link', { name: 'Trang sau' }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(main.getByTestId('unit-row').first()).not.toHaveText(firstPage[0]);
  const secondPage = await main.getByTestId('unit-row').allInnerTexts();
  expect(secondPage.length).toBeGreaterThanOrEqual(3);
  expect(secondPage.filter((row) => firstPage.includes(row))).toEqual([]);

  await page.goto('/units');
  await main.getByLabel('Tìm theo tên hoặc mã').fill('tram y te');
  await main.getByRole('button', { name: 'Lọc' }).click();
  await expect(main.getByTestId('unit-row')).toHaveCount(4);
  await expect(main.getByTestId('unit-row').first()).toContainText('Trạm Y tế');

  await page.goto('/units');
  await main.getByLabel('Thỏa ước LĐTT').selectOption({ label: 'Đã hết hạn' });
  await main.getByLabel('Sắp xếp').selectOption({ label: 'Theo số đoàn viên (nhiều nhất trước)' });
  await main.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/cba=expired/);
  const rows = main.getByTestId('unit-row');
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText('Đã hết hạn');

  const downloadPromise = page.waitForEvent('download');
  await main.getByRole('link', { name: 'Xuất Excel (.xlsx)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^danh-sach-don-vi-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  expect(sheet.getRow(1).getCell(1).value).toBe('Mã đơn vị');
  expect(sheet.rowCount - 1).toBe(count);
  expect(sheet.getColumn(14).values.slice(2).every((v) => v === 'Đã hết hạn')).toBe(true);
});

test('a chair sees only their own union in the list, and the export refuses a signed-out visitor', async ({ page, request }) => {
  await signInAndWait(page, 'chutich.cdcs');
  await page.goto('/units');
  await expect(page.locator('main').getByTestId('unit-row')).toHaveCount(1);
  await expect(page.locator('main').getByTestId('unit-row')).toContainText('Minh Long');
  const anonymous = await request.get('/units/export', { maxRedirects: 0 });
  expect(anonymous.status()).not.toBe(200);
});
