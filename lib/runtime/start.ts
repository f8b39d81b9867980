// `npm start` (production) and `npm run dev` (hot reload): database first (embedded unless
// DATABASE_URL is set), migrations, demo data on an empty embedded database, a production build when
// the sources changed, then Next.js in the foreground. Ctrl-C stops Next and then PostgreSQL.
import { spawn, type ChildProcess } from 'node:child_process';
import { prepareDatabase } from './database';
import { sessionSecret } from './secret';
import { isBuildCurrent, markBuilt, sourceHash } from './build-stamp';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../prisma/seed/demo-accounts';

const isDev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const log = (line: string) => console.log(`[portal] ${line}`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [require.resolve('next/dist/bin/next'), command, ...args], { stdio: 'inherit', env });
}

function waitFor(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

function printLogins(url: string) {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.username.length));
  console.log(`\n  Portal: ${url}\n\n  Demo logins (password for all: ${DEMO_PASSWORD})`);
  for (const account of DEMO_ACCOUNTS) console.log(`    ${account.username.padEnd(width)}  ${account.email}  — ${account.description}`);
  console.log('');
}

async function main() {
  const database = await prepareDatabase('ifEmbeddedAndEmpty', log);
  let child: ChildProcess | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await waitFor(child);
    }
    if (database.embedded) {
      log('stopping embedded PostgreSQL');
      await database.embedded.stop().catch(() => {});
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  const url = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: sessionSecret(),
    NEXTAUTH_URL: url,
    NEXT_TELEMETRY_DISABLED: '1',
  };

  if (!isDev) {
    const hash = sourceHash();
    if (isBuildCurrent(hash)) log('production build is current');
    else {
      log('building the portal (next build)…');
      child = run('build', [], { ...env, NODE_ENV: 'production' });
      const code = await waitFor(child);
      if (code !== 0) return stop(code);
      markBuilt(hash);
    }
  }

  child = run(isDev ? 'dev' : 'start', ['-p', String(port)], env);
  if (database.embedded || database.seeded) printLogins(url);
  else log(`portal: ${url}`);
  const code = await waitFor(child);
  await stop(code);
}

main().catch(async (error) => {
  console.error(`[portal] failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
