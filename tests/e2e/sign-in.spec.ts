import { expect, test } from '@playwright/test';
import { signIn, signInAndWait } from './helpers';

test('a wrong password and an unknown account get the same message', async ({ page }) => {
  await signIn(page, 'chutich.cdcs', 'wrong-password');
  const message = page.locator('#login-error');
  await expect(message).toHaveText('Email/tên đăng nhập hoặc mật khẩu không đúng.');
  await signIn(page, 'khong.ton.tai@congdoan.demo', 'wrong-password');
  await expect(message).toHaveText('Email/tên đăng nhập hoặc mật khẩu không đúng.');
});

test('an inactive account cannot sign in', async ({ page }) => {
  await signIn(page, 'ngungkichhoat');
  await expect(page.locator('#login-error')).toContainText('ngừng hoạt động');
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});

test('a chair signs in, sees name and scope, and signs out', async ({ page }) => {
  await signInAndWait(page, 'chutich.cdcs');
  await expect(page.getByTestId('current-user')).toHaveText('Nguyễn Thị Lan');
  await expect(page.getByTestId('current-scope')).toContainText('Chủ tịch CĐCS');
  // Navigation shows only what the role allows.
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(nav.getByRole('link')).toHaveText(['Tổng quan', 'Đơn vị', 'Đoàn viên', 'Chỉ tiêu', 'Phong trào', 'Sáng kiến', 'Khen thưởng']);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/units');
  await expect(page).toHaveURL(/\/login/);
});

test('the language switch turns the shell into English and back', async ({ page }) => {
  await signInAndWait(page, 'lanhdao.thuynguyen');
  await page.getByRole('button', { name: /EN/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: /VI/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tổng quan');
});
