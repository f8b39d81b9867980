import { expect, test } from '@playwright/test';
import { signInAndWait } from './helpers';

test('a ward officer establishes a grassroots union; it is listed as founded this year', async ({ page }) => {
  await signInAndWait(page, 'canbo.thuynguyen');
  await page.goto('/units?kind=ward_union');
  const main = page.locator('main');
  await main.getByTestId('unit-row').getByRole('link', { name: 'Công đoàn phường Thủy Nguyên' }).click();
  await main.getByRole('link', { name: 'Thành lập công đoàn cơ sở' }).click();
  const form = main.locator('form');
  await expect(form.getByLabel('Mã đơn vị')).toHaveValue('HP-TN-053');
  await form.getByRole('button', { name: 'Thành lập' }).click();
  await expect(form.getByText('Trường này là bắt buộc.').first()).toBeVisible();

  const year = new Date().getFullYear();
  await form.getByLabel('Tên đơn vị').fill('Công đoàn cơ sở Công ty TNHH Dệt may Sao Biển');
  await form.getByLabel('Khu vực').selectOption({ label: 'Doanh nghiệp có vốn đầu tư nước ngoài' });
  await form.getByLabel('Đơn vị sử dụng lao động').fill('Công ty TNHH Dệt may Sao Biển');
  await form.getByLabel('Số quyết định thành lập').fill('88/QĐ-CĐP');
  await form.getByLabel('Ngày quyết định thành lập').fill(`02/01/${year}`);
  await form.getByRole('button', { name: 'Thành lập' }).click();
  await expect(main.getByTestId('form-status')).toContainText('Đã thành lập Công đoàn cơ sở Công ty TNHH Dệt may Sao Biển');
  await main.getByRole('link', { name: 'Mở trang công đoàn cơ sở' }).click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Công đoàn cơ sở Công ty TNHH Dệt may Sao Biển');
  await expect(main.getByTestId('timeline-event').first()).toContainText('Thành lập, trực thuộc Công đoàn phường Thủy Nguyên');

  await page.goto(`/units?kind=grassroots&year=${year}&q=sao+bien`);
  await expect(main.getByTestId('unit-row')).toHaveCount(1);
});
