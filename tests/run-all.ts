// `npm test`: every tier in order — route types, type check, lint, unit + integration (Vitest, real
// PostgreSQL), end to end (Playwright, Chromium) — then one closing line `N passed, N failed` that
// adds up all tiers. Exits non-zero when anything failed. Later tiers still run after a failure so
// one run reports everything.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const OUT = '.test-output';
const bin = (name: string) => path.join('node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n── ${label} ──`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  console.log(`── ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

/** A gate without its own test count (type check, lint) counts as one test. */
function gate(label: string, command: string, args: string[]) {
  if (run(label, command, args)) totals.passed += 1;
  else totals.failed += 1;
}

function readJson(file: string): Record<string, unknown> | null {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

gate('route types (next typegen)', bin('next'), ['typegen']);
gate('type check (tsc --noEmit)', bin('tsc'), ['--noEmit']);
gate('lint (eslint)', bin('eslint'), ['.', '--max-warnings=0']);

const vitestOk = run('unit and integration tests (vitest)', bin('vitest'), [
  'run', '--reporter=default', '--reporter=json', `--outputFile.json=${OUT}/vitest.json`,
]);
const vitest = readJson(`${OUT}/vitest.json`) as {
  success: boolean; numTotalTests: number; numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number;
} | null;
if (vitest) {
  totals.passed += vitest.numPassedTests;
  // An error outside any test (a broken config, an unhandled rejection) fails the run with 0 tests failed.
  const healthy = vitestOk && vitest.success && vitest.numTotalTests > 0;
  totals.failed += vitest.numFailedTests + (healthy || vitest.numFailedTests ? 0 : 1);
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
} else totals.failed += 1;

const e2eOk = run('end-to-end tests (playwright, chromium)', bin('playwright'), ['test']);
const e2e = readJson(`${OUT}/e2e.json`) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | null;
if (e2e) {
  totals.passed += e2e.stats.expected;
  const healthy = e2eOk && e2e.stats.expected > 0;
  totals.failed += e2e.stats.unexpected + e2e.stats.flaky + (healthy || e2e.stats.unexpected ? 0 : 1);
  totals.skipped += e2e.stats.skipped;
} else totals.failed += 1;

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
