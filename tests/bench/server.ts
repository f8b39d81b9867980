// Starts the production build of the portal for the benchmark: `next build` when the sources changed
// since the last build (the same stamp `npm start` uses), then `next start` on BENCH_PORT against the
// generated database, in the foreground of this process so it stops with the benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { isBuildCurrent, markBuilt, sourceHash } from '../../lib/runtime/build-stamp';
import { SERVER_NODE_FLAGS } from '../../lib/runtime/instances';

export interface RunningPortal {
  baseUrl: string;
  secret: string;
  /** The `next start` process, whose memory the import and export figures sample. */
  pid: number;
  stop(): Promise<void>;
}

function next(args: string[], env: NodeJS.ProcessEnv, quiet: boolean): ChildProcess {
  // The server runs with the flags `npm start` gives it.
  const flags = args[0] === 'start' ? SERVER_NODE_FLAGS : [];
  return spawn(process.execPath, [...flags, require.resolve('next/dist/bin/next'), ...args], { stdio: quiet ? 'ignore' : 'inherit', env });
}

const exited = (child: ChildProcess) => new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));

export async function startPortal(databaseUrl: string, port: number, log: (line: string) => void, secret = randomBytes(32).toString('base64url')): Promise<RunningPortal> {
  const baseUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: baseUrl, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production',
  };
  const hash = sourceHash();
  if (!isBuildCurrent(hash)) {
    log('building the portal (next build)…');
    const code = await exited(next(['build'], env, false));
    if (code !== 0) throw new Error(`next build failed (exit ${code})`);
    markBuilt(hash);
  }
  const child = next(['start', '-p', String(port)], env, true);
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited(child);
    }
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}; is port ${port} free?`);
    const ok = await fetch(`${baseUrl}/login`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error('the portal did not answer within 60 s');
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  log(`portal (production build) on ${baseUrl}`);
  return { baseUrl, secret, pid: child.pid!, stop };
}
