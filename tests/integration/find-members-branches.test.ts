// The branches of findMembers' name search (prefix range, every word by a walk of the name order or
// by full-text candidates, card number, passport number) and the capped total, on real rows: each
// branch alone, and what the page shows past 10,000.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { loadActor } from '@/lib/auth/data';
import type { Actor } from '@/lib/auth/policy';
import { findMembers, MEMBER_TOTAL_CAP } from '@/lib/members/data';
import { searchMembersSchema } from '@/lib/members/schema';
import { searchKey } from '@/lib/text/search-key';
import { createFixtureTree, type Fixture } from '../support/fixtures';

let fx: Fixture;
const find = async (params: Record<string, string>) => findMembers((await loadActor(fx.users.admin.id)) as Actor, searchMembersSchema.parse(params));
const names = (result: Awaited<ReturnType<typeof findMembers>>) => result.members.map((m) => m.fullName);

/** Active members of one unit, written in one statement (as the generator does), not one by one. */
async function bulk(unit: { id: number; path: string }, names: string[], first: number) {
  await db.$executeRaw`
    INSERT INTO members (cccd, full_name, name_search, gender, birth_date, card_number, unit_id, unit_path)
    SELECT lpad((${first}::bigint + n)::text, 12, '0'), name, key, 'female', DATE '1990-01-01', 'BR' || (${first}::bigint + n), ${unit.id}, ${unit.path}
    FROM unnest(${names}::text[], ${names.map(searchKey)}::text[]) WITH ORDINALITY AS t(name, key, n)`;
}

beforeAll(async () => {
  fx = await createFixtureTree();
  // More than a page of names starting "Võ Thị Đếm", and one "Đếm" that is not such a prefix.
  await bulk(fx.units.g1, Array.from({ length: MEMBER_TOTAL_CAP + 1 }, (_, i) => `Võ Thị Đếm ${String(i).padStart(5, '0')}`), 900_000_000_000);
  await bulk(fx.units.g2, ['Lý Đếm Võ Thị', 'Hồ Minh Khôi', 'Quách Thị Xuân'], 910_000_000_000);
  await db.$executeRaw`UPDATE members SET card_number = 'TV-0042', cccd = '123456789012' WHERE full_name = 'Hồ Minh Khôi'`;
  await db.$executeRaw`UPDATE members SET cccd = '912345678901' WHERE full_name = 'Quách Thị Xuân'`;
  await db.$executeRaw`UPDATE members SET gender = 'male' WHERE full_name = 'Lý Đếm Võ Thị'`;
  // The same words in the other federation, for the scope of the whole-tree walk.
  await bulk(fx.units.g4, ['Đinh Đếm Võ'], 920_000_000_000);
});

