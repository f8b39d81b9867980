// The benchmark's printed report: one block per operation with page, database and floor times and
// their ratios, each target's verdict, and the closing `N passed, N failed, N skipped` line.
import { ms, type LoadResult, type Summary } from './measure';

export interface Verdict {
  target: string;
  /** null: not measurable yet (the feature is not built): counted as skipped, never as passed. */
  pass: boolean | null;
  measured: string;
}

/** What one run of a question cost the server: 8 kB buffers touched, and execution time plus planning time of statements planned per call (EXPLAIN). */
export interface Work {
  pages: number;
  serverMs: number;
  /** Bytes of the values the statements return (their text), which the app receives and parses. */
  bytes: number;
}

/** 713378 → "697 kB"; small results in bytes. */
const size = (bytes: number) => (bytes < 10_240 ? `${bytes} B` : `${Math.round(bytes / 1024)} kB`);

export class Report {
  private readonly verdicts: Verdict[] = [];
  readonly lines: string[] = [];

  operation(name: string, figures: { page?: Summary; db?: Summary; floor?: Summary; load?: LoadResult; note?: string; work?: { app?: Work; floor?: Work } }) {
    const { page, db, floor, load, note, work } = figures;
    const triple = (s: Summary) => `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)} ms`;
    const out = [`• ${name}`];
    const cpu = (s: Summary) => (s.cpuMs !== undefined && Number.isFinite(s.cpuMs) ? `, server CPU ${ms(s.cpuMs)} ms per request` : '');
    if (page) out.push(`    page (server, to last byte)   p50/p95/p99 ${triple(page)}  (n=${page.n}${cpu(page)})`);
    if (db) out.push(`    database (app's data call)    p50/p95/p99 ${triple(db)}  (n=${db.n})`);
    if (floor) out.push(`    raw-SQL floor                 p50/p95/p99 ${triple(floor)}`);
    if (db && floor) out.push(`    ratio app / floor (p50)       ${(db.p50 / floor.p50).toFixed(1)}×` + (page ? `   page / floor (p50) ${(page.p50 / floor.p50).toFixed(0)}×` : ''));
    if (work?.app && work.floor) {
      const w = (x: Work) => `${x.pages} pages, ${ms(x.serverMs)} ms, ${size(x.bytes)} returned`;
      out.push(`    work (EXPLAIN BUFFERS)        app ${w(work.app)}; floor ${w(work.floor)}`);
    }
    if (load) out.push(`    under load                    ${load.perSecond.toFixed(1)} /s, p50/p95/p99 ${triple(load)}, ${load.errors} errors (n=${load.n}${cpu(load)})`);
    if (note) out.push(`    ${note}`);
    this.lines.push(...out);
    console.log(out.join('\n'));
  }

  check(target: string, pass: boolean | null, measured: string) {
    this.verdicts.push({ target, pass, measured });
    const mark = pass === null ? 'SKIP' : pass ? 'PASS' : 'FAIL';
    const line = `    [${mark}] ${target}: ${measured}`;
    this.lines.push(line);
    console.log(line);
  }

  /**
   * A database-time target, checked on the p95 of the data function's wall time as the app calls it
   * (the driver, the client and the function's own work in Node included). A miss says where the time
   * went: the statements' own time (EXPLAIN ANALYZE of what the function sent, the middle of three
   * runs, planning included where planned per call) against the limit, and the bytes they returned,
   * so a miss of the statements reads apart from one of the Node side or this VM's jitter.
   */
  dbCheck(target: string, limitMs: number, db: Summary, work?: Work) {
    const pass = db.p95 <= limitMs;
    let measured = `${ms(db.p95)} ms`;
    if (!pass && work) {
      measured += `; the statements themselves ${ms(work.serverMs)} ms (${work.serverMs <= limitMs ? 'within' : 'over'} the limit) returning ${size(work.bytes)}; `
        + `the data call's p50 is ${ms(db.p50)} ms, so about ${ms(Math.max(0, db.p50 - work.serverMs))} ms go to the driver, the client and the function's own work in Node, `
        + `and the p95 beyond that to this VM's scheduling`;
    }
    this.check(target, pass, measured);
  }

  close(): { passed: number; failed: number; skipped: number } {
    const passed = this.verdicts.filter((v) => v.pass === true).length;
    const failed = this.verdicts.filter((v) => v.pass === false).length;
    const skipped = this.verdicts.filter((v) => v.pass === null).length;
    console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
    return { passed, failed, skipped };
  }
}
