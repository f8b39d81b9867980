// Every server action is a public endpoint. This replays the browser's own registration request
// outside the browser: without an Origin header it is refused; with it, the same bytes succeed.
import { expect, test } from '@playwright/test';
import { signInAndWait } from './helpers';

test('a server action POSTed without an Origin header is refused and writes nothing', async ({ page }) => {
  await signInAndWait(page, 'chutich.cdcs');
  await page.goto('/');
  await page.getByRole('link', { name: /Minh Long/ }).click();
  await page.getByRole('link', { name: 'Kết nạp đoàn viên' }).click();

  let captured: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
  await page.route('**/members/new', async (route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.continue();
    captured = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  const form = page.locator('main form');
  await form.getByLabel('Họ và tên').fill('Trịnh Văn Khải');
  await form.getByLabel('Giới tính').selectOption('male');
  await form.getByLabel('Ngày sinh').fill('12/12/1988');
  await form.getByLabel('Số CCCD').fill(`0310880${String(Date.now()).slice(-5)}`);
  await form.getByLabel('Ngày vào công đoàn').fill('01/10/2026');
  await form.getByRole('button', { name: 'Kết nạp' }).click();
  await expect.poll(() => captured !== null).toBe(true);
  const call = captured as unknown as { url: string; headers: Record<string, string>; body: Buffer };
  expect(call.headers['next-action']).toBeTruthy();
  expect(call.headers.origin).toBeTruthy();

  const { origin, 'content-length': _length, ...withoutOrigin } = call.headers;
  void _length;
  const refused = await page.request.post(call.url, { headers: withoutOrigin, data: call.body });
  expect(await refused.text()).toContain('badOrigin');

  const accepted = await page.request.post(call.url, { headers: { ...withoutOrigin, origin }, data: call.body });
  expect(await accepted.text()).toContain('"status":"ok"');

  // Had the refused call written the member, this one would not be the first: it is a duplicate now.
  const again = await page.request.post(call.url, { headers: { ...withoutOrigin, origin }, data: call.body });
  expect(await again.text()).toContain('errors.member.alreadyInThisUnion');
});
