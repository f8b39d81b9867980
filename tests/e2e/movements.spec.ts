import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectNoAxeViolations, signInAndWait } from './helpers';

test('a ward officer launches a movement, a chair joins and reports, the ward sees who reported', async ({ page, browser }) => {
  const year = new Date().getFullYear();
  const name = `Lao động giỏi, lao động sáng tạo ${Date.now()}`;
  const officer = await browser.newPage({ locale: 'vi-VN' });
  await signInAndWait(officer, 'canbo.thuynguyen');
  await officer.goto('/movements');
  await officer.getByRole('link', { name: 'Phát động phong trào' }).click();
  await expect(officer.getByRole('heading', { level: 1 })).toContainText('Phát động phong trào của');
  const launch = officer.locator('main form');
  await launch.getByLabel('Tên phong trào').fill(name);
  await launch.getByLabel('Từ ngày').fill(`01/01/${year}`);
  await launch.getByLabel('Đến ngày').fill(`31/12/${year}`);
  await launch.getByRole('textbox', { name: /Tiêu chí/ }).fill('Mỗi công đoàn cơ sở có ít nhất một sáng kiến.');
  await launch.getByRole('button', { name: 'Phát động' }).click();
  await expect(officer.getByTestId('form-status')).toContainText(`Đã phát động phong trào “${name}”`);

  await signInAndWait(page, 'chutich.cdcs');
  await page.goto('/movements');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await page.getByRole('button', { name: 'Đăng ký tham gia' }).click();
  await expect(page.getByText(/Đã đăng ký ngày/)).toBeVisible();
  const report = page.locator('main form');
  await report.getByRole('textbox', { name: 'Kết quả thực hiện' }).fill('86/86 đoàn viên đăng ký; 3 sáng kiến được áp dụng.');
  await report.getByLabel('Số người tham gia').fill('86');
  await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(page.getByText('Đã lưu báo cáo kết quả.')).toBeVisible();
  await expectNoAxeViolations(page);

  await officer.goto('/movements');
  await officer.getByRole('link', { name }).click();
  // 52 demo unions, plus any that another test has established in the ward since.
  await expect(officer.getByTestId('participation-counts')).toHaveText(/^1\/5\d đơn vị đã đăng ký · 1 đơn vị đã báo cáo$/);
  await expect(officer.getByRole('row').filter({ hasText: 'Minh Long' })).not.toContainText('Chưa báo cáo');

  // The chase list as .xlsx: every union of the audience but the one that reported.
  const audience = Number((await officer.getByTestId('participation-counts').innerText()).match(/^1\/(\d+)/)![1]);
  const downloadPromise = officer.waitForEvent('download');
  await officer.getByRole('link', { name: 'Xuất danh sách chưa báo cáo (.xlsx)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^chua-bao-cao-phong-trao-\d+-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  expect(sheet.getRow(1).getCell(2).value).toBe('Đơn vị');
  expect(sheet.rowCount - 1).toBe(audience - 1);
  expect(sheet.getColumn(2).values.slice(2).some((v) => String(v).includes('Minh Long'))).toBe(false);
  await officer.close();
});
