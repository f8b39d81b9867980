// What every group of benchmarked operations gets from the runner: the database, the running
// portal, the signed-in accounts, the portal's own data functions and the timers that print pairs of
// app and floor figures into one report.
import type pg from 'pg';
import type { AppData } from './app-data';
import type { Sql } from './floors';
import type { Summary } from './measure';
import type { Report, Work } from './report';

export interface BenchUser {
  username: string;
  id: number;
  unit_id: number;
  path: string;
}

export interface Bench {
  report: Report;
  pool: pg.Pool;
  q: <T extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<T[]>;
  app: AppData;
  baseUrl: string;
  /** The portal server's process id (its memory is sampled). */
  serverPid: number;
  /** Server CPU ms of a page that reads nothing (the sign-in page, signed out): the framework's own floor per request. */
  frameworkCpuMs: number;
  users: Record<'admin' | 'province' | 'ward' | 'chair', BenchUser>;
  cookie: (username: string) => string;
  runs: number;
  loadSeconds: number;
  log: (line: string) => void;
  /** A page as `username`, timed to the last byte. */
  page: (username: string, path: string, runs?: number) => Promise<Summary>;
  /** One of the app's data calls, timed; its statements' work is measured once. */
  appTime: (call: () => Promise<unknown>, runs?: number) => Promise<Summary>;
  /** A hand-written floor, timed; its work is measured once. */
  floorTime: (statements: Sql[], runs?: number) => Promise<Summary>;
  /** The work of the last app call and the last floor timed. */
  lastWork: () => { app?: Work; floor?: Work };
}
