// A ward officer reorganises only inside their ward. The transfer and merge pages never offer a unit
// outside it (the picker searches their scope, with and without JavaScript), and a forged request
// naming a target outside it, replayed with the officer's own session, is refused as "not found"
// and writes nothing. The request's shape is captured in the admin's browser: action ids are in
// every page's HTML, so the officer could learn them the same way.
import { expect, test, type Page } from '@playwright/test';
import { signInAndWait } from './helpers';

const WARD = 'Công đoàn phường Thủy Nguyên';
const WARD_UNION = 'Công đoàn cơ sở Công ty TNHH Bao bì Nam Triệu';
const OUTSIDE = 'Công đoàn xã Nhã Nam';

async function openUnit(page: Page, query: string, name: string) {
  await page.goto(`/units?q=${encodeURIComponent(query)}`);
  const main = page.locator('main');
  await main.getByTestId('unit-row').getByRole('link', { name, exact: true }).click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(name);
  return Number(new URL(page.url()).pathname.split('/')[2]);
}

/** Submits the transfer form with the given union and target and captures the POST (aborted, nothing sent). */
async function captureTransfer(page: Page, union: RegExp, target: string) {
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
  await page.route('**/transfer', async (route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.continue();
    captured = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  const form = page.locator('main form').filter({ has: page.getByRole('button', { name: 'Chuyển theo quyết định' }) });
  await form.getByRole('checkbox', { name: union }).first().check();
  const box = form.getByRole('combobox', { name: 'Chuyển đến đơn vị' });
  await box.fill(target);
  await expect(page.getByRole('listbox', { name: 'Chuyển đến đơn vị' }).getByRole('option').first()).toContainText(target);
  await box.press('ArrowDown');
  await box.press('Enter');
  await form.getByLabel('Số quyết định').fill('99/QĐ-GIẢ');
  await form.getByLabel('Ngày hiệu lực').fill('01/09/2025');
  await form.getByRole('button', { name: 'Chuyển theo quyết định' }).click();
  await expect.poll(() => captured !== null).toBe(true);
  return captured as unknown as { url: string; headers: Record<string, string>; body: Buffer };
}

/** The multipart body with one field's value replaced (React prefixes field names with an argument id). */
function withField(body: Buffer, field: string, value: number) {
  const text = body.toString('latin1');
  const pattern = new RegExp(`(name="(?:_?\\d+_)?${field}"\\r\\n\\r\\n)[^\\r]*`);
  expect(text).toMatch(pattern);
  return Buffer.from(text.replace(pattern, `$1${value}`), 'latin1');
}

test('a ward officer is not offered a target outside their ward, and a forged transfer there is refused as not found', async ({ page, browser }, testInfo) => {
  // The officer: their ward's transfer page offers no target (the only grassroots parent they manage is the ward itself).
  await signInAndWait(page, 'canbo.thuynguyen');
  const main = page.locator('main');
  const wardId = await openUnit(page, 'thuy nguyen', WARD);
  await main.getByRole('link', { name: 'Chuyển công đoàn cơ sở' }).click();
  await expect(main).toContainText('Bạn không quản lý đơn vị nào khác có thể tiếp nhận.');
  // The picker's endpoint answers their own scope only, whatever is asked.
  const outsideSearch = await page.request.get(`/units/picker?kinds=ward_union,federation&q=${encodeURIComponent('nha nam')}`);
  expect((await outsideSearch.json()).rows).toEqual([]);
  const ownSearch = await (await page.request.get(`/units/picker?kinds=ward_union,federation&q=${encodeURIComponent('thuy nguyen')}`)).json();
  expect(ownSearch.rows.map((u: { id: number }) => u.id)).toEqual([wardId]);

  // The merge page's picker (with JavaScript) finds unions of the ward, never one outside.
  const unionId = await openUnit(page, 'bao bi nam trieu', WARD_UNION);
  await main.getByRole('link', { name: 'Sáp nhập', exact: true }).click();
  const survivor = main.getByRole('combobox', { name: 'Sáp nhập vào' });
  await survivor.fill('lam cot');
  await expect(main.getByRole('status').filter({ hasText: 'Không có đơn vị nào bạn quản lý phù hợp.' })).toHaveCount(1);
  await survivor.fill('thuy nguyen');
  await expect(main.getByRole('listbox', { name: 'Sáp nhập vào' }).getByRole('option', { name: /Cấp nước Thủy Nguyên/ })).toHaveCount(1);

  // The admin's browser: the transfer request's shape (a Tan Yen union to a Bac Giang commune).
  const adminContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'vi-VN' });
  const admin = await adminContext.newPage();
  await signInAndWait(admin, 'admin');
  await openUnit(admin, 'xa tan yen', 'Công đoàn xã Tân Yên');
  await admin.locator('main').getByRole('link', { name: 'Chuyển công đoàn cơ sở' }).click();
  const outsideId = await (async () => {
    const found = await (await admin.request.get(`/units/picker?kinds=ward_union,federation&q=${encodeURIComponent('nha nam')}`)).json();
    return found.rows[0].id as number;
  })();
  const call = await captureTransfer(admin, /Công đoàn cơ sở/, OUTSIDE);
  await adminContext.close();

  // Replayed with the officer's session (their cookies, not the admin's): their union, a target outside the ward.
  const { cookie: _cookie, 'content-length': _length, ...headers } = call.headers;
  void _cookie;
  void _length;
  const url = new URL(`/units/${wardId}/transfer`, call.url).toString();
  const forged = withField(withField(call.body, 'unitIds', unionId), 'targetParentId', outsideId);
  const refused = await page.request.post(url, { headers, data: forged });
  const refusedText = await refused.text();
  expect(refusedText).toContain('notFound');
  expect(refusedText).not.toContain('"status":"ok"');
  // The same replay to their own ward reaches the invariants (so it ran as the officer, in scope): same parent.
  const inScope = await page.request.post(url, { headers, data: withField(withField(call.body, 'unitIds', unionId), 'targetParentId', wardId) });
  expect(await inScope.text()).toContain('errors.unit.sameParent');

  // Nothing was written: the union still stands under the ward, with no transfer on its timeline.
  await page.goto(`/units/${unionId}`);
  await expect(page.getByRole('navigation', { name: 'Đường dẫn đơn vị' })).toContainText('Thủy Nguyên');
  await expect(main.getByTestId('unit-timeline')).not.toContainText('99/QĐ-GIẢ');
});

