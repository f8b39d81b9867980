// Runs N `next start` processes of the same production build on 127.0.0.1, ports PORT+1 … PORT+N,
// restarts one that exits when nobody asked it to, and keeps each one's `ready` flag true only while
// it answers, so the balancer never sends a request to a process that is starting or gone.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import readline from 'node:readline';
import { UPSTREAM_IDLE_MS, type Upstream } from './balancer';

export interface Instance extends Upstream {
  child: ChildProcess | null;
  /** When it last exited on its own: a process that keeps dying is given up on. */
  exits: number[];
}

interface Options {
  count: number;
  firstPort: number;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  /** Called once when an instance keeps crashing, so the start script can stop everything. */
  onGiveUp: (instance: Instance) => void;
}

/**
 * Node flags of every production server process (here and in the benchmark): `--expose-gc` lets a
 * member import collect its garbage when it ends (lib/members/import-http.ts), so the tens of
 * thousands of rows it held do not stay as the process's resident memory until V8 gets round to it.
 */
export const SERVER_NODE_FLAGS = ['--expose-gc'];

const RESTART_DELAY_MS = 1000;
const CRASH_WINDOW_MS = 60_000;
const CRASHES_TOLERATED = 5;

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/login', timeout: 30_000 }, (response) => {
      response.resume();
      resolve(true);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function prefixLines(stream: NodeJS.ReadableStream | null, prefix: string, write: (line: string) => void) {
  if (stream) readline.createInterface({ input: stream }).on('line', (line) => write(`${prefix} ${line}`));
}

export function superviseInstances({ count, firstPort, env, log, onGiveUp }: Options) {
  let stopping = false;
  const instances: Instance[] = Array.from({ length: count }, (_, i) => ({ name: String(i + 1), port: firstPort + i, ready: false, child: null, exits: [] }));

  async function markReadyWhenAnswering(instance: Instance, child: ChildProcess) {
    while (!stopping && instance.child === child && child.exitCode === null) {
      if (await answers(instance.port)) {
        if (instance.child === child && child.exitCode === null) instance.ready = true;
        return;
      }
      await pause(250);
    }
  }

  function launch(instance: Instance) {
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, require.resolve('next/dist/bin/next'), 'start', '-p', String(instance.port), '-H', '127.0.0.1', '--keepAliveTimeout', String(UPSTREAM_IDLE_MS * 2)], {
      env: { ...env, PORT: String(instance.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    instance.child = child;
    prefixLines(child.stdout, `[instance ${instance.name}]`, (line) => console.log(line));
    prefixLines(child.stderr, `[instance ${instance.name}]`, (line) => console.error(line));
    child.on('exit', (code, signal) => {
      instance.ready = false;
      if (stopping) return;
      const now = Date.now();
      instance.exits = [...instance.exits.filter((t) => now - t < CRASH_WINDOW_MS), now];
      if (instance.exits.length >= CRASHES_TOLERATED) {
        log(`instance ${instance.name} exited ${instance.exits.length} times within a minute; giving up`);
        return onGiveUp(instance);
      }
      log(`instance ${instance.name} exited (${signal ?? `code ${code}`}); restarting it`);
      setTimeout(() => {
        if (!stopping) launch(instance);
      }, RESTART_DELAY_MS);
    });
    void markReadyWhenAnswering(instance, child);
  }

  for (const instance of instances) launch(instance);

  /** Resolves once every instance answers (the public port opens only then). */
  async function allReady() {
    while (!stopping && !instances.every((i) => i.ready)) await pause(250);
  }

  async function stop() {
    stopping = true;
    await Promise.all(
      instances.map(async ({ child }) => {
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(killer);
      }),
    );
  }

  return { instances, allReady, stop };
}
