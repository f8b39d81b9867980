// A closed-loop load generator for the scale-out measurements in the README: signs in for real
// (next-auth's CSRF token, then the credentials callback), then C clients each request one page again
// and again, to the last byte, for a warm-up and a measured spell. Prints requests/s, p50, p90, p99,
// failures and how the answers split between instances (X-Portal-Instance).
//   npx tsx tests/scale/load.ts --url http://localhost:3000 --path /members --user canbo.thuynguyen
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    path: { type: 'string', default: '/members' },
    user: { type: 'string', default: 'canbo.thuynguyen' },
    password: { type: 'string', default: 'CongDoan@2026' },
    concurrency: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '30' },
  },
});

const base = values.url;
const concurrency = Number(values.concurrency);

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(';')[0]);
}

async function signIn(): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const answer = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, identifier: values.user, password: values.password, json: 'true' }),
  });
  const session = cookiesOf(answer).find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`sign-in as ${values.user} failed (HTTP ${answer.status})`);
  return session;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const cookie = await signIn();
  const probe = await fetch(base + values.path, { headers: { cookie }, redirect: 'manual' });
  const probeBody = await probe.text();
  if (probe.status !== 200) throw new Error(`${values.path} answered ${probe.status}`);
  console.log(`${values.path} as ${values.user}: ${probeBody.length} bytes`);

  let measuring = false;
  let stop = false;
  const latencies: number[] = [];
  const byInstance = new Map<string, number>();
  let failures = 0;

  async function client() {
    while (!stop) {
      const started = performance.now();
      try {
        const response = await fetch(base + values.path, { headers: { cookie }, redirect: 'manual' });
        await response.arrayBuffer();
        if (!measuring) continue;
        if (response.status !== 200) failures += 1;
        else latencies.push(performance.now() - started);
        const instance = response.headers.get('x-portal-instance') ?? 'single';
        byInstance.set(instance, (byInstance.get(instance) ?? 0) + 1);
      } catch {
        if (measuring) failures += 1;
      }
    }
  }

  const clients = Array.from({ length: concurrency }, () => client());
  await new Promise((resolve) => setTimeout(resolve, Number(values.warmup) * 1000));
  measuring = true;
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, Number(values.seconds) * 1000));
  measuring = false;
  const elapsed = (performance.now() - started) / 1000;
  stop = true;
  await Promise.all(clients);

  const sorted = [...latencies].sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  console.log(
    `${concurrency} clients, ${elapsed.toFixed(0)} s: ${(latencies.length / elapsed).toFixed(1)} req/s, ` +
      `p50 ${ms(percentile(sorted, 50))}, p90 ${ms(percentile(sorted, 90))}, p99 ${ms(percentile(sorted, 99))}, ` +
      `max ${ms(sorted.at(-1) ?? NaN)}, ${failures} failed; by instance ${JSON.stringify(Object.fromEntries(byInstance))}`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
