// The unit picker's search (transfer targets, merge and dissolve survivors): only active units of the
// asked kinds that the actor manages, accent-insensitive by name or by code, a unit left out on
// request, keyset pages that cover every match exactly once; and the JSON endpoint's own session
// and scope checks (it is a public URL like an action).
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { loadActor } from '@/lib/auth/data';
import { searchManagedUnits } from '@/lib/units/data';
import { searchKey } from '@/lib/text/search-key';
import { GET as pickUnits } from '@/app/(portal)/units/picker/route';
import { actAs } from '../support/request-context';
import { createFixtureTree, type Fixture } from '../support/fixtures';

let fx: Fixture;

async function union(parent: { id: number; path: string; depth: number }, code: string, name: string, status: 'active' | 'dissolved' = 'active') {
  const created = await db.unit.create({ data: { kind: 'grassroots', code, name, nameSearch: searchKey(name), parentId: parent.id, path: '/0/', depth: parent.depth + 1, status, closedOn: status === 'active' ? null : new Date('2024-01-01T00:00:00Z') } });
  return db.unit.update({ where: { id: created.id }, data: { path: `${parent.path}${created.id}/` } });
}

const actor = async (userId: number) => (await loadActor(userId))!;

beforeAll(async () => {
  fx = await createFixtureTree();
  await union(fx.units.wardA1, 'TN-THUY', 'Công đoàn Công ty Thủy Nguyên');
  await union(fx.units.wardA1, 'TN-DONG', 'Công đoàn Trường Đông Hải');
  await union(fx.units.wardA1, 'TN-CLOSED', 'Công đoàn Thủy sản đã giải thể', 'dissolved');
  await union(fx.units.wardA2, 'A2-THUY', 'Công đoàn Thủy lợi phường A2');
  for (let i = 1; i <= 25; i++) await union(fx.units.wardB1, `B1-${String(i).padStart(2, '0')}`, `Công đoàn Nhà máy số ${String(i).padStart(2, '0')}`);
});
beforeEach(() => actAs(null));

describe('searchManagedUnits', () => {
  it('finds by accent-insensitive name or by code, only active units of the kinds asked, inside the scope', async () => {
    const officer = await actor(fx.users.staffA1.id);
    const names = async (q: string, who = officer) => (await searchManagedUnits(who, { kinds: ['grassroots'], q })).rows.map((u) => u.code);
    expect(await names('thuy nguyen')).toEqual(['TN-THUY']);
    expect(await names('THỦY')).toEqual(['TN-THUY']); // the dissolved one and the one in ward A2 are not offered
    expect(await names('dong hai')).toEqual(['TN-DONG']);
    expect(await names('tn-do')).toEqual(['TN-DONG']);
    expect(await names('50%_')).toEqual([]);
    const admin = await actor(fx.users.admin.id);
    expect((await names('thuy', admin)).sort()).toEqual(['A2-THUY', 'TN-THUY']);
    // Kinds: a ward officer's only ward-level target is their own ward.
    expect((await searchManagedUnits(officer, { kinds: ['ward_union', 'federation'] })).rows.map((u) => u.id)).toEqual([fx.units.wardA1.id]);
    // The receiving row names its parent, to tell apart unions with similar names.
    expect((await searchManagedUnits(officer, { kinds: ['grassroots'], q: 'thuy' })).rows[0]).toMatchObject({ parentName: fx.units.wardA1.name });
    // Leaving out the unit itself (a union is never its own survivor).
    const g1 = await searchManagedUnits(officer, { kinds: ['grassroots'], exclude: [fx.units.g1.id] });
    expect(g1.rows.map((u) => u.id)).not.toContain(fx.units.g1.id);
    expect(g1.rows.map((u) => u.id)).toContain(fx.units.g2.id);
  });

  it('refuses nothing but finds nothing for a leader or a chair (they manage no unit)', async () => {
    expect((await searchManagedUnits(await actor(fx.users.leaderA1.id), { kinds: ['grassroots'] })).rows).toEqual([]);
    expect((await searchManagedUnits(await actor(fx.users.chairG1.id), { kinds: ['grassroots'] })).rows).toEqual([]);
  });

  it('pages by keyset: every match once, in name order, however many there are', async () => {
    const admin = await actor(fx.users.admin.id);
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await searchManagedUnits(admin, { kinds: ['grassroots'], q: 'nha may', after }, 10);
      seen.push(...page.rows.map((u) => u.code));
      after = page.next ?? undefined;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `B1-${String(i + 1).padStart(2, '0')}`));
    // A forged cursor is ignored, not an error.
    expect((await searchManagedUnits(admin, { kinds: ['grassroots'], q: 'nha may', after: 'not-a-cursor' }, 10)).rows).toHaveLength(10);
  });
});

describe('GET /units/picker', () => {
  const get = (query: string) => pickUnits(new Request(`http://localhost:3000/units/picker?${query}`));

  it('answers the signed-in person with their own matches only, as JSON', async () => {
    actAs(fx.users.staffA1.id);
    const response = await get('kinds=grassroots&q=thuy');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const body = await response.json();
    expect(body.rows.map((u: { code: string }) => u.code)).toEqual(['TN-THUY']);
    expect(body.next).toBeNull();
    // A unit one branch over is simply not found, whatever is asked.
    actAs(fx.users.staffA2.id);
    expect((await (await get('kinds=grassroots&q=thuy%20nguyen')).json()).rows).toEqual([]);
    // Unknown kinds find nothing; pages continue from the cursor.
    actAs(fx.users.admin.id);
    expect((await (await get('kinds=planet&q=thuy')).json()).rows).toEqual([]);
    const first = await (await get('kinds=grassroots&q=nha%20may')).json();
    expect(first.rows).toHaveLength(20);
    const second = await (await get(`kinds=grassroots&q=nha%20may&after=${first.next}`)).json();
    expect(second.rows.map((u: { code: string }) => u.code)).toEqual(['B1-21', 'B1-22', 'B1-23', 'B1-24', 'B1-25']);
    expect((await (await get(`kinds=grassroots&q=thuy&exclude=${(await db.unit.findUniqueOrThrow({ where: { code: 'A2-THUY' } })).id}`)).json()).rows.map((u: { code: string }) => u.code)).toEqual(['TN-THUY']);
  });

  it('refuses without a session', async () => {
    actAs(null);
    expect((await get('kinds=grassroots')).status).toBe(401);
  });
});
