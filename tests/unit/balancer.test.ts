// The INSTANCES>1 balancer in front of real HTTP servers on loopback: turn-taking per request on one
// kept-alive connection, the instance header, forwarded bodies and cookies, fail-over of a bodiless
// request when an instance is gone, and 503 while none is ready.
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createBalancer, listen, type Upstream } from '@/lib/runtime/balancer';

const servers: http.Server[] = [];

async function start(server: http.Server): Promise<number> {
  servers.push(server);
  return listen(server, 0);
}

/** An upstream that answers with its name, the method, the body it received and the forwarded host. */
async function upstream(name: string): Promise<Upstream & { server: http.Server }> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      res.setHeader('set-cookie', ['a=1; Path=/', 'b=2; Path=/']);
      res.end(JSON.stringify({ name, method: req.method, body, forwardedHost: req.headers['x-forwarded-host'] }));
    });
  });
  const port = await start(server);
  return { name, port, ready: true, server };
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('balancer', () => {
  it('hands consecutive requests on one kept-alive connection to the instances in turn', async () => {
    const upstreams = [await upstream('1'), await upstream('2')];
    const port = await start(createBalancer(upstreams, () => {}));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const served: string[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await fetchVia(agent, port, 'GET', '/page');
      served.push(response.headers['x-portal-instance'] as string);
      expect(JSON.parse(response.body).name).toBe(served[i]);
    }
    agent.destroy();
    expect(served).toEqual(['1', '2', '1', '2', '1', '2']);
  });

  it('forwards a POST body, every Set-Cookie header and the public host', async () => {
    const upstreams = [await upstream('1')];
    const port = await start(createBalancer(upstreams, () => {}));
    const response = await fetchVia(undefined, port, 'POST', '/form', 'name=Nguyễn Văn A');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ name: '1', method: 'POST', body: 'name=Nguyễn Văn A', forwardedHost: `127.0.0.1:${port}` });
    expect(response.headers['set-cookie']).toEqual(['a=1; Path=/', 'b=2; Path=/']);
  });

  it('replays a GET on another instance when one is gone, and answers 503 while none is ready', async () => {
    const [first, second] = [await upstream('1'), await upstream('2')];
    const port = await start(createBalancer([first, second], () => {}));
    // The first instance dies without the supervisor having noticed yet.
    first.server.closeAllConnections();
    await new Promise((resolve) => first.server.close(resolve));
    for (let i = 0; i < 3; i++) {
      const response = await fetchVia(undefined, port, 'GET', '/page');
      expect(response.status).toBe(200);
      expect(response.headers['x-portal-instance']).toBe('2');
    }
    // A POST is never replayed (its body is gone): it is refused with 502 if it meets the dead one.
    const posts = [await fetchVia(undefined, port, 'POST', '/form', 'x=1'), await fetchVia(undefined, port, 'POST', '/form', 'x=1')];
    expect(posts.map((r) => r.status).sort()).toEqual([200, 502]);

    first.ready = false;
    second.ready = false;
    const none = await fetchVia(undefined, port, 'GET', '/page');
    expect(none.status).toBe(503);
    expect(none.headers['retry-after']).toBe('2');
  });

  it('does not replay a request whose visitor went away (a cancelled prefetch)', async () => {
    const hits: string[] = [];
    const slow = (name: string) =>
      http.createServer((req, res) => {
        hits.push(name);
        setTimeout(() => res.end(name), 300);
      });
    const upstreams = [
      { name: '1', port: await start(slow('1')), ready: true },
      { name: '2', port: await start(slow('2')), ready: true },
    ];
    const logged: string[] = [];
    const port = await start(createBalancer(upstreams, (line) => logged.push(line)));
    const request = http.get({ host: '127.0.0.1', port, path: '/prefetch' });
    request.on('error', () => {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    request.destroy();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(hits).toEqual(['1']);
    expect(logged).toEqual([]);
  });
});

function fetchVia(agent: http.Agent | undefined, port: number, method: string, path: string, body?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method, path, agent }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}
