import { expect, test } from '@playwright/test';
import { signInAndWait } from './helpers';

const CHAIR_UNION = 'Công đoàn cơ sở Công ty TNHH Cơ khí Chính xác Minh Long';

test('a ward officer opens a grassroots union profile: employer, founding decision, CBA, chair and history', async ({ page }) => {
  await signInAndWait(page, 'canbo.thuynguyen');
  await page.goto('/units?q=minh+long');
  const main = page.locator('main');
  await main.getByRole('link', { name: CHAIR_UNION }).click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(CHAIR_UNION);
  await expect(main.getByTestId('profile-sector')).toHaveText('Doanh nghiệp ngoài nhà nước');
  await expect(main.getByTestId('profile-employer')).toHaveText('Công ty TNHH Cơ khí Chính xác Minh Long');
  await expect(main.getByTestId('profile-workforce')).toContainText('lao động, trong đó');
  await expect(main.getByTestId('profile-founding-decision')).toContainText('ngày 18/05/2012');
  await expect(main.getByTestId('profile-cba-status')).toHaveText(/Còn hiệu lực|Sắp hết hạn|Đã hết hạn|Chưa có/);
  await expect(main.getByTestId('profile-officials')).toContainText('Nguyễn Thị Lan');
  const events = main.getByTestId('timeline-event');
  await expect(events.last()).toContainText('18/05/2012 Thành lập, trực thuộc Công đoàn phường Thủy Nguyên');
});

test('a ward union page shows its history but no grassroots profile', async ({ page }) => {
  await signInAndWait(page, 'lanhdao.thuynguyen');
  await page.goto('/units?kind=ward_union');
  await page.locator('main').getByTestId('unit-row').getByRole('link', { name: 'Công đoàn phường Thủy Nguyên' }).click();
  await expect(page.locator('main').getByRole('heading', { name: 'Lịch sử đơn vị' })).toBeVisible();
  await expect(page.locator('main').getByRole('heading', { name: 'Hồ sơ công đoàn cơ sở' })).toHaveCount(0);
});
