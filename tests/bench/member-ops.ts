// Member list pages (keyset, first page and 10,000 rows deep, then under load) and accent-insensitive
// name search, as the province's staff and the confederation's admin see them.
import { searchMembersSchema } from '../../lib/members/schema';
import { floorMemberList, floorNameSearch } from './floors';
import { getPage } from './client';
import { loadRun } from './measure';
import { appTierBound, withServerCpu } from './cpu';
import type { Bench } from './context';

const encodeCursor = (nameSearch: string, id: number) => Buffer.from(JSON.stringify([nameSearch, id])).toString('base64url');

export async function benchMemberPages(b: Bench) {
  const { report, users, app } = b;
  const root = users.province.path;
  const provinceActor = (await app.loadActor(users.province.id))!;
  const adminActor = (await app.loadActor(users.admin.id))!;
  const [{ total: scopeTotal }] = await b.q<{ total: string }>(`SELECT SUM(c.active_members) AS total FROM units d JOIN unit_counters c ON c.unit_id = d.id WHERE d.path ~>=~ $1 AND d.path ~<~ $2`, [root, `${root}:`]);
  const depth = Math.min(10_000, Number(scopeTotal) - 60);
  const [deepRow] = await b.q<{ name_search: string; id: number }>(
    `SELECT name_search, id FROM members WHERE unit_path ~>=~ $1 AND unit_path ~<~ $2 ORDER BY name_search, id OFFSET $3 LIMIT 1`, [root, `${root}:`, depth - 1],
  );
  const deep = { nameSearch: deepRow.name_search, id: deepRow.id };
  const after = encodeCursor(deep.nameSearch, deep.id);

  const firstPage = {
    page: await b.page('bench.province', '/members'),
    db: await b.appTime(() => app.findMembers(provinceActor, searchMembersSchema.parse({}))),
    floor: await b.floorTime(floorMemberList({ root })),
  };
  report.operation('member list, first page (50 rows, keyset, with the total)', { ...firstPage, work: b.lastWork() });
  report.dbCheck('member list first page: database ≤ 2 ms (p95)', 2, firstPage.db, b.lastWork().app);
  const deepPage = {
    page: await b.page('bench.province', `/members?after=${after}`),
    db: await b.appTime(() => app.findMembers(provinceActor, searchMembersSchema.parse({ after }))),
    floor: await b.floorTime(floorMemberList({ root, after: deep })),
  };
  report.operation(`member list, ${depth.toLocaleString('en')} rows deep`, { ...deepPage, work: b.lastWork() });
  report.dbCheck(`member list ${depth} deep: database ≤ 2 ms (p95)`, 2, deepPage.db, b.lastWork().app);
  const listLoad = await withServerCpu(b.serverPid, () => loadRun(10, b.loadSeconds, (_w, i) => getPage(b.baseUrl, b.cookie('bench.province'), i % 2 ? `/members?after=${after}` : '/members')));
  report.operation('member list at 10 concurrent users (first and deep pages alternating)', {
    load: listLoad, note: appTierBound(listLoad.cpuMs, { perSecond: 80, workers: 10, latency: { label: 'p99', ms: 250 }, framework: b.frameworkCpuMs }),
  });
  report.check('member list: ≥ 80 requests/s at 10 concurrent', listLoad.perSecond >= 80 && listLoad.errors === 0, `${listLoad.perSecond.toFixed(1)} /s, ${listLoad.errors} errors`);
  report.check('member list: p99 ≤ 250 ms at 10 concurrent', listLoad.p99 <= 250, `${listLoad.p99.toFixed(0)} ms`);

  // ── Accent-insensitive name search at national scope (the admin's), and inside one ward ──
  const searches = [
    { kind: 'prefix' as const, label: 'prefix "nguyen thi h"', q: 'nguyen thi h', scope: users.admin.path, unit: undefined as number | undefined, limit: 20 },
    { kind: 'words' as const, label: 'all words "thi lan"', q: 'thi lan', scope: users.admin.path, unit: undefined, limit: 100 },
    { kind: 'ward' as const, label: `inside one ward union "hung"`, q: 'hung', scope: users.ward.path, unit: users.ward.unit_id, limit: 10 },
  ];
  for (const s of searches) {
    const path = `/members?q=${encodeURIComponent(s.q)}${s.unit ? `&unit=${s.unit}` : ''}`;
    try {
      const search = searchMembersSchema.parse({ q: s.q, unit: s.unit });
      const figures = { page: await b.page('bench.admin', path), db: await b.appTime(() => app.findMembers(adminActor, search)), floor: await b.floorTime(floorNameSearch(s.kind, s.scope, s.q)) };
      report.operation(`name search, ${s.label} (${s.unit ? 'ward' : 'national'} scope, with the total)`, { ...figures, work: b.lastWork() });
      report.dbCheck(`search ${s.kind}: database ≤ ${s.limit} ms (p95)`, s.limit, figures.db, b.lastWork().app);
    } catch (error) {
      report.check(`search ${s.kind}: database ≤ ${s.limit} ms (p95)`, false, `did not finish: ${(error as Error).message}`);
    }
  }
}
