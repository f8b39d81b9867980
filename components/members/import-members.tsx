'use client';
// Importing members from a spreadsheet: choose a file, check it (every row's problems listed, nothing
// written), then import it (all rows or none). Both steps post the file to a route handler and read
// its answer as JSON lines, so a large file shows how many rows have been read so far.
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { IMPORT_COLUMNS } from '@/lib/members/import-rows';
import { Button } from '@/components/ui/button';
import type { ImportOutcome, ImportProgress, ImportSummary } from '@/lib/members/import-run';

type Phase = 'idle' | 'uploading' | ImportProgress['phase'];
interface Message {
  key: string;
  params?: Record<string, string | number>;
}

const columnHeader = (field: string) => IMPORT_COLUMNS.find((c) => c.field === field)?.header ?? field;

/** Posts the file and reads the JSON lines of the answer, reporting progress lines as they come. */
async function postImport(url: string, file: File, sha256: string | null, onProgress: (p: ImportProgress) => void): Promise<Record<string, unknown>> {
  const body = new FormData();
  body.set('file', file);
  if (sha256) body.set('sha256', sha256);
  const response = await fetch(url, { method: 'POST', body });
  if (!response.ok || !response.body) {
    const error = await response.json().catch(() => ({}));
    return { type: 'error', key: error.key ?? 'errors.server' };
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let last: Record<string, unknown> = { type: 'error', key: 'errors.server' };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      const parsed = JSON.parse(line);
      if (parsed.type === 'progress') onProgress(parsed);
      else last = parsed;
    }
  }
  return last;
}

export function ImportMembers() {
  const t = useTranslations();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [rows, setRows] = useState(0);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [outcome, setOutcome] = useState<Extract<ImportOutcome, { committed: true }> | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const busy = phase !== 'idle';
  const tr = (m: Message) => t(m.key, m.params);

  const progress = (p: ImportProgress) => {
    setPhase(p.phase);
    setRows(p.rows);
  };
  const reset = (next: File | null) => {
    setFile(next);
    setSummary(null);
    setOutcome(null);
    setError(null);
  };

  async function check(event: React.FormEvent) {
    event.preventDefault();
    if (!file) return setError({ key: 'memberImport.file.missing' });
    reset(file);
    setPhase('uploading');
    const answer = await postImport('/members/import/preview', file, null, progress).catch(() => ({ type: 'error', key: 'errors.server' }));
    setPhase('idle');
    if (answer.type === 'preview') setSummary(answer as unknown as ImportSummary);
    else setError(answer as unknown as Message);
  }

  async function commit() {
    if (!file || !summary) return;
    setPhase('uploading');
    const answer = await postImport('/members/import/commit', file, summary.sha256, progress).catch(() => ({ type: 'error', key: 'errors.server' }));
    setPhase('idle');
    if (answer.type !== 'commit') return setError(answer as unknown as Message);
    const result = answer as unknown as ImportOutcome;
    setSummary(result.summary);
    if (result.committed) setOutcome(result);
    else setError(result.message ?? { key: 'memberImport.notClean' });
  }

  const clean = summary && !summary.fileError && summary.issues.total === 0;
  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={check} className="flex max-w-xl flex-col gap-3" noValidate>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="text-sm font-semibold">{t('memberImport.fileLabel')}</label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-describedby="import-file-hint"
            onChange={(e) => reset(e.target.files?.[0] ?? null)}
            className="rounded-md border border-slate-300 bg-white px-3 py-2"
          />
          <p id="import-file-hint" className="text-xs text-slate-600">{t('memberImport.fileHint')}</p>
        </div>
        <div>
          <Button type="submit" variant="secondary" disabled={busy} aria-busy={busy}>{t('memberImport.check')}</Button>
        </div>
      </form>

      <div aria-live="polite" data-testid="import-status" className="flex flex-col gap-3">
        {busy ? (
          <p role="status" className="rounded-md border border-slate-300 bg-slate-50 px-4 py-3 text-sm">
            {t(`memberImport.phase.${phase}`, { rows: rows.toLocaleString('vi-VN') })}
          </p>
        ) : null}
        {error ? <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">{tr(error)}</p> : null}
        {summary?.fileError ? <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">{tr(summary.fileError)}</p> : null}
        {outcome ? (
          <p className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">
            {t('memberImport.done', { added: outcome.added, rejoined: outcome.rejoined, unchanged: outcome.unchanged })}{' '}
            <Link href="/members/import/history" className="font-semibold underline">{t('memberImport.historyLink')}</Link>
          </p>
        ) : null}
      </div>

      {summary && !summary.fileError && !outcome ? (
        <section aria-labelledby="preview-heading" className="flex flex-col gap-3">
          <h2 id="preview-heading" className="text-lg font-semibold">{t('memberImport.previewTitle', { file: summary.fileName })}</h2>
          <p data-testid="import-counts">
            {t('memberImport.counts', { rows: summary.rowCount, add: summary.toAdd, rejoin: summary.toRejoin, unchanged: summary.unchanged, units: summary.unitCount })}
          </p>
          {summary.earlier ? (
            <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm">
              {t('memberImport.earlier', { by: summary.earlier.by, at: new Date(summary.earlier.at).toLocaleString('vi-VN') })}
            </p>
          ) : null}
          {summary.issues.total > 0 ? (
            <>
              <p role="alert" className="font-semibold text-red-800" data-testid="import-issue-count">
                {t('memberImport.issueCount', { issues: summary.issues.total, rows: summary.issues.rows })}
              </p>
              {summary.issues.total > summary.issues.listed.length ? <p className="text-sm">{t('memberImport.issuesCut', { listed: summary.issues.listed.length })}</p> : null}
              <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
                <table className="w-full text-sm" aria-labelledby="preview-heading" data-testid="import-issues">
                  <thead className="bg-slate-100 text-left">
                    <tr>
                      <th scope="col" className="px-3 py-2">{t('memberImport.colRow')}</th>
                      <th scope="col" className="px-3 py-2">{t('memberImport.colColumn')}</th>
                      <th scope="col" className="px-3 py-2">{t('memberImport.colProblem')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {summary.issues.listed.map((issue, index) => (
                      <tr key={`${issue.row}-${issue.field}-${index}`} className="border-t border-slate-100">
                        <td className="px-3 py-2 tabular-nums">{issue.row}</td>
                        <td className="px-3 py-2">{columnHeader(issue.field)}</td>
                        <td className="px-3 py-2">{t(issue.key, issue.params)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="text-sm">{t('memberImport.fixAndRetry')}</p>
            </>
          ) : null}
          {clean ? (
            <div>
              <Button type="button" onClick={commit} disabled={busy} aria-busy={busy}>
                {t('memberImport.commit', { add: summary.toAdd, rejoin: summary.toRejoin })}
              </Button>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
