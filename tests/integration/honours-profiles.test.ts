// What member and unit profiles list of awards and initiatives, against real PostgreSQL: by id for a
// member and a grassroots union (revoked decisions never count), subtree totals by year above them.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { awardTotalsByYear, listRecipientAwards } from '@/lib/awards/data';
import { initiativeTotalsByYear, listMemberInitiatives, listUnitInitiatives } from '@/lib/initiatives/data';
import { createFixtureTree, type Fixture } from '../support/fixtures';
import { createHonours } from '../support/honours';

let fx: Fixture;
let honours: Awaited<ReturnType<typeof createHonours>>;

beforeAll(async () => {
  fx = await createFixtureTree();
  honours = await createHonours(fx);
});

describe('member profile', () => {
  it('lists the member’s awards of issued decisions, newest year first, and not a revoked one', async () => {
    const awards = await listRecipientAwards({ memberId: honours.mai.memberId });
    expect(awards.map((a) => [a.year, a.awardTypeName, a.decisionNumber, a.issuingUnitName])).toEqual([
      [2025, 'Giấy khen', '12/QĐ', fx.units.wardA1.name],
      [2024, 'Giấy khen', '12/QĐ', fx.units.wardA1.name],
    ]);
  });

  it('lists the initiatives the member authored, and nothing for a member without any', async () => {
    expect((await listMemberInitiatives(honours.mai.memberId)).map((i) => i.title)).toEqual(['Cải tiến khuôn dập giảm phế phẩm']);
    expect((await listMemberInitiatives(honours.ha.memberId)).map((i) => i.title)).toEqual(['Sổ tay điện tử cho giáo viên']);
    expect(await listMemberInitiatives(2_000_000_000)).toEqual([]);
    expect(await listRecipientAwards({ memberId: 2_000_000_000 })).toEqual([]);
  });
});

describe('grassroots union profile', () => {
  it('lists the union’s collective awards by its id only (not its members’ awards)', async () => {
    expect((await listRecipientAwards({ recipientUnitId: fx.units.g2.id })).map((a) => [a.year, a.decisionNumber])).toEqual([[2025, '12/QĐ']]);
    expect(await listRecipientAwards({ recipientUnitId: fx.units.g1.id })).toEqual([]);
  });

  it('lists the union’s own initiatives by unit id with count and value, even after the union moved', async () => {
    const own = await listUnitInitiatives(fx.units.g1.id);
    expect(own.initiatives.map((i) => [i.year, i.title])).toEqual([[2025, 'Cải tiến khuôn dập giảm phế phẩm'], [2024, 'Dây chuyền sơn tĩnh điện']]);
    expect(own).toMatchObject({ count: 2, valueVnd: 2_500_000_000_150_000_000n });
    // The recorded path predates a transfer: the union's own list still finds its initiatives.
    await db.initiative.updateMany({ where: { unitId: fx.units.g2.id }, data: { unitPath: '/0/999/' } });
    expect((await listUnitInitiatives(fx.units.g2.id)).count).toBe(1);
    await db.initiative.updateMany({ where: { unitId: fx.units.g2.id }, data: { unitPath: fx.units.g2.path } });
    expect(await listUnitInitiatives(fx.units.g4.id)).toEqual({ initiatives: [], count: 0, valueVnd: 0n });
  });
});

describe('ward union and federation profiles', () => {
  it('sum the subtree’s awards per year: collectives and individuals of issued decisions', async () => {
    expect(await awardTotalsByYear(fx.units.wardA1.path)).toEqual([
      { year: 2025, individuals: 1, collectives: 1 },
      { year: 2024, individuals: 1, collectives: 0 },
    ]);
    expect(await awardTotalsByYear(fx.units.fedA.path)).toEqual([
      { year: 2025, individuals: 2, collectives: 1 },
      { year: 2024, individuals: 1, collectives: 0 },
    ]);
    expect(await awardTotalsByYear(fx.units.fedB.path)).toEqual([]);
  });

  it('sum the subtree’s initiatives per year: count and value', async () => {
    expect(await initiativeTotalsByYear(fx.units.wardA1.path)).toEqual([
      { year: 2025, count: 2, valueVnd: 190_000_000n },
      { year: 2024, count: 1, valueVnd: 2_500_000_000_000_000_000n },
    ]);
    expect(await initiativeTotalsByYear(fx.units.fedA.path)).toEqual([
      { year: 2025, count: 3, valueVnd: 200_000_000n },
      { year: 2024, count: 1, valueVnd: 2_500_000_000_000_000_000n },
    ]);
    expect(await initiativeTotalsByYear(fx.units.fedB.path)).toEqual([]);
  });
});
