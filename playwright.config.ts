// End-to-end tests in a real Chromium against the production build, served by the same start
// script as `npm start`, on a fresh embedded PostgreSQL loaded with the demo data. The portal runs as
// two instances behind the start script's per-request balancer (INSTANCES=2), so every spec also
// proves that no request depends on memory kept by the instance that served the one before
// (tests/e2e/scale-out.spec.ts shows both instances answer). Always two: a suite that could run on one
// would have to skip the scale-out spec, and then nothing would prove it.
import { defineConfig, devices } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${PORT}`;

// Debian's Chromium where it exists (Playwright cannot download browsers on every machine).
const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// One fresh data folder per run, shared with the workers through the environment.
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'));

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.test-output/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    locale: 'vi-VN',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], locale: 'vi-VN' } }],
  webServer: {
    command: 'npx tsx lib/runtime/start.ts',
    url: `${BASE_URL}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: {
      PORT: String(PORT),
      INSTANCES: '2',
      PG_PORT: 'auto',
      DATA_DIR: process.env.E2E_DATA_DIR,
      DATABASE_URL: '',
      NEXTAUTH_URL: BASE_URL,
      NEXTAUTH_SECRET: 'e2e-only-secret-not-for-production',
    },
  },
});
