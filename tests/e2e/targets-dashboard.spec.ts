// The Thuy Nguyen leader opens the portal: the seeded 2026 targets with their actuals and statuses,
// a drill-down to a lagging grassroots union, the printable report and the .xlsx export. Then the ward
// officer sets a target and splits the ward's count target among its unions.
import { expect, test } from '@playwright/test';
import { signInAndWait } from './helpers';

test('the ward leader sees targets and actuals, drills down to a lagging union, and prints the report', async ({ page }) => {
  await signInAndWait(page, 'lanhdao.thuynguyen');
  await page.goto('/');
  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Tổng quan');
  await expect(main.getByTestId('dashboard-heading')).toHaveText('Theo dõi chỉ tiêu năm 2026');
  const targets = main.getByTestId('targets-table');
  const newMembers = targets.locator('tr[data-metric="new_members"]');
  await expect(newMembers).toContainText('Kết nạp đoàn viên mới');
  await expect(newMembers).toContainText('≥ 300');
  await expect(targets.locator('tr[data-metric="app_adoption"]')).toContainText('65% – 70%');
  await expect(targets.locator('tr[data-metric="cba_coverage"]')).toContainText('trên số CĐCS đang hoạt động trong doanh nghiệp');
  // Status in words, not only colour: the seeded year has metrics achieved and metrics at risk.
  await expect(targets).toContainText('Đã đạt');
  await expect(targets).toContainText('Có nguy cơ không đạt');
  // 4,002 seeded; other end-to-end tests may have registered a few since.
  await expect(main.getByTestId('summary-members')).toContainText(/4\.0\d\d/);
  await expect(main.getByTestId('summary-gross')).toBeVisible();

  // Thuy Nguyen has 52 unions (more if other tests established some): the 50 furthest behind are
  // listed, then "show all" lists every one, still furthest behind first.
  const rows = main.getByTestId('children-table').getByTestId('child-row');
  await expect(rows).toHaveCount(50);
  const shown = main.getByTestId('children-shown');
  await expect(shown).toHaveText(/^Đang hiện 50 đơn vị chậm nhất trong (5[1-9]|[6-9]\d)\. Hiện tất cả$/);
  const total = Number((await shown.innerText()).match(/trong (\d+)/)![1]);
  await shown.getByRole('link', { name: 'Hiện tất cả' }).click();
  await page.waitForURL(/\/\?year=2026&children=all/);
  await expect(rows).toHaveCount(total);
  await expect(shown).toHaveCount(0);

  // The units below, furthest behind first: open the first (a lagging union).
  const first = rows.first();
  await expect(first.locator('[data-status]').first()).toHaveAttribute('data-status', /at_risk|behind/);
  const name = (await first.getByRole('link').innerText()).trim();
  await first.getByRole('link').click();
  await page.waitForURL(/\/dashboard\/\d+\?year=2026$/);
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Theo dõi chỉ tiêu năm 2026');
  await expect(main.getByText(name, { exact: true })).toBeVisible();
  await expect(main.getByTestId('targets-table').locator('tr[data-metric="new_members"] [data-status]')).toHaveAttribute('data-status', /.+/);
  await expect(main.getByRole('link', { name: /Lên cấp trên: Công đoàn phường Thủy Nguyên/ })).toBeVisible();

  // Back up, then the printable report: Vietnamese headings, dd/MM/yyyy.
  const up = main.getByRole('link', { name: /Lên cấp trên/ });
  const wardHref = (await up.getAttribute('href'))!;
  await up.click();
  await page.waitForURL((url) => `${url.pathname}${url.search}` === wardHref);
  await main.getByRole('link', { name: 'In báo cáo' }).click();
  await page.waitForURL(/\/print\?year=2026$/);
  await expect(main.locator('article header')).toContainText('Công đoàn phường Thủy Nguyên');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2026');
  await expect(main.getByTestId('print-date')).toHaveText(/^Ngày lập: \d{2}\/\d{2}\/\d{4}$/);
  await expect(main.getByTestId('targets-table')).toContainText('Kết nạp đoàn viên mới');
  await page.evaluate(() => {
    (window as unknown as { printed: boolean }).printed = false;
    window.print = () => { (window as unknown as { printed: boolean }).printed = true; };
  });
  await main.getByRole('button', { name: 'In báo cáo' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.no-print')).toBeHidden();

  // The same report as .xlsx.
  const unitId = page.url().match(/dashboard\/(\d+)/)![1];
  const response = await page.request.get(`/dashboard/${unitId}/export?year=2026`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('spreadsheetml');
  expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
});

test('the ward officer sets a target and splits the ward’s new-member target among its unions', async ({ page }) => {
  await signInAndWait(page, 'canbo.thuynguyen');
  await page.goto('/targets?year=2027');
  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Chỉ tiêu năm');
  const form = main.getByTestId('target-form');
  await form.locator('#field-metric').selectOption('new_members');
  await form.getByLabel(/Mức giao/).fill('ba trăm');
  await form.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(form.locator('#field-valueMin-error')).toContainText('Hãy nhập một số không âm');
  await expect(form.getByLabel(/Mức giao/)).toHaveValue('ba trăm');
  await form.getByLabel(/Mức giao/).fill('320');
  await form.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(main.getByTestId('target-list').locator('tr[data-metric="new_members"]')).toContainText('≥ 320');

  await main.getByTestId('target-list').getByRole('link', { name: 'Phân bổ cho đơn vị trực thuộc' }).click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Phân bổ chỉ tiêu cho đơn vị trực thuộc');
  await expect(main.getByTestId('split-total')).toHaveText('Tổng đã nhập: 320 / 320');
  const firstShare = main.locator('input[name^="share_"]').first();
  await firstShare.fill(String(Number(await firstShare.inputValue()) + 5));
  await expect(main.getByTestId('split-total')).toHaveText('Tổng đã nhập: 325 / 320');
  await main.getByRole('button', { name: 'Lưu phân bổ' }).click();
  await expect(main.getByTestId('form-status')).toContainText('Đã lưu phân bổ.');
  await main.getByRole('link', { name: 'Về danh sách chỉ tiêu' }).click();
  await expect(main.getByTestId('target-list').locator('tr[data-metric="new_members"] [data-testid="cascade-note"]')).toContainText('vượt chỉ tiêu 320');
});
