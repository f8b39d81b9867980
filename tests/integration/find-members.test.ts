// Member search inside a scope: accent-insensitive names, exact CCCD / phone / card, filters, keyset
// pages with a total, and nothing from outside the reader's scope.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { loadActor } from '@/lib/auth/data';
import type { Actor } from '@/lib/auth/policy';
import { findMembers } from '@/lib/members/data';
import { leaveMember, registerMember } from '@/lib/members/mutations';
import { searchMembersSchema } from '@/lib/members/schema';
import { createFixtureTree, NO_DETAILS, type Fixture } from '../support/fixtures';

let fx: Fixture;
let serial = 0;
async function add(unit: { id: number; path: string }, fullName: string, extra: Record<string, unknown> = {}) {
  serial += 1;
  return registerMember(fx.users.admin.id, unit, {
    fullName, gender: 'female', birthDate: new Date(Date.UTC(1990, 0, 1)), cccd: `0011900${String(serial).padStart(5, '0')}`,
    phone: `09120000${String(serial).padStart(2, '0')}`, joinDate: new Date(Date.UTC(2024, 5, 1)), jobTitle: null, unitId: 0, ...NO_DETAILS, ...extra,
  } as Parameters<typeof registerMember>[2]);
}
const actor = async (user: { id: number }) => (await loadActor(user.id)) as Actor;
const find = async (user: { id: number }, params: Record<string, string>) => findMembers(await actor(user), searchMembersSchema.parse(params));
const names = (result: Awaited<ReturnType<typeof findMembers>>) => result.members.map((m) => m.fullName);

beforeAll(async () => {
  fx = await createFixtureTree();
  await add(fx.units.g1, 'Nguyễn Văn An', { gender: 'male', officialPosition: 'Tổ trưởng', joinDate: new Date(Date.UTC(2025, 2, 1)) });
  await add(fx.units.g1, 'Nguyễn Thị Ánh', { appActivatedOn: new Date(Date.UTC(2025, 0, 1)) });
  await add(fx.units.g1, 'Đặng Thu Hà', { cardNumber: 'TV-777' });
  await add(fx.units.g2, 'Trần Văn Anh', { gender: 'male', birthDate: new Date(Date.UTC(1960, 0, 1)) });
  await add(fx.units.g3, 'Nguyễn Văn An', { gender: 'male' }); // same name, the sibling ward
  const { memberId } = await add(fx.units.g1, 'Lê Văn Cũ');
  await leaveMember(fx.users.admin.id, { memberId, reason: 'moved', leftOn: new Date(Date.UTC(2026, 0, 2)), note: null, confirm: 'yes' });
  for (let i = 0; i < 55; i++) await add(fx.units.g2, `Phạm Thị Mẫu ${String(i).padStart(2, '0')}`);
});

