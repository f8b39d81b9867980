// A dashboard's children breakdown from the lines stored on the children's current rows (migration
// 20261204100000): after each kind of change (members admitted, folded or not yet, a rename, a target
// set, a union moved or dissolved, a new union, a month turned), today's breakdown read through the
// stored lines equals the one computed child by child, and shows the change at once.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { registerMember } from '@/lib/members/mutations';
import { dissolveUnion, transferUnits, updateUnitProfile } from '@/lib/units/mutations';
import { deleteTarget, saveTarget } from '@/lib/targets/mutations';
import { saveTargetSchema } from '@/lib/targets/schema';
import { readDashboardChildren } from '@/lib/targets/data';
import { todayInVietnam } from '@/lib/i18n/dates';
import { createFixtureTree, NO_DETAILS, type Fixture } from '../support/fixtures';

let fx: Fixture;
let serial = 0;
const today = todayInVietnam();
const year = today.getUTCFullYear();
const anyScope = () => {};

async function admit(unit: { id: number; path: string }) {
  serial += 1;
  return registerMember(fx.users.admin.id, unit, {
    fullName: `Đoàn viên ${serial}`, gender: serial % 2 ? 'female' : 'male', birthDate: new Date(Date.UTC(1990, 0, 1)),
    cccd: `0012920${String(serial).padStart(5, '0')}`, phone: null, jobTitle: null, unitId: unit.id, joinDate: today, ...NO_DETAILS,
  });
}

/** Sets (or, with its id and version, edits) a unit's admissions target for the year, as the form does. */
const setTarget = (unitId: number, valueMin: number, edit?: { targetId: number; version: number }) =>
  saveTarget(fx.users.admin.id, unitId, saveTargetSchema.parse({ unitId, year, metric: 'new_members', valueMin: String(valueMin), ...edit }));

const fold = () => db.$queryRaw`SELECT target_fold()`;

/** Today's breakdown of a unit, as the dashboard reads it (stored lines where they serve). */
async function stored(unitId: number) {
  const { children, shares } = await readDashboardChildren(unitId, null, year, today);
  return { children: children.sort((a, b) => a.id - b.id), shares };
}

/** The same children computed one by one (target_dashboard_children), for comparison. */
async function computed(unitId: number) {
  const ids = (await db.unit.findMany({ where: { parentId: unitId }, select: { id: true } })).map((u) => u.id);
  const { children, shares } = await readDashboardChildren(unitId, ids, year, today);
  return { children: children.sort((a, b) => a.id - b.id), shares };
}

