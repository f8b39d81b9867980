import { expect, test } from '@playwright/test';
import { signInAndWait } from './helpers';

test('the ward union profile sums its subtree’s awards and initiatives by year, as the registers do', async ({ page }) => {
  await signInAndWait(page, 'lanhdao.thuynguyen');
  await page.goto('/awards?year=2025');
  const counts = (await page.getByTestId('award-counts').innerText()).match(/(\d+) tập thể và (\d+) cá nhân/)!;
  await page.goto('/initiatives?year=2025');
  const initiatives = (await page.getByTestId('initiative-totals').innerText()).match(/^([\d.]+) mục/)![1];

  await page.goto('/units');
  await page.locator('main').getByRole('link', { name: 'Công đoàn phường Thủy Nguyên' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Công đoàn phường Thủy Nguyên');
  const awards = page.getByRole('region', { name: /Khen thưởng theo năm/ });
  await expect(awards.getByTestId('award-year').filter({ hasText: '2025' })).toHaveText(new RegExp(`2025\\s*${counts[1]}\\s*${counts[2]}`));
  const byYear = page.getByRole('region', { name: /Sáng kiến theo năm/ });
  await expect(byYear.getByTestId('initiative-year').filter({ hasText: '2025' })).toContainText(initiatives);
  await awards.getByRole('link', { name: 'Xem sổ khen thưởng của đơn vị' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sổ khen thưởng');
});

test('a chair sees their union’s collective awards and own initiatives, as many as the registers list; a member’s sections are never missing', async ({ page }) => {
  await signInAndWait(page, 'chutich.cdcs');
  await page.getByRole('link', { name: /Minh Long/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Minh Long');
  const unitUrl = page.url();
  const unitId = unitUrl.match(/\/units\/(\d+)/)![1];

  await page.goto(`/awards?unit=${unitId}&recipient=unit`);
  const collectives = Number((await page.getByTestId('award-counts').innerText()).match(/(\d+) tập thể/)![1]);
  await page.goto(`/initiatives?unit=${unitId}`);
  const initiatives = Number((await page.getByTestId('initiative-totals').innerText()).match(/^([\d.]+) mục/)![1].replace(/\./g, ''));

  await page.goto(unitUrl);
  const awards = page.getByRole('region', { name: 'Khen thưởng tập thể' });
  if (collectives === 0) await expect(awards).toContainText('Đơn vị chưa có khen thưởng tập thể nào được ghi nhận.');
  else await expect(awards.getByTestId('profile-award')).toHaveCount(collectives);
  const own = page.getByRole('region', { name: 'Sáng kiến', exact: true });
  if (initiatives === 0) await expect(own).toContainText('Đơn vị chưa có sáng kiến nào được ghi nhận.');
  else {
    await expect(own.getByTestId('unit-initiative-totals')).toContainText(`${initiatives} mục`);
    await expect(own.getByTestId('profile-initiative')).toHaveCount(Math.min(initiatives, 20));
  }

  await page.locator('main').getByRole('region', { name: 'Đoàn viên' }).locator('tbody tr').last().getByRole('link').first().click();
  const memberAwards = page.getByRole('region', { name: 'Khen thưởng', exact: true });
  await expect(memberAwards.getByTestId('profile-award').first().or(memberAwards.getByText('Đoàn viên chưa có khen thưởng nào được ghi nhận.'))).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sáng kiến', exact: true })).toBeVisible();
});
