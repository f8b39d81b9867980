import { expect, test } from '@playwright/test';
import { signInAndWait } from './helpers';

const CHAIR_UNION = 'Công đoàn cơ sở Công ty TNHH Cơ khí Chính xác Minh Long';

test('a chair updates their union’s collective agreement; the profile and history show it', async ({ page }) => {
  await signInAndWait(page, 'chutich.cdcs');
  await page.goto('/');
  await page.getByRole('link', { name: CHAIR_UNION }).click();
  const main = page.locator('main');
  await main.getByRole('link', { name: 'Sửa hồ sơ' }).click();
  const form = main.locator('form');
  // A chair sees only the employer, workforce and agreement fields.
  await expect(form.getByLabel('Tên đơn vị')).toHaveCount(0);
  await form.getByLabel('Ngày ký thỏa ước').fill('15/01/2026');
  await form.getByLabel('Ngày hết hạn thỏa ước').fill('14/01/2029');
  await form.getByLabel('Ghi chú về thỏa ước').fill('Ký lại tại hội nghị người lao động 2026');
  await form.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(main.getByTestId('form-status')).toContainText('Đã lưu hồ sơ.');
  await main.getByRole('link', { name: 'Về trang đơn vị' }).click();
  await expect(main.getByTestId('profile-cba-status')).toHaveText('Còn hiệu lực');
  await expect(main.getByTestId('timeline-event').first()).toContainText('Cập nhật hồ sơ');
  await expect(main.getByTestId('timeline-event').first()).toContainText('Ngày hết hạn thỏa ước');
  await expect(main.getByTestId('timeline-event').first()).toContainText('14/01/2029');
});

test('two officers edit the same profile: the second save is refused, says what changed, and keeps what was typed', async ({ page, browser }) => {
  await signInAndWait(page, 'canbo.thuynguyen');
  await page.goto('/units?q=tram+y+te+phuong+hoa+binh');
  await page.locator('main').getByRole('link', { name: /Trạm Y tế phường Hòa Bình/ }).click();
  await expect(page).toHaveURL(/\/units\/\d+$/);
  const editUrl = `${page.url()}/edit`;
  const other = await browser.newPage({ locale: 'vi-VN' });
  await signInAndWait(other, 'admin');
  await other.goto(editUrl);
  await page.goto(editUrl);

  await other.locator('main form').getByLabel('Tổng số lao động').fill('31');
  await other.locator('main form').getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(other.locator('main').getByTestId('form-status')).toContainText('Đã lưu hồ sơ.');
  await other.close();

  const form = page.locator('main form');
  await form.getByLabel('Địa chỉ').fill('Số 1 đường Đà Nẵng, phường Hòa Bình');
  await form.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  const status = page.locator('main').getByTestId('form-status');
  await expect(status).toContainText('vừa được');
  await expect(status.getByTestId('stale-changes')).toContainText('Tổng số lao động: 31');
  await expect(form.getByLabel('Địa chỉ')).toHaveValue('Số 1 đường Đà Nẵng, phường Hòa Bình');
  // The field this officer did not touch now shows the other person's value.
  await expect(form.getByLabel('Tổng số lao động')).toHaveValue('31');
  // Saving again, now knowingly, goes through.
  await form.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(page.locator('main').getByTestId('form-status')).toContainText('Đã lưu hồ sơ.');
});
