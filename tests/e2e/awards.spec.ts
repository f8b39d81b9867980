import { expect, test } from '@playwright/test';
import { signInAndWait } from './helpers';

test('a chair nominates, the ward officer approves and issues a decision, the honour roll shows the award', async ({ page, browser }) => {
  await signInAndWait(page, 'chutich.cdcs');
  await page.getByRole('link', { name: /Minh Long/ }).first().click();
  // The overview has tables of its own (the targets dashboard): wait for the union's page.
  await page.waitForURL(/\/units\/\d+$/);
  const firstRow = page.locator('main table tbody tr').first();
  const memberName = (await firstRow.locator('td').first().innerText()).trim();
  const card = (await firstRow.locator('td').nth(4).innerText()).trim();
  const memberHref = (await firstRow.getByRole('link').first().getAttribute('href'))!;

  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Khen thưởng' }).click();
  await page.getByRole('link', { name: 'Đề nghị khen thưởng' }).first().click();
  // Wait for the form's page: the register's filter form has a field with the same label.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Đề nghị khen thưởng từ');
  const form = page.locator('main form');
  await form.getByLabel('Hình thức khen thưởng').selectOption({ label: 'Giấy khen' });
  await form.getByLabel('Số thẻ đoàn viên hoặc mã đơn vị').fill(card);
  await form.getByRole('textbox', { name: 'Thành tích', exact: true }).fill('Hoàn thành xuất sắc nhiệm vụ, có sáng kiến làm lợi 250 triệu đồng.');
  await form.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await expect(page.getByTestId('form-status')).toContainText(`Đã gửi đề nghị khen thưởng cho ${memberName} đến Công đoàn phường Thủy Nguyên`);

  const officer = await browser.newPage({ locale: 'vi-VN' });
  await signInAndWait(officer, 'canbo.thuynguyen');
  await officer.goto('/awards');
  const countsText = await officer.getByTestId('award-counts').innerText();
  const individualsBefore = Number(countsText.match(/(\d+) cá nhân/)![1]);
  await officer.getByRole('link', { name: 'Đề nghị khen thưởng', exact: true }).last().click();
  const reviewSection = officer.getByRole('region', { name: /Đề nghị chờ/ });
  const waiting = reviewSection.locator('[data-testid^="nomination-"]').filter({ hasText: memberName }).filter({ hasText: 'Chờ xét duyệt' }).first();
  const nomination = reviewSection.getByTestId((await waiting.getAttribute('data-testid'))!);
  await nomination.getByRole('button', { name: 'Lưu' }).click();
  await expect(nomination).toContainText('Đã duyệt');

  await officer.reload();
  await officer.getByRole('link', { name: 'Ban hành quyết định' }).click();
  await expect(officer.getByRole('heading', { level: 1 })).toContainText('Ban hành quyết định khen thưởng');
  const decision = officer.locator('main form');
  await decision.getByLabel(new RegExp(memberName)).first().check();
  const number = `${Date.now() % 100000}/QĐ-CĐP`;
  await decision.getByLabel('Số quyết định').fill(number);
  await decision.getByLabel('Ngày ký').fill('20/11/2026');
  await decision.getByLabel('Người ký').fill('Phạm Văn Đức');
  await expect(decision.getByRole('button', { name: 'Ban hành quyết định' })).toBeDisabled();
  await decision.getByLabel('Tôi hiểu quyết định sẽ không sửa được sau khi ban hành.').check();
  await decision.getByRole('button', { name: 'Ban hành quyết định' }).click();
  await expect(officer.getByTestId('form-status')).toContainText(`Đã ban hành quyết định số ${number} (1 khen thưởng)`);

  await officer.goto('/awards');
  await expect(officer.getByTestId('award-counts')).toContainText(`${individualsBefore + 1} cá nhân`);
  await expect(officer.getByRole('row').filter({ hasText: memberName }).filter({ hasText: number })).toBeVisible();
  await officer.close();

  // The chair sees the award in their union's honour roll too.
  await page.goto('/awards');
  await expect(page.getByRole('row').filter({ hasText: memberName }).filter({ hasText: 'Giấy khen' })).toBeVisible();

  // …and on the member's profile.
  await page.goto(memberHref);
  const awards = page.getByRole('region', { name: 'Khen thưởng', exact: true });
  await expect(awards.getByTestId('profile-award').filter({ hasText: 'Giấy khen' }).filter({ hasText: number })).toBeVisible();
});

test('the admin maintains the award types; a ward officer has no such page', async ({ page, browser }) => {
  await signInAndWait(page, 'admin');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hình thức khen thưởng' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hình thức khen thưởng');
  const form = page.getByRole('region', { name: 'Thêm hình thức khen thưởng' }).locator('form');
  const code = `KT_${Date.now() % 1_000_000}`;
  await form.getByLabel('Mã').fill(code);
  await form.getByLabel('Tên hình thức').fill('Bằng khen của Công đoàn Viên chức');
  await form.getByRole('button', { name: 'Thêm hình thức' }).click();
  await expect(page.getByText('Đã lưu “Bằng khen của Công đoàn Viên chức”.')).toBeVisible();
  await expect(page.getByText(`(${code} · Cá nhân và tập thể)`)).toBeVisible();

  const officer = await browser.newPage({ locale: 'vi-VN' });
  await signInAndWait(officer, 'canbo.thuynguyen');
  await expect(officer.getByRole('link', { name: 'Hình thức khen thưởng' })).toHaveCount(0);
  expect((await officer.goto('/admin/award-types'))?.status()).toBe(404);
  await officer.close();
});
