// HTTP as a signed-in user: a next-auth session cookie minted with the portal's secret (the JWT
// carries only the user id, as a real sign-in's does), page GETs timed to the last byte, and the
// member registration server action posted the way React's form action encodes it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { encode } from 'next-auth/jwt';

export async function sessionCookie(secret: string, userId: number): Promise<string> {
  const token = await encode({ token: { sub: String(userId), name: 'bench' }, secret, maxAge: 8 * 3600 });
  return `next-auth.session-token=${token}`;
}

/** GET a page; true when it answered 200 with a body. */
export async function getPage(baseUrl: string, cookie: string, pathAndQuery: string): Promise<boolean> {
  const response = await fetch(baseUrl + pathAndQuery, { headers: { cookie }, redirect: 'manual', signal: AbortSignal.timeout(120_000) });
  const body = await response.text();
  return response.status === 200 && body.length > 0;
}

/** The id of an exported server action, from the production build's server reference manifest. */
export function actionId(sourceFile: string, exportName: string): string {
  const manifest = JSON.parse(readFileSync(path.join('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string; workers?: Record<string, unknown> }>;
  };
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === exportName && (entry.filename ?? '').endsWith(sourceFile)) return id;
  }
  throw new Error(`no server action ${exportName} from ${sourceFile} in the build's manifest`);
}

export type ActionOutcome = 'ok' | 'refused' | 'failed';

/**
 * Posts a form to a server action as the browser's React does for `useActionState(action)`: the
 * arguments (previous state, FormData) encoded as React's encodeReply does (root "0", form fields
 * "_1_<name>"), with the Next-Action header and
 * a same-origin Origin (the portal refuses an action without one).
 */
export async function postAction(baseUrl: string, cookie: string, pagePath: string, id: string, fields: Record<string, string>): Promise<ActionOutcome> {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
  body.append('0', JSON.stringify([{ status: 'idle' }, '$K1']));
  const response = await fetch(baseUrl + pagePath, {
    method: 'POST',
    headers: { cookie, 'next-action': id, origin: baseUrl, accept: 'text/x-component' },
    body,
    redirect: 'manual',
  });
  const text = await response.text();
  if (process.env.BENCH_DEBUG && !text.includes('"status":"ok"')) console.error(`[bench] action answered ${response.status}: ${text.slice(0, 3000)}`);
  if (response.status !== 200) return 'failed';
  if (text.includes('"status":"ok"')) return 'ok';
  return text.includes('"status":"error"') ? 'refused' : 'failed';
}

/** The chunks of a response body as they arrive (the DOM typings give ReadableStream no async iterator). */
export async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}
