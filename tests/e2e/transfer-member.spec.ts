import { expect, test } from '@playwright/test';
import { signInAndWait } from './helpers';

const SENDER = 'Công đoàn cơ sở Công ty TNHH Cơ khí Chính xác Minh Long';
const RECEIVER = /Giày Hoàng Phát/;

test('a chair sends a member to another union and that union\'s chair accepts', async ({ page, browser }) => {
  // A member of our own, so other tests' members stay where they are.
  await signInAndWait(page, 'chutich.cdcs');
  await page.goto('/');
  await page.getByRole('link', { name: SENDER }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SENDER);
  await page.getByRole('link', { name: 'Kết nạp đoàn viên' }).click();
  const cccd = `0311966${String(Date.now()).slice(-5)}`;
  const form = page.locator('main form');
  await form.getByLabel('Họ và tên').fill('Lương Văn Chuyển');
  await form.getByLabel('Giới tính').selectOption({ label: 'Nam' });
  await form.getByLabel('Ngày sinh', { exact: false }).fill('12/03/1990');
  await form.getByLabel('Số CCCD', { exact: false }).fill(cccd);
  await form.getByLabel('Ngày vào công đoàn', { exact: false }).fill('02/11/2026');
  await page.getByRole('button', { name: 'Kết nạp' }).click();
  await expect(page.getByTestId('form-status')).toContainText('Đã kết nạp Lương Văn Chuyển');

  await page.goto(`/members?q=${cccd}`);
  await page.locator('main').getByRole('link', { name: 'Lương Văn Chuyển' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lương Văn Chuyển');
  await page.getByRole('link', { name: 'Chuyển sinh hoạt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Chuyển sinh hoạt: Lương Văn Chuyển');
  // The receiving union is outside the chair's scope: found by its exact code, shown by name only.
  await page.getByLabel('Mã hoặc tên công đoàn cơ sở').fill('HP-TN-002');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await page.getByRole('link', { name: /^Chọn/ }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: RECEIVER })).toBeVisible();
  const transferForm = page.locator('main form');
  await transferForm.getByLabel('Ngày chuyển', { exact: false }).fill('20/11/2026');
  await transferForm.getByLabel('Ghi chú', { exact: false }).fill('Chuyển sang bộ phận giày');
  await transferForm.getByRole('button', { name: 'Gửi đề nghị chuyển' }).click();
  // The page refreshes into the request's state: waiting for the receiving union.
  await expect(page.locator('main').getByRole('status')).toContainText('Đang chờ Công đoàn cơ sở Công ty TNHH Giày Hoàng Phát Việt Nam chấp nhận');
  // Until accepted, the member stays.
  await page.getByRole('link', { name: 'Về hồ sơ đoàn viên' }).click();
  await expect(page.getByTestId('member-status')).toContainText('Minh Long');
  await expect(page.getByTestId('pending-transfer')).toContainText('Hoàng Phát');
  const profile = page.url();

  const receiver = await browser.newPage({ locale: 'vi-VN' });
  await signInAndWait(receiver, 'chutich.hoangphat');
  await receiver.goto('/');
  await receiver.locator('main').getByRole('link', { name: RECEIVER }).first().click();
  await receiver.getByTestId('unit-transfers-link').click();
  await expect(receiver.getByRole('heading', { level: 1 })).toContainText('Chuyển sinh hoạt của');
  await receiver.locator('main').getByRole('link', { name: 'Lương Văn Chuyển' }).first().click();
  await expect(receiver.getByTestId('transfer-status')).toContainText('Chờ xử lý');
  await receiver.getByRole('button', { name: 'Chấp nhận chuyển đến' }).click();
  // The page refreshes into the decided state; the forms are gone.
  await expect(receiver.getByTestId('transfer-status')).toContainText('Đã chấp nhận');
  await expect(receiver.getByRole('button', { name: 'Từ chối đề nghị' })).toHaveCount(0);
  await receiver.goto(profile.replace(/^https?:\/\/[^/]+/, ''));
  await expect(receiver.getByTestId('member-status')).toContainText('Hoàng Phát');
  await expect(receiver.getByRole('table', { name: 'Quá trình sinh hoạt công đoàn' })).toContainText('Chuyển sinh hoạt');
  await receiver.close();

  // The member now belongs to a union outside the sender's scope: the profile is no longer theirs to open.
  await page.reload();
  await expect(page.getByTestId('member-status')).toHaveCount(0);
});