/** How many of a unit's children have a stored line for this month (what the breakdown reads as is). */
async function linesOf(unitId: number) {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM target_rollup_current
    WHERE parent_id = ${unitId} AND month = target_current_month() AND child_row IS NOT NULL`;
  return n;
}

async function expectAgreement() {
  const parents = await db.unit.findMany({ where: { children: { some: {} } }, select: { id: true } });
  for (const { id } of parents) expect({ parent: id, ...(await stored(id)) }).toEqual({ parent: id, ...(await computed(id)) });
}

const childOf = async (parentId: number, childId: number) => (await stored(parentId)).children.find((c) => c.id === childId);

beforeAll(async () => {
  fx = await createFixtureTree();
  for (const unit of [fx.units.g1, fx.units.g1, fx.units.g2, fx.units.g3, fx.units.g4]) await admit(unit);
  await setTarget(fx.units.wardA1.id, 10);
  await fold();
});

describe('the children breakdown from stored lines', () => {
  it('serves a folded breakdown from the lines, the same as computed child by child', async () => {
    expect(await linesOf(fx.units.wardA1.id)).toBe(2);
    expect(await linesOf(fx.units.root.id)).toBe(2);
    await expectAgreement();
    expect((await childOf(fx.units.wardA1.id, fx.units.g1.id))!.figures).toMatchObject({ members: 2, admitted: 2 });
  });

  it('counts members admitted since the last fold', async () => {
    await admit(fx.units.g1);
    expect((await childOf(fx.units.wardA1.id, fx.units.g1.id))!.figures).toMatchObject({ members: 3, admitted: 3 });
    expect((await childOf(fx.units.fedA.id, fx.units.wardA1.id))!.figures).toMatchObject({ members: 4 });
    await expectAgreement();
    await fold();
    expect((await childOf(fx.units.wardA1.id, fx.units.g1.id))!.figures).toMatchObject({ members: 3, admitted: 3 });
    await expectAgreement();
  });

  it('shows a rename and a child\'s target set, edited and removed at once, without a fold', async () => {
    const { version } = await db.unit.findUniqueOrThrow({ where: { id: fx.units.g2.id }, select: { version: true } });
    await updateUnitProfile(fx.users.admin.id, fx.units.g2.id, version, { name: 'Công đoàn cơ sở Công ty Hai Đổi tên' });
    const { targetId } = await setTarget(fx.units.g2.id, 4);
    const g2 = await childOf(fx.units.wardA1.id, fx.units.g2.id);
    expect(g2).toMatchObject({ name: 'Công đoàn cơ sở Công ty Hai Đổi tên', targets: [{ metric: 'new_members', shape: 'count', valueMin: 4, valueMax: null }] });
    expect((await stored(fx.units.wardA1.id)).shares.get((await db.target.findFirstOrThrow({ where: { unitId: fx.units.wardA1.id } })).id))
      .toEqual({ sum: 4, children: 1 });
    await setTarget(fx.units.g2.id, 5, { targetId, version: 1 });
    expect((await childOf(fx.units.wardA1.id, fx.units.g2.id))!.targets).toEqual([{ metric: 'new_members', shape: 'count', valueMin: 5, valueMax: null }]);
    await expectAgreement();
    await deleteTarget(fx.users.admin.id, { id: targetId, unitId: fx.units.g2.id });
    expect((await childOf(fx.units.wardA1.id, fx.units.g2.id))!.targets).toEqual([]);
    await expectAgreement();
    await setTarget(fx.units.g2.id, 5);
  });

  it('moves a union\'s line to its new parent and shows a dissolution', async () => {
    await transferUnits(fx.users.admin.id, { unitIds: [fx.units.g2.id], targetParentId: fx.units.wardA2.id, decisionNumber: '1/QĐ-LĐLĐ', effectiveOn: today }, anyScope);
    expect((await stored(fx.units.wardA1.id)).children.map((c) => c.id)).toEqual([fx.units.g1.id]);
    expect((await stored(fx.units.wardA2.id)).children.map((c) => c.id)).toEqual([fx.units.g2.id, fx.units.g3.id].sort((a, b) => a - b));
    await expectAgreement();
    await fold();
    await dissolveUnion(fx.users.admin.id, {
      unitId: fx.units.g3.id, reason: 'Doanh nghiệp giải thể', decisionNumber: '2/QĐ-CĐP', effectiveOn: today, confirm: 'on',
      membersOutcome: 'leave', leaveReason: 'changed_job',
    } as Parameters<typeof dissolveUnion>[1], anyScope);
    expect(await childOf(fx.units.wardA2.id, fx.units.g3.id)).toMatchObject({ status: 'dissolved' });
    await fold();
    expect(await childOf(fx.units.wardA2.id, fx.units.g3.id)).toMatchObject({ status: 'dissolved', figures: { members: 0 } });
    await expectAgreement();
  });

  it('lists a union that has no current row yet, and children whose rows are of a past month', async () => {
    const created = await db.unit.create({
      data: { kind: 'grassroots', code: 'A1-G9', name: 'Công đoàn cơ sở Mới lập', nameSearch: 'cong doan co so moi lap', parentId: fx.units.wardA1.id, path: '/0/', depth: 3 },
    });
    await db.unit.update({ where: { id: created.id }, data: { path: `${fx.units.wardA1.path}${created.id}/` } });
    expect((await stored(fx.units.wardA1.id)).children.map((c) => c.id)).toContain(created.id);
    await expectAgreement();
    // As on the 1st of a month before the folds have moved every row to it.
    await db.$executeRaw`UPDATE target_rollup_current SET month = (month - INTERVAL '1 month')::date WHERE parent_id = ${fx.units.root.id}`;
    expect(await linesOf(fx.units.root.id)).toBe(0);
    expect((await stored(fx.units.root.id)).children.map((c) => c.id)).toEqual([fx.units.fedA.id, fx.units.fedB.id]);
    await expectAgreement();
  });
});
