import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signInAndWait } from './helpers';

async function downloadSheet(page: Page) {
  const downloadPromise = page.waitForEvent('download');
  await page.locator('main').getByRole('link', { name: 'Xuất Excel (.xlsx)' }).click();
  const download = await downloadPromise;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  return { filename: download.suggestedFilename(), sheet: workbook.worksheets[0] };
}

test('a ward leader exports the filtered awards and initiatives registers; the workbooks match the pages', async ({ page, request }) => {
  await signInAndWait(page, 'lanhdao.thuynguyen');
  await page.goto('/awards');
  await page.locator('main form').getByLabel('Năm').selectOption('2025');
  await page.locator('main form').getByLabel('Đối tượng').selectOption({ label: 'Cá nhân' });
  await page.locator('main form').getByRole('button', { name: 'Xem' }).click();
  await expect(page).toHaveURL(/recipient=member/);
  const counts = await page.getByTestId('award-counts').innerText();
  const individuals = Number(counts.match(/(\d+) cá nhân/)![1]);
  expect(individuals).toBeGreaterThan(0);
  const awards = await downloadSheet(page);
  expect(awards.filename).toMatch(/^so-khen-thuong-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(awards.sheet.getRow(1).getCell(1).value).toBe('Năm');
  expect(awards.sheet.rowCount - 1).toBe(individuals);
  expect(awards.sheet.getColumn(1).values.slice(2).every((v) => v === 2025)).toBe(true);
  expect(awards.sheet.getColumn(2).values.slice(2).every((v) => v === 'Cá nhân')).toBe(true);

  await page.goto('/initiatives?year=2025');
  const totals = await page.getByTestId('initiative-totals').innerText();
  const count = Number(totals.match(/^([\d.]+)/)![1].replace(/\./g, ''));
  const initiatives = await downloadSheet(page);
  expect(initiatives.filename).toMatch(/^so-sang-kien-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(initiatives.sheet.getRow(1).getCell(3).value).toBe('Tên sáng kiến / đề tài');
  expect(initiatives.sheet.rowCount - 1).toBe(count);

  const anonymous = await request.get('/awards/export', { maxRedirects: 0 });
  expect(anonymous.status()).not.toBe(200);
});
