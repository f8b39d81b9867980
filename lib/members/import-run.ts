// Member import, end to end, for the two route handlers (preview and commit): read the file, find
// the header row, check every row on its own and against the file, then against the database, and
// (commit only) write the plan in one transaction. Progress goes to a callback as rows are read.
// Both steps read the same bytes: the browser sends the file again to commit, so nothing is kept
// on the server between the two requests and the commit re-checks everything the preview checked.
import 'server-only';
import { createHash } from 'node:crypto';
import type { Actor } from '@/lib/auth/policy';
import { findEarlierImport, loadImportFacts } from './data';
import { ImportStale, writeImport } from './mutations';
import { ImportFileError, readSpreadsheet } from './import-read';
import { checkRow, duplicatesWithinFile, IMPORT_MAX_ROWS, listIssues, matchHeaders, planImport, type HeaderMatch, type ImportPlan, type ImportRow, type RowIssue } from './import-rows';

export interface ImportProgress {
  phase: 'reading' | 'checking' | 'writing';
  rows: number;
}

export interface ImportMessage {
  key: string;
  params?: Record<string, string | number>;
}

export interface ImportSummary {
  fileName: string;
  sha256: string;
  rowCount: number;
  toAdd: number;
  toRejoin: number;
  unchanged: number;
  unitCount: number;
  issues: ReturnType<typeof listIssues>;
  /** A problem with the file as a whole: nothing else was checked. */
  fileError: ImportMessage | null;
  /** The same content was imported before (when, by whom). */
  earlier: { at: string; by: string } | null;
}

/** How many header rows may sit above the data (a title line, a blank line…). */
const HEADER_SEARCH_ROWS = 10;
const PROGRESS_EVERY = 2_000;

const blank = (cells: unknown[]) => cells.every((c) => c == null || (typeof c === 'string' && c.trim() === ''));

function emptySummary(fileName: string, sha256: string): ImportSummary {
  return { fileName, sha256, rowCount: 0, toAdd: 0, toRejoin: 0, unchanged: 0, unitCount: 0, issues: listIssues([]), fileError: null, earlier: null };
}

/** Reads and checks the file's rows; file-level problems become ImportFileError. */
async function readRows(bytes: Uint8Array, onProgress: (p: ImportProgress) => void) {
  const rows: ImportRow[] = [];
  const issues: RowIssue[] = [];
  let header: HeaderMatch | null = null;
  let best: HeaderMatch | null = null;
  let seen = 0;
  let dataRows = 0;
  for await (const { row, cells } of readSpreadsheet(bytes)) {
    if (blank(cells)) continue;
    if (!header) {
      const match = matchHeaders(cells);
      if (match.missing.length === 0) {
        if (match.duplicated.length) throw new ImportFileError('memberImport.file.duplicateColumns', { columns: match.duplicated.join(', ') });
        header = match;
        continue;
      }
      if (!best || match.columns.size > best.columns.size) best = match;
      if (++seen >= HEADER_SEARCH_ROWS) break;
      continue;
    }
    if (++dataRows > IMPORT_MAX_ROWS) throw new ImportFileError('memberImport.file.tooManyRows', { max: IMPORT_MAX_ROWS });
    const checked = checkRow(row, cells, header.columns);
    if (checked.value) rows.push(checked.value);
    issues.push(...checked.issues);
    if (dataRows % PROGRESS_EVERY === 0) {
      onProgress({ phase: 'reading', rows: dataRows });
      await new Promise((resolve) => setImmediate(resolve)); // let the progress line leave
    }
  }
  if (!header) {
    if (!best || best.columns.size === 0) throw new ImportFileError(seen === 0 ? 'memberImport.file.emptySheet' : 'memberImport.file.noHeader');
    throw new ImportFileError('memberImport.file.missingColumns', { columns: best.missing.map((c) => c.header).join(', ') });
  }
  if (dataRows === 0) throw new ImportFileError('memberImport.file.noRows');
  onProgress({ phase: 'reading', rows: dataRows });
  return { rows, issues: [...issues, ...duplicatesWithinFile(rows)], dataRows };
}

/** Everything the preview shows, and the plan a commit would write (null when anything is wrong). */
export async function analyseImport(actor: Actor, file: { name: string; bytes: Uint8Array }, onProgress: (p: ImportProgress) => void) {
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const summary = emptySummary(file.name, sha256);
  let read;
  try {
    read = await readRows(file.bytes, onProgress);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    return { summary: { ...summary, fileError: { key: error.key, params: error.params } }, plan: null };
  }
  onProgress({ phase: 'checking', rows: read.dataRows });
  const facts = await loadImportFacts(actor, read.rows);
  const { plan, issues } = planImport(read.rows, facts);
  const all = listIssues([...read.issues, ...issues]);
  const earlier = await findEarlierImport(sha256);
  return {
    summary: {
      ...summary,
      rowCount: read.dataRows,
      toAdd: plan.inserts.length,
      toRejoin: plan.rejoins.length,
      unchanged: plan.unchanged,
      unitCount: new Set([...plan.inserts, ...plan.rejoins].map((r) => r.unitId)).size,
      issues: all,
      earlier: earlier ? { at: earlier.at.toISOString(), by: earlier.by } : null,
    } satisfies ImportSummary,
    plan: all.total === 0 ? plan : null,
  };
}

export type ImportOutcome =
  | { committed: true; summary: ImportSummary; importId: number; added: number; rejoined: number; unchanged: number }
  | { committed: false; summary: ImportSummary; message?: ImportMessage };

/**
 * Checks the file again and, only if every row is good and the file is the one previewed, writes
 * it: all rows or none.
 */
export async function commitImport(actor: Actor, file: { name: string; bytes: Uint8Array }, previewedSha256: string, onProgress: (p: ImportProgress) => void): Promise<ImportOutcome> {
  const { summary, plan } = await analyseImport(actor, file, onProgress);
  if (summary.sha256 !== previewedSha256) return { committed: false, summary, message: { key: 'memberImport.changedFile' } };
  if (!plan) return { committed: false, summary, message: { key: 'memberImport.notClean' } };
  onProgress({ phase: 'writing', rows: summary.rowCount });
  try {
    const written = await writeImport(actor.userId, { fileName: file.name, sha256: summary.sha256, rowCount: summary.rowCount }, plan as ImportPlan);
    return { committed: true, summary, ...written };
  } catch (error) {
    if (error instanceof ImportStale) return { committed: false, summary, message: { key: 'memberImport.stale' } };
    throw error;
  }
}
