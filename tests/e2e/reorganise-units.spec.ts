import { expect, test, type Page } from '@playwright/test';
import { signInAndWait } from './helpers';

// The Tan Yen communes of the demo (Bac Giang): the admin reorganises there, so the Thuy Nguyen
// figures other specs read stay as they are.
async function openUnit(page: Page, query: string, name: string) {
  await page.goto(`/units?q=${encodeURIComponent(query)}`);
  const main = page.locator('main');
  await main.getByTestId('unit-row').getByRole('link', { name, exact: true }).click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(name);
}

/** Yesterday as dd/MM/yyyy: after every demo admission (they end in October 2026) and not in the future. */
function yesterday(): string {
  const d = new Date(Date.now() - 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

/** Types into the unit picker (a combobox once JavaScript runs) and chooses the first match by keyboard. */
async function chooseOption(page: Page, label: string, text: string) {
  const box = page.locator('main form').getByRole('combobox', { name: label });
  await box.fill(text);
  await expect(page.getByRole('listbox', { name: label }).getByRole('option').first()).toContainText(text);
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(box).toHaveValue(new RegExp(text));
}

test('an admin transfers a grassroots union between commune unions by decision; the dated roll-up keeps the old parent', async ({ page }) => {
  await signInAndWait(page, 'admin');
  const main = page.locator('main');
  await openUnit(page, 'xa tan yen', 'Công đoàn xã Tân Yên');
  await main.getByRole('link', { name: 'Chuyển công đoàn cơ sở' }).click();
  const form = main.locator('form');
  await form.getByRole('button', { name: 'Chuyển theo quyết định' }).click();
  await expect(form.getByText('Hãy chọn ít nhất một công đoàn cơ sở.')).toBeVisible();

  await form.getByRole('checkbox', { name: /Chợ Cao Thượng/ }).check();
  await chooseOption(page, 'Chuyển đến đơn vị', 'Công đoàn xã Nhã Nam');
  await form.getByLabel('Số quyết định').fill('77/QĐ-LĐLĐ');
  await form.getByLabel('Ngày hiệu lực').fill('01/08/2025');
  await form.getByRole('button', { name: 'Chuyển theo quyết định' }).click();
  await expect(main.getByTestId('form-status')).toContainText('Đã chuyển 1 công đoàn cơ sở sang Công đoàn xã Nhã Nam');
  await main.getByRole('link', { name: 'Mở đơn vị tiếp nhận' }).click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Công đoàn xã Nhã Nam');
  await main.getByRole('link', { name: 'Công đoàn cơ sở Chợ Cao Thượng' }).first().click();
  await expect(main.getByTestId('timeline-event').first()).toContainText('Chuyển từ Công đoàn xã Tân Yên sang Công đoàn xã Nhã Nam');
  await expect(main.getByTestId('timeline-event').first()).toContainText('77/QĐ-LĐLĐ');

  // The district federation closed on 1 July 2025; on 30 June it still had all 38 unions.
  await openUnit(page, 'BG-TY', 'Liên đoàn Lao động huyện Tân Yên');
  await main.getByLabel('Ngày', { exact: true }).fill('30/06/2025');
  await main.getByRole('button', { name: 'Xem' }).click();
  await expect(main.getByTestId('as-of-result')).toContainText('Ngày 30/06/2025: 38 công đoàn cơ sở');
  await expect(main.getByTestId('as-of-result')).toContainText('Chợ Cao Thượng');
});

test('an admin merges a grassroots union into another after confirming; both timelines say so', async ({ page }) => {
  await signInAndWait(page, 'admin');
  const main = page.locator('main');
  await openUnit(page, 'thcs quang trung', 'Công đoàn cơ sở Trường THCS Quang Trung');
  await main.getByRole('link', { name: 'Sáp nhập', exact: true }).click();
  const form = main.locator('form');
  await chooseOption(page, 'Sáp nhập vào', 'Trường Tiểu học Lam Cốt');
  await form.getByLabel('Số quyết định').fill('15/QĐ-CĐX');
  await form.getByLabel('Ngày hiệu lực').fill(yesterday());
  await form.getByRole('button', { name: 'Sáp nhập' }).click();
  await expect(form.getByText('Hãy đánh dấu ô xác nhận.')).toBeVisible();
  await expect(form.getByLabel('Số quyết định')).toHaveValue('15/QĐ-CĐX');

  await form.getByRole('checkbox', { name: /không thể hoàn tác/ }).check();
  await form.getByRole('button', { name: 'Sáp nhập' }).click();
  // The page then shows the closed union's notice (or the form's own success line), with the survivor.
  await expect(main).toContainText(/Đã sáp nhập/);
  await main.getByRole('link', { name: 'Công đoàn cơ sở Trường Tiểu học Lam Cốt' }).first().click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Công đoàn cơ sở Trường Tiểu học Lam Cốt');
  await expect(main.getByTestId('unit-timeline')).toContainText('Tiếp nhận đoàn viên từ Công đoàn cơ sở Trường THCS Quang Trung');

  await openUnit(page, 'thcs quang trung', 'Công đoàn cơ sở Trường THCS Quang Trung');
  await expect(main.getByText(`Đã sáp nhập vào Công đoàn cơ sở Trường Tiểu học Lam Cốt ngày ${yesterday()}`)).toBeVisible();
  await expect(main.getByRole('link', { name: 'Sáp nhập', exact: true })).toHaveCount(0);
});

test('dissolving a union with members requires saying what happens to them in the same step', async ({ page }) => {
  await signInAndWait(page, 'admin');
  const main = page.locator('main');
  await openUnit(page, 'cho nha nam', 'Công đoàn cơ sở Chợ Nhã Nam');
  await main.getByRole('link', { name: 'Giải thể', exact: true }).click();
  // The page also holds the picker's (empty) GET search form: take the one with the action's button.
  const form = main.locator('form').filter({ has: page.getByRole('button', { name: 'Giải thể' }) });
  await expect(form).toContainText(/còn \d+ đoàn viên đang sinh hoạt/);
  await form.getByLabel('Lý do giải thể').fill('Ban quản lý chợ giải thể, tiểu thương chuyển địa điểm');
  await form.getByLabel('Số quyết định').fill('21/QĐ-CĐX');
  await form.getByLabel('Ngày hiệu lực').fill(yesterday());
  await form.getByRole('checkbox', { name: /không thể hoàn tác/ }).check();
  await form.getByRole('button', { name: 'Giải thể' }).click();
  await expect(main.getByTestId('form-status')).toContainText(/hãy chọn chuyển họ sang công đoàn khác hoặc ghi nhận ra khỏi tổ chức/);
  await expect(form.getByLabel('Lý do giải thể')).toHaveValue('Ban quản lý chợ giải thể, tiểu thương chuyển địa điểm');

  await form.getByRole('radio', { name: 'Ghi nhận ra khỏi tổ chức công đoàn' }).check();
  await form.getByLabel('Lý do ra khỏi tổ chức').selectOption({ label: 'Chuyển việc' });
  await form.getByRole('checkbox', { name: /không thể hoàn tác/ }).check();
  await form.getByRole('button', { name: 'Giải thể' }).click();
  await expect(main).toContainText(/Đã giải thể/);

  await openUnit(page, 'cho nha nam', 'Công đoàn cơ sở Chợ Nhã Nam');
  await expect(main.getByTestId('unit-kind').locator('..')).toContainText('Đã giải thể');
  await expect(main.getByTestId('unit-timeline')).toContainText('Giải thể');
  await expect(main).toContainText('0 đoàn viên');
});