describe('findMembers branches', () => {
  it('counts when asked, caps the count at 10,000 and says so, on every page', async () => {
    expect(await find({ q: 'vo thi dem' })).toMatchObject({ total: null, totalCapped: false });
    const first = await find({ q: 'vo thi dem', count: '1' });
    expect(first.totalCapped).toBe(true);
    expect(first.total).toBe(MEMBER_TOTAL_CAP);
    expect(names(first)[0]).toBe('Võ Thị Đếm 00000');
    const second = await find({ q: 'vo thi dem', after: first.next!, count: '1' });
    expect(second.totalCapped).toBe(true);
    expect(names(second)[0]).toBe('Võ Thị Đếm 00050');
    // A filter without text is capped the same way; the unfiltered list keeps its exact counter total.
    expect(await find({ gender: 'female', unit: String(fx.units.g1.id) })).toMatchObject({ total: null, totalCapped: false });
    expect(await find({ gender: 'female', unit: String(fx.units.g1.id), count: '1' })).toMatchObject({ total: MEMBER_TOTAL_CAP, totalCapped: true });
    expect((await find({ unit: String(fx.units.g2.id) })).totalCapped).toBe(false);
  });

  it('under the cap the total is exact; a search that fits one page is counted from it', async () => {
    expect(await find({ q: 'vo thi dem 0001' })).toMatchObject({ total: 10, totalCapped: false });
    expect(await find({ q: 'vo thi dem 0001', count: '1' })).toMatchObject({ total: 10, totalCapped: false });
  });

  it('takes the prefix alone when it fills more than a page, every word otherwise', async () => {
    // "vo thi dem" is the start of 10,001 names: the prefix range serves, so "Lý Đếm Võ Thị" is not listed.
    const prefix = await find({ q: 'vo thi dem' });
    expect(names(prefix)).not.toContain('Lý Đếm Võ Thị');
    expect(prefix.members.every((m) => m.fullName.startsWith('Võ Thị Đếm'))).toBe(true);
    // "dem vo" starts no name: every word must start some word of the name, in any order.
    const words = await find({ q: 'dem vo', unit: String(fx.units.g2.id) });
    expect(names(words)).toEqual(['Lý Đếm Võ Thị']);
    expect(words.total).toBe(1);
    // Words with other characters than letters are matched by LIKE alone, with the same meaning.
    expect(names(await find({ q: 'khoi-', unit: String(fx.units.g2.id) }))).toEqual([]);
  });

  it('finds a card number and a passport-style number through their own lookups, in scope only', async () => {
    expect(names(await find({ q: 'tv-0042' }))).toEqual(['Hồ Minh Khôi']);
    expect(names(await find({ q: '123456789012' }))).toEqual(['Hồ Minh Khôi']);
    expect((await find({ q: 'tv-0042' })).total).toBe(1);
    const outside = (await loadActor(fx.users.chairG1.id)) as Actor;
    expect((await findMembers(outside, searchMembersSchema.parse({ q: 'tv-0042' }))).total).toBe(0);
    // A text longer than a CCCD (12 characters) skips the CCCD lookup and still finds nothing wrong.
    expect((await find({ q: 'TV-0042-EXTRA-LONG' })).total).toBe(0);
  });

  it('walks the name order over the whole tree, with the same pages as the full-text candidates', async () => {
    // "dem vo" starts no name: every word. Over the whole tree the walk of the name order answers
    // (10,003 names match); in one federation the GIN candidates do. Both must list the same names.
    const tree = await find({ q: 'dem vo' });
    expect(names(tree).slice(0, 3)).toEqual(['Đinh Đếm Võ', 'Lý Đếm Võ Thị', 'Võ Thị Đếm 00000']);
    expect(tree.members).toHaveLength(50);
    const federation = await find({ q: 'dem vo', unit: String(fx.units.fedA.id) });
    expect(names(federation).slice(0, 49)).toEqual(names(tree).slice(1));
    // Upper case, decomposed accents and stray spaces are the same search.
    expect(names(await find({ q: '  ĐẾM   VÕ '.normalize('NFD') }))).toEqual(names(tree));
    // The next page starts right after the last name of this one, in the walk as in the candidates.
    const next = await find({ q: 'dem vo', after: tree.next! });
    expect(names(next)[0]).toBe('Võ Thị Đếm 00048');
    expect(names(await find({ q: 'dem vo', unit: String(fx.units.fedA.id), after: federation.next! }))[0]).toBe('Võ Thị Đếm 00049');
  });

  it('turns to the full-text candidates when the walk does not fill a page', async () => {
    // One man among 10,003 matching names: the walk reads them all and keeps one row, so the
    // candidates answer, with the same definition.
    expect(names(await find({ q: 'dem vo', gender: 'male' }))).toEqual(['Lý Đếm Võ Thị']);
    expect(names(await find({ q: 'vo dinh' }))).toEqual(['Đinh Đếm Võ']);
    // A chair's scope is one union: no walk of the national order, and nothing from outside.
    const chair = (await loadActor(fx.users.chairG1.id)) as Actor;
    expect((await findMembers(chair, searchMembersSchema.parse({ q: 'dem vo' }))).members.every((m) => m.fullName.startsWith('Võ Thị Đếm'))).toBe(true);
  });

  it("walks a ward union's and a federation's own name order, for the list and for every word", async () => {
    const ward = String(fx.units.wardA1.id);
    const list = await find({ unit: ward });
    expect(names(list).slice(0, 4)).toEqual(['Hồ Minh Khôi', 'Lý Đếm Võ Thị', 'Quách Thị Xuân', 'Võ Thị Đếm 00000']);
    expect(names(await find({ unit: ward, after: list.next! }))[0]).toBe('Võ Thị Đếm 00047');
    expect(names(await find({ unit: String(fx.units.fedA.id) }))).toEqual(names(list));
    // Every word inside the ward: the same names as over the whole tree, less the other federation's.
    const words = await find({ q: 'dem vo', unit: ward });
    expect(names(words).slice(0, 49)).toEqual(names(await find({ q: 'dem vo' })).slice(1));
    expect(names(await find({ q: 'dem vo', unit: ward, after: words.next! }))[0]).toBe('Võ Thị Đếm 00049');
    // A rare word ends the ward's walk with its last member; filters are checked on the rows found.
    expect(names(await find({ q: 'xuan', unit: ward }))).toEqual(['Quách Thị Xuân']);
    expect(names(await find({ q: 'dem vo', unit: ward, gender: 'male' }))).toEqual(['Lý Đếm Võ Thị']);
    expect(names(await find({ q: 'dem vo', unit: String(fx.units.wardA2.id) }))).toEqual([]);
    expect(names(await find({ q: 'dem', unit: String(fx.units.fedB.id) }))).toEqual(['Đinh Đếm Võ']);
    // A prefix that fills a page is a range of the ward's name order, page after page.
    const prefix = await find({ q: 'vo thi dem', unit: ward });
    expect(names(prefix)).toEqual(names(await find({ q: 'vo thi dem' })));
    expect(names(await find({ q: 'vo thi dem', unit: ward, after: prefix.next! }))[0]).toBe('Võ Thị Đếm 00050');
    // Counted, the ward's search picks its branch by counting the prefix first: the same pages.
    const counted = await find({ q: 'vo thi dem', unit: ward, count: '1' });
    expect([names(counted), counted.totalCapped]).toEqual([names(prefix), true]);
    const countedWords = await find({ q: 'dem vo', unit: ward, count: '1' });
    expect([names(countedWords), countedWords.totalCapped]).toEqual([names(words), true]);
    expect((await find({ q: 'xuan', unit: ward, count: '1' })).total).toBe(1);
  });
});
