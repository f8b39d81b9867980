import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signInAndWait } from './helpers';

const HEADERS = ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào công đoàn', 'Mã công đoàn cơ sở'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Đoàn viên');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

test('a chair imports a file with three bad rows, sees them in the preview, fixes the file and imports it', async ({ page }) => {
  const stamp = String(Date.now()).slice(-5);
  const cccd = (n: number) => `03119${n}0${stamp}`;
  const good = [
    ['Phan Thị Nhập Một', 'Nữ', '12/05/1992', cccd(1), '01/11/2026', 'HP-TN-001'],
    ['Vũ Văn Nhập Hai', 'Nam', '03/08/1988', cccd(2), '01/11/2026', 'HP-TN-001'],
  ];
  const bad = [
    ['Hà Thị Nhập Ba', 'Nữ', '31/02/1990', cccd(3), '01/11/2026', 'HP-TN-001'], // no 31 February
    ['Lò Văn Nhập Bốn', 'Nam', '20/10/1991', '12345', '01/11/2026', 'HP-TN-001'], // a CCCD of 5 digits
    ['Mai Thị Nhập Năm', 'Nữ', '14/02/1993', cccd(5), '01/11/2026', 'HP-TN-002'], // another union: not the chair's
  ];

  await signInAndWait(page, 'chutich.cdcs');
  await page.goto('/members');
  await page.getByRole('link', { name: 'Nhập từ Excel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhập đoàn viên từ Excel');

  await page.getByLabel('Tệp danh sách đoàn viên').setInputFiles({ name: 'doan-vien.xlsx', mimeType: XLSX, buffer: await workbook([...good, ...bad]) });
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(page.getByTestId('import-issue-count')).toHaveText('3 lỗi ở 3 dòng. Chưa ghi gì.');
  const issues = page.getByTestId('import-issues');
  await expect(issues.getByRole('row')).toHaveCount(4);
  await expect(issues.getByRole('row').nth(1)).toContainText('4Ngày sinhNgày không hợp lệ');
  await expect(issues.getByRole('row').nth(2)).toContainText('5Số CCCDSố CCCD phải gồm đúng 12 chữ số');
  await expect(issues.getByRole('row').nth(3)).toContainText('6Mã công đoàn cơ sởCông đoàn HP-TN-002 không thuộc phạm vi của bạn');
  await expect(page.getByRole('button', { name: /^Nhập \d+ đoàn viên/ })).toHaveCount(0);

  const fixed = [...good, ['Hà Thị Nhập Ba', 'Nữ', '28/02/1990', cccd(3), '01/11/2026', 'HP-TN-001'], ['Lò Văn Nhập Bốn', 'Nam', '20/10/1991', cccd(4), '01/11/2026', 'HP-TN-001']];
  await page.getByLabel('Tệp danh sách đoàn viên').setInputFiles({ name: 'doan-vien-da-sua.xlsx', mimeType: XLSX, buffer: await workbook(fixed) });
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(page.getByTestId('import-counts')).toContainText('4 dòng: 4 đoàn viên mới');
  await page.getByRole('button', { name: 'Nhập 4 đoàn viên mới và 0 kết nạp lại' }).click();
  await expect(page.getByTestId('import-status')).toContainText('Đã nhập: 4 đoàn viên mới, 0 kết nạp lại, 0 đã có.');

  await page.getByRole('link', { name: 'Lịch sử nhập' }).first().click();
  await expect(page.getByRole('table', { name: 'Lịch sử nhập đoàn viên' })).toContainText('doan-vien-da-sua.xlsx');
  await page.goto(`/members?q=${cccd(4)}`);
  await expect(page.locator('main').getByRole('link', { name: 'Lò Văn Nhập Bốn' })).toBeVisible();
});
