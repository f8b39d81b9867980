import { expect, test, type Page } from '@playwright/test';
import { signInAndWait } from './helpers';

const CHAIR_UNION = /Minh Long/;

/** Opens the chair's union (from the overview) and returns the href of its first member's profile. */
async function firstMemberHref(page: Page): Promise<string> {
  await page.goto('/units');
  await page.locator('main').getByRole('link', { name: 'Công đoàn phường Thủy Nguyên' }).first().click();
  await page.locator('main').getByRole('link', { name: CHAIR_UNION }).first().click();
  const href = await page.locator('main a[href^="/members/"]').first().getAttribute('href');
  if (!href) throw new Error('no member link');
  return href;
}

test('a chair sees the profile with its history, reveals the sensitive details, and a leader never sees them', async ({ page, browser }) => {
  await signInAndWait(page, 'chutich.cdcs');
  await page.goto('/');
  await page.locator('main').getByRole('link', { name: CHAIR_UNION }).click();
  const memberLink = page.locator('main a[href^="/members/"]').first();
  const name = (await memberLink.innerText()).trim();
  await memberLink.click();
  await page.waitForURL(/\/members\/\d+$/);
  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(main.getByTestId('member-status')).toContainText('Đang sinh hoạt tại');
  await expect(main.getByRole('table', { name: 'Quá trình sinh hoạt công đoàn' })).toContainText('Đang sinh hoạt');
  await expect(main.getByTestId('sensitive-record')).toHaveCount(0);
  await main.getByRole('link', { name: 'Xem dân tộc và thông tin giới thiệu kết nạp Đảng' }).click();
  await expect(main.getByTestId('sensitive-record')).toContainText('Dân tộc');
  await expect(main.getByTestId('sensitive-record')).toContainText('đã được ghi vào nhật ký');

  const leader = await browser.newPage({ locale: 'vi-VN' });
  await signInAndWait(leader, 'lanhdao.thuynguyen');
  const href = page.url().replace(/\?.*$/, '').replace(/^https?:\/\/[^/]+/, '');
  await leader.goto(`${href}?sensitive=1`);
  await expect(leader.locator('main').getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(leader.locator('main').getByText('Thông tin nhạy cảm')).toHaveCount(0);
  await expect(leader.locator('main').getByTestId('sensitive-record')).toHaveCount(0);
  await expect(leader.locator('main').getByRole('link', { name: 'Sửa hồ sơ' })).toHaveCount(0);
  await leader.close();
});

test('of two people editing the same member, the second save is refused and keeps what was typed', async ({ page, browser }) => {
  await signInAndWait(page, 'canbo.thuynguyen');
  const href = await firstMemberHref(page);
  const chair = await browser.newPage({ locale: 'vi-VN' });
  await signInAndWait(chair, 'chutich.cdcs');

  await page.goto(`${href}/edit`);
  await chair.goto(`${href}/edit`);
  const officerForm = page.locator('main form');
  const chairForm = chair.locator('main form');
  await officerForm.getByLabel('Nghề nghiệp').fill('Kỹ sư vận hành');
  await officerForm.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByTestId('form-status')).toContainText('Đã lưu thay đổi.');

  await chairForm.getByLabel('Nghề nghiệp').fill('Thợ tiện bậc 5');
  await chairForm.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(chairForm.getByRole('alert')).toContainText('vừa được người khác lưu');
  await expect(chairForm.getByLabel('Nghề nghiệp')).toHaveValue('Thợ tiện bậc 5');

  await page.goto(href);
  await expect(page.locator('main')).toContainText('Kỹ sư vận hành');
  await chair.close();
});

test("a chair opening a member of another union gets not found, like a missing member", async ({ page, browser }) => {
  const officer = await browser.newPage({ locale: 'vi-VN' });
  await signInAndWait(officer, 'canbo.thuynguyen');
  await officer.goto('/units');
  await officer.locator('main').getByRole('link', { name: 'Công đoàn phường Thủy Nguyên' }).first().click();
  const other = officer.locator('main').getByRole('link', { name: /^Công đoàn cơ sở/ }).filter({ hasNotText: 'Minh Long' }).first();
  await other.click();
  const foreignHref = await officer.locator('main a[href^="/members/"]').first().getAttribute('href');
  await officer.close();

  await signInAndWait(page, 'chutich.cdcs');
  for (const href of [foreignHref!, `${foreignHref}/edit`, '/members/99999999']) {
    const response = await page.goto(href);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy');
  }
});

test('a chair records a member leaving, after confirming, and then rejoins them', async ({ page }) => {
  await signInAndWait(page, 'chutich.cdcs');
  await page.goto('/');
  await page.locator('main').getByRole('link', { name: CHAIR_UNION }).click();
  const totals = page.getByTestId('unit-totals');
  const count = async () => Number((await totals.innerText()).match(/^([\d.]+) đoàn viên/)![1].replace(/\./g, ''));
  const before = await count();
  const unionUrl = page.url();
  // The last member link on the first page: not the one the edit test above changes.
  await page.locator('main a[href^="/members/"]').last().click();
  await page.waitForURL(/\/members\/\d+$/);
  const main = page.locator('main');
  const name = (await main.getByRole('heading', { level: 1 }).innerText()).trim();

  await main.getByText('Ghi nhận thôi sinh hoạt công đoàn').click();
  const leaveForm = main.locator('form').filter({ hasText: 'Lý do thôi sinh hoạt' });
  await leaveForm.getByLabel('Lý do thôi sinh hoạt').selectOption({ label: 'Chuyển việc' });
  await leaveForm.getByLabel('Ngày thôi sinh hoạt').fill('20/11/2026');
  await leaveForm.getByRole('button', { name: 'Ghi nhận thôi sinh hoạt' }).click();
  // Without the confirmation nothing happens, and the choices stay.
  await expect(leaveForm.getByText('Hãy đánh dấu ô xác nhận.')).toBeVisible();
  await expect(leaveForm.getByLabel('Lý do thôi sinh hoạt')).toHaveValue('changed_job');
  await leaveForm.getByRole('checkbox').check();
  await leaveForm.getByRole('button', { name: 'Ghi nhận thôi sinh hoạt' }).click();
  // The page is revalidated: the status and history change in place and the rejoin form appears.
  await expect(main.getByTestId('member-status')).toHaveText('Đã thôi sinh hoạt công đoàn');
  await page.reload();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(main.getByRole('table', { name: 'Quá trình sinh hoạt công đoàn' })).toContainText('Chuyển việc');
  await page.goto(unionUrl);
  await expect(totals).toContainText(`${before - 1} đoàn viên`);

  await page.goBack();
  const rejoinForm = main.locator('form').filter({ hasText: 'Kết nạp lại' });
  await rejoinForm.getByLabel('Ngày vào công đoàn').fill('22/11/2026');
  await rejoinForm.getByRole('button', { name: 'Kết nạp lại' }).click();
  await expect(main.getByTestId('member-status')).toContainText('Đang sinh hoạt tại');
  await page.goto(unionUrl);
  await expect(totals).toContainText(`${before} đoàn viên`);
});