describe('findMembers', () => {
  it('finds accented names without diacritics, by prefix and by every word, only in scope', async () => {
    expect(names(await find(fx.users.staffA1, { q: 'nguyen van an' }))).toEqual(['Nguyễn Văn An']);
    expect(names(await find(fx.users.staffA1, { q: 'NGUYEN' }))).toEqual(['Nguyễn Thị Ánh', 'Nguyễn Văn An']);
    expect(names(await find(fx.users.staffA1, { q: 'van an' })).sort()).toEqual(['Nguyễn Văn An', 'Trần Văn Anh']);
    expect(names(await find(fx.users.staffA1, { q: 'dang ha' }))).toEqual(['Đặng Thu Hà']);
    // A word must start the name or one of its words, in any order; inside a word it matches nothing.
    expect(names(await find(fx.users.staffA1, { q: 'ha dang' }))).toEqual(['Đặng Thu Hà']);
    expect(names(await find(fx.users.staffA1, { q: 'guyen' }))).toEqual([]);
    expect(names(await find(fx.users.staffA1, { q: 'thu a' }))).toEqual([]);
    expect(names(await find(fx.users.admin, { q: 'nguyen van an' }))).toEqual(['Nguyễn Văn An', 'Nguyễn Văn An']);
    expect(names(await find(fx.users.chairG3, { q: 'nguyen van an' }))).toHaveLength(1);
    expect((await find(fx.users.chairG1, { q: 'tran van anh' })).total).toBe(0);
    expect((await find(fx.users.staffA1, { q: '100%_' })).total).toBe(0);
  });

  it('finds by exact CCCD, phone and card number, never across scopes', async () => {
    const member = await db.member.findFirstOrThrow({ where: { fullName: 'Đặng Thu Hà' } });
    expect(names(await find(fx.users.chairG1, { q: member.cccd }))).toEqual(['Đặng Thu Hà']);
    expect(names(await find(fx.users.chairG1, { q: `+84${member.phone!.slice(1)}` }))).toEqual(['Đặng Thu Hà']);
    expect(names(await find(fx.users.chairG1, { q: 'tv-777' }))).toEqual(['Đặng Thu Hà']);
    expect((await find(fx.users.chairG3, { q: member.cccd })).total).toBe(0);
    expect((await find(fx.users.staffA2, { q: 'tv-777' })).total).toBe(0);
  });

  it('filters by unit subtree, gender, status, official, app, join year and age band', async () => {
    const staff = fx.users.staffA1;
    expect((await find(staff, { unit: String(fx.units.g1.id) })).total).toBe(3);
    expect((await find(staff, { unit: String(fx.units.g3.id) })).total).toBe(0); // outside scope: nothing, not an error
    expect(names(await find(staff, { gender: 'male', unit: String(fx.units.g1.id) }))).toEqual(['Nguyễn Văn An']);
    expect(names(await find(staff, { status: 'former' }))).toEqual(['Lê Văn Cũ']);
    expect(names(await find(fx.users.chairG3, { status: 'former' }))).toEqual([]);
    expect(names(await find(staff, { official: 'yes' }))).toEqual(['Nguyễn Văn An']);
    expect(names(await find(staff, { app: 'yes' }))).toEqual(['Nguyễn Thị Ánh']);
    expect(names(await find(staff, { joinYear: '2025' }))).toEqual(['Nguyễn Văn An']);
    expect(names(await find(staff, { age: '61+' }))).toEqual(['Trần Văn Anh']);
    expect((await find(staff, { gender: 'robot', age: 'old' })).total).toBe((await find(staff, {})).total);
  });

  it('pages with a keyset cursor, counting only when asked', async () => {
    const first = await find(fx.users.staffA1, { q: 'pham thi mau' });
    // More than a page: not counted unless asked (a national count costs far more than the page).
    expect(first.total).toBeNull();
    expect(first.members).toHaveLength(50);
    expect((await find(fx.users.staffA1, { q: 'pham thi mau', count: '1' })).total).toBe(55);
    const second = await find(fx.users.staffA1, { q: 'pham thi mau', after: first.next!, count: '1' });
    expect(second.total).toBe(55);
    // A later page is never taken for the whole result, even when it is the last one.
    expect((await find(fx.users.staffA1, { q: 'pham thi mau', after: first.next! })).total).toBeNull();
    expect(names(second)).toEqual(['50', '51', '52', '53', '54'].map((n) => `Phạm Thị Mẫu ${n}`));
    expect(second.next).toBeNull();
  });

  it('compares name_search by code point whatever the server collation, so a prefix is one range', async () => {
    const [column] = await db.$queryRaw<{ collation: string }[]>`
      SELECT collation_name AS collation FROM information_schema.columns WHERE table_name = 'members' AND column_name = 'name_search'`;
    expect(column.collation).toBe('C');
    // Every index holding the column orders it the same way (another collation would not serve the range).
    const indexed = await db.$queryRaw<{ index: string; collation: string }[]>`
      SELECT c.relname AS index, coll.collname AS collation
      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid,
           unnest(i.indkey::int2[], i.indcollation::oid[]) AS k(attnum, collid)
      JOIN pg_attribute a ON a.attnum = k.attnum JOIN pg_collation coll ON coll.oid = k.collid
      WHERE i.indrelid = 'members'::regclass AND a.attrelid = i.indrelid AND a.attname = 'name_search'`;
    expect(indexed.length).toBeGreaterThanOrEqual(5);
    expect(indexed.filter((row) => row.collation !== 'C')).toEqual([]);
    // A space sorts before every letter: "Nguyễn Văn An" comes before "Nguyễn Văn Anh" and "Nguyễn Văn Ân..." alike.
    expect(names(await find(fx.users.admin, { q: 'nguyen van an' }))).toEqual(['Nguyễn Văn An', 'Nguyễn Văn An']);
  });
});
