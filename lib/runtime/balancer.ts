// The public port when `INSTANCES` > 1: a small reverse proxy that hands each REQUEST (not each
// connection) to the next ready instance in turn. Per request on purpose: a browser keeps one
// connection open for a whole session, so balancing connections would pin it to one instance and hide
// any state an instance kept in memory; here consecutive clicks land on different instances.
// Each response names the instance that produced it in `X-Portal-Instance`.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Upstream {
  /** What `X-Portal-Instance` says: "1", "2", … */
  name: string;
  port: number;
  /** Accepting requests; the supervisor clears it when the process exits and sets it once it listens again. */
  ready: boolean;
}

export const INSTANCE_HEADER = 'x-portal-instance';
export const UPSTREAM_IDLE_MS = 30_000;

// Headers that describe one hop's connection, never forwarded (RFC 9110 §7.6.1).
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'proxy-authorization', 'proxy-authenticate']);

function withoutHopHeaders(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const kept: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
  return kept;
}

/** Methods sent without a body, so a request refused by a dying instance can be replayed on another. */
const REPLAYABLE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createBalancer(upstreams: Upstream[], log: (line: string) => void): http.Server {
  // Idle upstream connections are dropped here before the instance would drop them (its keep-alive
  // timeout is longer, see instances.ts), so a request is never written to a socket closing under it.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: UPSTREAM_IDLE_MS });
  let turn = 0;

  function nextReady(exclude: Upstream | null): Upstream | null {
    for (let i = 0; i < upstreams.length; i++) {
      const candidate = upstreams[(turn + i) % upstreams.length];
      if (candidate.ready && candidate !== exclude) {
        turn = (turn + i + 1) % upstreams.length;
        return candidate;
      }
    }
    return null;
  }

  function unavailable(res: http.ServerResponse) {
    if (res.headersSent) return void res.destroy();
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '2' });
    res.end('Cổng đang khởi động lại, xin thử lại sau giây lát. / The portal is restarting, please retry in a moment.\n');
  }

  function forward(req: http.IncomingMessage, res: http.ServerResponse, upstream: Upstream | null, tried: Upstream | null) {
    if (!upstream) return unavailable(res);
    const host = req.headers.host ?? '';
    const forwardedFor = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
    const proxied = http.request({
      host: '127.0.0.1',
      port: upstream.port,
      method: req.method,
      path: req.url,
      agent,
      // Next compares a server action's Origin with the forwarded host: keep what a proxy in front set.
      headers: {
        ...withoutHopHeaders(req.headers),
        'x-forwarded-for': forwardedFor,
        'x-forwarded-host': req.headers['x-forwarded-host'] ?? host,
        'x-forwarded-proto': req.headers['x-forwarded-proto'] ?? 'http',
      },
    });
    proxied.on('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, { ...withoutHopHeaders(answer.headers), [INSTANCE_HEADER]: upstream.name });
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    });
    let visitorLeft = false;
    proxied.on('error', (error: NodeJS.ErrnoException) => {
      if (visitorLeft) return;
      if (res.headersSent) return void res.destroy();
      // Refused before anything was sent: that instance is down. Replay a bodiless request once elsewhere.
      const refused = error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET';
      if (refused && REPLAYABLE.has(req.method ?? '') && tried === null) {
        log(`instance ${upstream.name} refused ${req.method} ${req.url}; retrying on another`);
        return forward(req, res, nextReady(upstream), upstream);
      }
      res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Một phiên bản của cổng vừa dừng, xin gửi lại. / A portal instance stopped, please send again.\n');
    });
    // A visitor who goes away (a cancelled export) stops the work upstream too.
    res.on('close', () => {
      if (res.writableFinished) return;
      visitorLeft = true;
      proxied.destroy();
    });
    if (REPLAYABLE.has(req.method ?? '')) {
      req.resume();
      proxied.end();
    } else req.pipe(proxied);
  }

  return http.createServer((req, res) => forward(req, res, nextReady(null), null));
}

export function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve((server.address() as AddressInfo).port));
  });
}
