// The whole end-to-end suite runs against two portal instances behind the start script's balancer
// (playwright.config.ts sets INSTANCES=2), which hands each request to the next instance in turn and
// names it in `X-Portal-Instance`. These tests show that requests really reach both, and that a
// session opened on one instance and a form rendered by one are completed by the other.
import { expect, test, type Response } from '@playwright/test';
import { signInAndWait } from './helpers';

const INSTANCE = 'x-portal-instance';
const UNION = 'Chợ Sơn Thịnh';

const servedBy = (response: Response | null) => response?.headers()[INSTANCE] ?? '';

test('consecutive requests are answered by both instances in turn', async ({ request }) => {
  const served: string[] = [];
  for (let i = 0; i < 10; i++) {
    const response = await request.get('/login');
    expect(response.status()).toBe(200);
    served.push(response.headers()[INSTANCE]);
  }
  expect(served.every((name) => name === '1' || name === '2')).toBe(true);
  expect(served.filter((name) => name === '1').length).toBeGreaterThanOrEqual(4);
  expect(served.filter((name) => name === '2').length).toBeGreaterThanOrEqual(4);
});

test('a session and a form from one instance are completed by the other', async ({ page }) => {
  test.setTimeout(120_000);
  const signInAnswer = page.waitForResponse((r) => r.url().includes('/api/auth/callback/credentials'));
  await signInAndWait(page, 'admin');
  const signedInOn = servedBy(await signInAnswer);
  expect(['1', '2']).toContain(signedInOn);

  await page.goto('/units?q=cho+son+thinh');
  await page.locator('main').getByRole('link', { name: new RegExp(UNION) }).click();
  await expect(page).toHaveURL(/\/units\/\d+$/);
  const profileUrl = page.url();
  const editUrl = `${profileUrl}/edit`;

  // The balancer's turn also moves with the page's scripts and prefetches, so which instance takes
  // the form is not fixed: submit until one instance rendered the form and the other ran the action.
  let renderedOn = '';
  let submittedOn = '';
  let address = '';
  for (let attempt = 1; attempt <= 6 && (renderedOn === '' || renderedOn === submittedOn); attempt++) {
    renderedOn = servedBy(await page.goto(editUrl));
    const form = page.locator('main form');
    await expect(form.getByRole('button', { name: 'Lưu hồ sơ' })).toBeEnabled();
    address = `Tổ ${attempt}, chợ Sơn Thịnh, phường Nghĩa Lộ`;
    await form.getByLabel('Địa chỉ').fill(address);
    const actionAnswer = page.waitForResponse((r) => r.request().method() === 'POST' && r.url() === editUrl);
    await form.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    submittedOn = servedBy(await actionAnswer);
    await expect(page.locator('main').getByTestId('form-status')).toContainText('Đã lưu hồ sơ.');
    // Same instance twice: one request in between moves the turn on for the next try.
    if (submittedOn === renderedOn) await page.request.get('/login');
  }
  expect(['1', '2']).toContain(renderedOn);
  expect(['1', '2']).toContain(submittedOn);
  expect(submittedOn).not.toBe(renderedOn);
  // Two instances took part after the sign-in, so one of them is not the one that signed in.
  expect([renderedOn, submittedOn]).toContain(signedInOn === '1' ? '2' : '1');

  // Whichever instance answers now reads what the other one wrote.
  for (let i = 0; i < 2; i++) {
    await page.goto(profileUrl);
    await expect(page.locator('main')).toContainText(address);
  }
});
