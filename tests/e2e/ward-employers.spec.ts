import { expect, test } from '@playwright/test';
import { signInAndWait } from './helpers';

test('a ward officer tracks employers without a union and establishes a union from one', async ({ page }) => {
  await signInAndWait(page, 'canbo.thuynguyen');
  await page.goto('/units?kind=ward_union');
  const main = page.locator('main');
  await main.getByTestId('unit-row').getByRole('link', { name: 'Công đoàn phường Thủy Nguyên' }).click();
  await main.getByRole('link', { name: 'Đơn vị chưa có công đoàn' }).click();
  await expect(main.getByRole('heading', { level: 1 })).toContainText('Đơn vị chưa có công đoàn');
  await expect(main.getByTestId('employer-row').first()).toBeVisible();

  // Adding one: a bad tax code is refused beside the field, and what was typed stays.
  const form = main.locator('form');
  await form.getByLabel(/^Tên đơn vị sử dụng lao động/).fill('Công ty TNHH Cơ khí Hàng hải Bến Rừng');
  await form.getByLabel(/^Mã số thuế/).fill('12345');
  await form.getByLabel(/^Số đơn gia nhập đã nhận/).fill('2');
  await form.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(form.getByText('Mã số thuế gồm 10 chữ số')).toBeVisible();
  await expect(form.getByLabel(/^Tên đơn vị sử dụng lao động/)).toHaveValue('Công ty TNHH Cơ khí Hàng hải Bến Rừng');
  await form.getByLabel(/^Mã số thuế/).fill('0202998877');
  await form.getByLabel(/^Tình trạng/).selectOption({ label: 'Đang vận động' });
  await form.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(main.getByTestId('form-status')).toContainText('Đã thêm Công ty TNHH Cơ khí Hàng hải Bến Rừng');
  const added = main.getByTestId('employer-row').filter({ hasText: 'Bến Rừng' });
  await expect(added).toContainText('2/5');
  await expect(added).toContainText('Cần ít nhất 5 đơn gia nhập');

  // One with 12 applications is ready: establish it from the list, with a provisional chair.
  await main.getByRole('link', { name: 'Thành lập CĐCS: Công ty TNHH Bao bì Giấy Kiền Bái' }).click();
  const establish = main.locator('form');
  await expect(establish.getByLabel('Tên đơn vị')).toHaveValue('Công đoàn cơ sở Công ty TNHH Bao bì Giấy Kiền Bái');
  await expect(establish.getByLabel('Đơn vị sử dụng lao động')).toHaveValue('Công ty TNHH Bao bì Giấy Kiền Bái');
  await establish.getByLabel('Khu vực').selectOption({ label: 'Doanh nghiệp ngoài nhà nước' });
  await establish.getByLabel('Số quyết định thành lập').fill('91/QĐ-CĐP');
  await establish.getByLabel('Ngày quyết định thành lập').fill(`02/01/${new Date().getFullYear()}`);
  await establish.getByLabel(/^Chủ tịch lâm thời/).fill('Phạm Thị Thu Hà');
  await establish.getByRole('button', { name: 'Thành lập' }).click();
  await expect(main.getByTestId('form-status')).toContainText('Đã thành lập Công đoàn cơ sở Công ty TNHH Bao bì Giấy Kiền Bái');
  await main.getByRole('link', { name: 'Mở trang công đoàn cơ sở' }).click();
  await expect(main.getByTestId('profile-provisional-chair')).toHaveText('Phạm Thị Thu Hà');
  await main.getByTestId('profile-from-employer').getByRole('link').click();
  await expect(main).toContainText('Mở công đoàn cơ sở: Công đoàn cơ sở Công ty TNHH Bao bì Giấy Kiền Bái');
  await main.getByRole('link', { name: 'Về danh sách' }).click();
  await expect(main.getByTestId('employer-row').filter({ hasText: 'Kiền Bái' })).toContainText('Đã thành lập CĐCS');
});
