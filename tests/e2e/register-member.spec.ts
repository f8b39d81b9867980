import { expect, test, type Page } from '@playwright/test';
import { signInAndWait, unitHref } from './helpers';

const CHAIR_UNION = 'Công đoàn cơ sở Công ty TNHH Cơ khí Chính xác Minh Long';

async function openOwnUnion(page: Page) {
  await signInAndWait(page, 'chutich.cdcs');
  await page.goto('/');
  await page.getByRole('link', { name: CHAIR_UNION }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CHAIR_UNION);
}

async function fillForm(page: Page, values: Record<string, string>) {
  const form = page.locator('main form');
  for (const [label, value] of Object.entries(values)) {
    const field = form.getByLabel(label, { exact: false });
    if (label === 'Giới tính') await field.selectOption({ label: value });
    else await field.fill(value);
  }
}

test('a chair registers a member in their own union', async ({ page }) => {
  await openOwnUnion(page);
  const membersBefore = Number((await page.getByTestId('unit-totals').innerText()).match(/^([\d.]+) đoàn viên/)![1].replace(/\./g, ''));
  await page.getByRole('link', { name: 'Kết nạp đoàn viên' }).click();
  const cccd = `0311958${String(Date.now()).slice(-5)}`;
  await fillForm(page, {
    'Họ và tên': 'Đỗ Thị Ánh Tuyết',
    'Giới tính': 'Nữ',
    'Ngày sinh': '07/09/1995',
    'Số CCCD': cccd,
    'Số điện thoại': '0987 654 321',
    'Ngày vào công đoàn': '03/11/2026',
    'Nghề nghiệp': 'Kỹ thuật viên',
  });
  await page.getByRole('button', { name: 'Kết nạp' }).click();
  await expect(page.getByTestId('form-status')).toContainText('Đã kết nạp Đỗ Thị Ánh Tuyết');
  // The form is empty again for the next person.
  await expect(page.locator('main form').getByLabel('Họ và tên')).toHaveValue('');

  await page.getByRole('link', { name: 'Về trang đơn vị' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CHAIR_UNION);
  // Keyset pages are in name order; find the new member on whichever page holds her.
  const row = page.getByRole('cell', { name: 'Đỗ Thị Ánh Tuyết' });
  while (!(await row.isVisible())) await page.getByRole('link', { name: 'Trang sau' }).click();
  await expect(row).toBeVisible();
  await expect(page.getByTestId('unit-totals')).toContainText(`${membersBefore + 1} đoàn viên`);
});

test('a refused form names each field in Vietnamese and keeps what was typed', async ({ page }) => {
  await openOwnUnion(page);
  await page.getByRole('link', { name: 'Kết nạp đoàn viên' }).click();
  await fillForm(page, {
    'Họ và tên': 'Lê Văn Bình',
    'Giới tính': 'Nam',
    'Ngày sinh': '31/02/1990',
    'Số CCCD': '12345',
    'Ngày vào công đoàn': '01/01/2020',
  });
  await page.getByRole('button', { name: 'Kết nạp' }).click();
  const form = page.locator('main form');
  await expect(form.getByRole('alert')).toHaveText('Vui lòng sửa các trường được đánh dấu.');
  await expect(form.getByText('Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.')).toBeVisible();
  await expect(form.getByText('Số CCCD phải gồm đúng 12 chữ số.')).toBeVisible();
  await expect(form.getByLabel('Số CCCD')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Họ và tên')).toHaveValue('Lê Văn Bình');
  await expect(form.getByLabel('Số CCCD')).toHaveValue('12345');
  await expect(form.getByLabel('Giới tính')).toHaveValue('male');
});

test("the same chair opening another union's page sees not found, with the reason", async ({ page, browser }) => {
  // A ward officer can see the sibling union; take its address from the ward's page.
  const officer = await browser.newPage({ locale: 'vi-VN' });
  await signInAndWait(officer, 'canbo.thuynguyen');
  await officer.goto('/units');
  const chairsOwnHref = await unitHref(officer, CHAIR_UNION);
  const unionHrefs = await officer.getByRole('link', { name: /^Công đoàn cơ sở/ }).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const siblingHref = unionHrefs.find((href) => href && href !== chairsOwnHref);
  if (!siblingHref) throw new Error('no sibling union listed');
  await officer.close();

  await signInAndWait(page, 'chutich.cdcs');
  for (const href of [siblingHref, '/units/99999999', `${siblingHref}/members/new`]) {
    const response = await page.goto(href);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy');
    await expect(page.getByTestId('why-not-found')).toContainText('Minh Long (Chủ tịch CĐCS)');
  }
});

test('a chair registers the full record from a phone, and a refusal lists the fields to fix', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openOwnUnion(page);
  await page.getByRole('link', { name: 'Kết nạp đoàn viên' }).click();
  const form = page.locator('main form');
  const suffix = String(Date.now()).slice(-5);
  await fillForm(page, {
    'Họ và tên': 'Lò Thị Minh Nguyệt',
    'Giới tính': 'Nữ',
    'Ngày sinh': '12/12/1996',
    'Số CCCD': `0151968${suffix}`,
    'Ngày vào công đoàn': '02/11/2026',
    'Email': 'nguyet@',
    'Số thẻ đoàn viên': `TV-E2E-${suffix}`,
  });
  await form.getByLabel('Dân tộc').selectOption({ label: 'Thái' });
  await form.getByLabel('Trình độ chuyên môn').selectOption({ label: 'Cao đẳng' });
  await form.getByLabel('Chức vụ cán bộ công đoàn').fill('Tổ trưởng công đoàn');
  await page.getByRole('button', { name: 'Kết nạp' }).click();

  await expect(form.getByTestId('fields-to-fix')).toHaveText('Các trường cần sửa: Email');
  await expect(form.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  // Everything else typed is still there, selects included.
  await expect(form.getByLabel('Dân tộc')).toHaveValue('3');
  await expect(form.getByLabel('Số thẻ đoàn viên')).toHaveValue(`TV-E2E-${suffix}`);

  await form.getByLabel('Email').fill('nguyet.lo@gmail.com');
  await page.getByRole('button', { name: 'Kết nạp' }).click();
  await expect(page.getByTestId('form-status')).toContainText(`Đã kết nạp Lò Thị Minh Nguyệt (số thẻ TV-E2E-${suffix})`);
  // Nothing sticks out of a 360 px screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
