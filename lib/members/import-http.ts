// The HTTP side of member import, shared by the preview and commit route handlers. A route handler
// is a public endpoint like a server action: it refuses a missing or foreign Origin, reads the
// session and the actor's grants from the database, and refuses anyone who may register members
// nowhere (not found). Which unions a row may go to is decided per row (import-rows.ts). The answer
// is a stream of JSON lines: progress while the file is read, then the outcome.
import 'server-only';
import { getActor } from '@/lib/auth/actor';
import { canAnywhere } from '@/lib/auth/policy';
import { isSameOrigin } from '@/lib/auth/secure-action';
import { analyseImport, commitImport, type ImportProgress } from './import-run';
import { collectGarbage } from '@/lib/runtime/collect-garbage';

/** 1,000,000 rows of the template's columns fit in well under this. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export async function importRoute(request: Request, mode: 'preview' | 'commit'): Promise<Response> {
  if (!(await isSameOrigin())) return json(403, { error: 'badOrigin' });
  const actor = await getActor();
  if (!actor) return json(401, { error: 'unauthenticated' });
  if (!canAnywhere(actor, 'member.register')) return json(404, { error: 'notFound' });
  if (Number(request.headers.get('content-length') ?? 0) > MAX_UPLOAD_BYTES) return json(413, { error: 'tooLarge', key: 'memberImport.file.tooLarge' });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json(400, { error: 'invalid', key: 'memberImport.file.missing' });
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return json(400, { error: 'invalid', key: file instanceof File ? 'memberImport.file.empty' : 'memberImport.file.missing' });
  if (file.size > MAX_UPLOAD_BYTES) return json(413, { error: 'tooLarge', key: 'memberImport.file.tooLarge' });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name = file.name.normalize('NFC').slice(0, 255) || 'import';
  const sha256 = String(form.get('sha256') ?? '');

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      const progress = (p: ImportProgress) => {
        send({ type: 'progress', ...p });
        // The file is read and checked: its parser's garbage goes before the write allocates.
        if (p.phase === 'writing') collectGarbage();
      };
      try {
        if (mode === 'preview') send({ type: 'preview', ...(await analyseImport(actor, { name, bytes }, progress)).summary });
        else send({ type: 'commit', ...(await commitImport(actor, { name, bytes }, sha256, progress)) });
      } catch (error) {
        console.error('member import failed', error);
        send({ type: 'error', key: 'errors.server' });
      }
      controller.close();
      collectGarbage();
    },
  });
  return new Response(stream, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' } });
}