test('without JavaScript the picker is a GET search and a select of the matches, in the officer\'s scope only', async ({ page, browser }, testInfo) => {
  // Signing in uses JavaScript; the session then serves a browser that runs none.
  await signInAndWait(page, 'canbo.thuynguyen');
  const unionId = await openUnit(page, 'bao bi nam trieu', WARD_UNION);
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'vi-VN', javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await context.newPage();
  await plain.goto(`/units/${unionId}/merge`);
  const main = plain.locator('main');
  const search = main.getByRole('searchbox', { name: /Tìm “Sáp nhập vào”/ });
  await search.fill('lam cot');
  await main.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(plain).toHaveURL(/q=lam\+cot/);
  await expect(main.getByRole('combobox', { name: 'Sáp nhập vào' }).locator('option')).toHaveCount(1); // the placeholder only
  await expect(main).toContainText('Không có đơn vị nào bạn quản lý phù hợp.');
  await main.getByRole('searchbox', { name: /Tìm “Sáp nhập vào”/ }).fill('thuy nguyen');
  await main.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(plain).toHaveURL(/q=thuy\+nguyen/);
  await expect(main.getByRole('combobox', { name: 'Sáp nhập vào' }).locator('option', { hasText: 'Cấp nước Thủy Nguyên' })).toHaveCount(1);
  await expect(main.getByRole('combobox', { name: 'Sáp nhập vào' }).locator('option', { hasText: 'Nhã Nam' })).toHaveCount(0);
  await context.close();
});
