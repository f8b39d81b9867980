// Transferring grassroots unions to another parent through the whole pipeline: paths, depths and
// member paths of the whole subtree rewritten, path history closed and reopened, parent links,
// events and audit rows; refused one branch over, for lower roles, without a session, each writing
// nothing; the invariants (cycles, kind rules, active units, both ends in scope); and the dated
// roll-up that still counts a moved union under its old parent before the effective date.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { transferUnitsAction } from '@/lib/units/reorganise-actions';
import { listSubtreeAsOf, searchManagedUnits } from '@/lib/units/data';
import type { Actor } from '@/lib/auth/policy';
import { registerMember } from '@/lib/members/mutations';
import { idle } from '@/lib/forms/action-state';
import { searchKey } from '@/lib/text/search-key';
import { actAs } from '../support/request-context';
import { createFixtureTree, form, NO_DETAILS, type Fixture } from '../support/fixtures';

let fx: Fixture;
let staffFedA: { id: number };
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
let serial = 0;

async function grassroots(parent: { id: number; path: string; depth: number }, kind: 'grassroots' | 'group' = 'grassroots') {
  const code = `T-${++serial}`;
  const created = await db.unit.create({ data: { kind, code, name: `Công đoàn ${code}`, nameSearch: searchKey(`cong doan ${code}`), parentId: parent.id, path: '/0/', depth: parent.depth + 1 } });
  const unit = await db.unit.update({ where: { id: created.id }, data: { path: `${parent.path}${created.id}/` } });
  await db.unitPathHistory.create({ data: { unitId: unit.id, path: unit.path, validFrom: d('2020-01-01') } });
  return unit;
}

async function member(unit: { id: number; path: string }, joined = '2021-03-01') {
  serial += 1;
  return registerMember(fx.users.admin.id, unit, {
    fullName: `Đoàn viên ${serial}`, gender: 'female', birthDate: d('1990-01-01'), cccd: `0012900${String(serial).padStart(5, '0')}`,
    phone: null, joinDate: d(joined), jobTitle: null, unitId: unit.id, ...NO_DETAILS,
  });
}

/** Everything a transfer writes, to prove a refusal wrote nothing. */
async function snapshot() {
  const [units, members, history, links, events, audit] = await Promise.all([
    db.unit.findMany({ select: { id: true, path: true, depth: true, parentId: true }, orderBy: { id: 'asc' } }),
    db.member.findMany({ select: { id: true, unitPath: true }, orderBy: { id: 'asc' } }),
    db.unitPathHistory.findMany({ orderBy: { id: 'asc' } }),
    db.unitParentLink.count(), db.unitEvent.count(), db.auditLog.count(),
  ]);
  return { units, members, history, links, events, audit };
}

const transfer = (fields: Record<string, string | number>) =>
  transferUnitsAction(idle, form({ decisionNumber: '123/QĐ-LĐLĐ', effectiveOn: '01/07/2025', ...fields }));

beforeAll(async () => {
  fx = await createFixtureTree();
  await db.$executeRaw`INSERT INTO unit_path_history (unit_id, path, valid_from) SELECT id, path, DATE '2000-01-01' FROM units WHERE id NOT IN (SELECT unit_id FROM unit_path_history)`;
  staffFedA = await db.user.create({ data: { email: 'stafffeda@test.vn', displayName: 'staffFedA', passwordHash: 'x', grants: { create: { role: 'staff', unitId: fx.units.fedA.id } } } });
});
beforeEach(() => actAs(null));

describe('transferUnitsAction', () => {
  it('moves several unions with their groups and members by one decision, keeping the history', async () => {
    const a = await grassroots(fx.units.wardA1);
    const b = await grassroots(fx.units.wardA1);
    const group = await grassroots(a, 'group');
    const m1 = await member(a);
    const m2 = await member(b);
    const initiative = await db.initiative.create({ data: { unitId: a.id, unitPath: a.path, title: 'Sáng kiến cũ', kind: 'initiative', year: 2024 } });
    const before = await snapshot();

    actAs(staffFedA.id);
    const result = await transfer({ unitIds: `${a.id},${b.id}`, targetParentId: fx.units.wardA2.id });
    expect(result).toMatchObject({ status: 'ok', data: { moved: 2, members: 2, targetId: fx.units.wardA2.id } });

    const [movedA, movedB, movedGroup] = await Promise.all([a, b, group].map((u) => db.unit.findUniqueOrThrow({ where: { id: u.id } })));
    expect(movedA).toMatchObject({ parentId: fx.units.wardA2.id, path: `${fx.units.wardA2.path}${a.id}/`, depth: 3 });
    expect(movedB).toMatchObject({ parentId: fx.units.wardA2.id, path: `${fx.units.wardA2.path}${b.id}/` });
    expect(movedGroup).toMatchObject({ parentId: a.id, path: `${fx.units.wardA2.path}${a.id}/${group.id}/`, depth: 4 });
    expect(await db.member.findUniqueOrThrow({ where: { id: m1.memberId } })).toMatchObject({ unitId: a.id, unitPath: movedA.path });
    expect(await db.member.findUniqueOrThrow({ where: { id: m2.memberId } })).toMatchObject({ unitPath: movedB.path });
    // Honours keep the path they were recorded under.
    expect(await db.initiative.findUniqueOrThrow({ where: { id: initiative.id } })).toMatchObject({ unitPath: a.path });

    expect(await db.unitPathHistory.findMany({ where: { unitId: group.id }, orderBy: { validFrom: 'asc' } })).toMatchObject([
      { path: group.path, validFrom: d('2020-01-01'), validTo: d('2025-07-01') },
      { path: movedGroup.path, validFrom: d('2025-07-01'), validTo: null },
    ]);
    expect(await db.unitParentLink.findMany({ where: { unitId: { in: [a.id, b.id] } } })).toMatchObject([
      { fromParentId: fx.units.wardA1.id, toParentId: fx.units.wardA2.id, effectiveOn: d('2025-07-01'), decisionNumber: '123/QĐ-LĐLĐ' },
      { fromParentId: fx.units.wardA1.id, toParentId: fx.units.wardA2.id },
    ]);
    expect(await db.unitEvent.count({ where: { unitId: { in: [a.id, b.id] }, kind: 'transferred', actorId: staffFedA.id, fromParentId: fx.units.wardA1.id } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: 'unit.transfer', actorId: staffFedA.id } })).toBe(2);
    const after = await snapshot();
    expect({ links: after.links, events: after.events, audit: after.audit }).toEqual({ links: before.links + 2, events: before.events + 2, audit: before.audit + 2 });
    expect(after.history.length).toBe(before.history.length + 3);

    // The dated roll-up: before the effective date they count under the old ward, from it under the new.
    const oldWardBefore = await listSubtreeAsOf(fx.units.wardA1.id, d('2025-06-30'));
    const moved = (rows: { id: number; parentId: number | null; members: number }[] = []) =>
      rows.filter((r) => r.id === a.id || r.id === b.id).map(({ id, parentId, members }) => ({ id, parentId, members })).sort((x, y) => x.id - y.id);
    expect(moved(oldWardBefore?.rows)).toEqual([
      { id: a.id, parentId: fx.units.wardA1.id, members: 1 },
      { id: b.id, parentId: fx.units.wardA1.id, members: 1 },
    ]);
    const oldWardAfter = await listSubtreeAsOf(fx.units.wardA1.id, d('2025-07-01'));
    expect(oldWardAfter?.rows.some((r) => r.id === a.id || r.id === b.id)).toBe(false);
    const newWard = await listSubtreeAsOf(fx.units.wardA2.id, d('2025-07-01'));
    expect(newWard?.rows.filter((r) => [a.id, b.id].includes(r.id)).map((r) => r.parentId)).toEqual([fx.units.wardA2.id, fx.units.wardA2.id]);
    // Before the union had members, it counts none.
    expect((await listSubtreeAsOf(fx.units.wardA1.id, d('2021-01-01')))?.rows.find((r) => r.id === a.id)?.members).toBe(0);
    expect(await listSubtreeAsOf(a.id, d('2019-01-01'))).toBeNull();
  });

  it('lets a ward officer move a group between unions inside their ward (group under grassroots)', async () => {
    const a = await grassroots(fx.units.wardA1);
    const b = await grassroots(fx.units.wardA1);
    const group = await grassroots(a, 'group');
    actAs(fx.users.staffA1.id);
    expect(await transfer({ unitIds: group.id, targetParentId: b.id })).toMatchObject({ status: 'ok' });
    expect(await db.unit.findUniqueOrThrow({ where: { id: group.id } })).toMatchObject({ parentId: b.id, path: `${b.path}${group.id}/` });
  });

  it('refuses a ward officer whose target is outside their ward, and the sibling ward, as not found; writes nothing', async () => {
    const a = await grassroots(fx.units.wardA1);
    const before = await snapshot();
    actAs(fx.users.staffA1.id);
    expect(await transfer({ unitIds: a.id, targetParentId: fx.units.wardA2.id })).toMatchObject({ status: 'error', code: 'notFound' });
    actAs(fx.users.staffA2.id);
    expect(await transfer({ unitIds: a.id, targetParentId: fx.units.wardA2.id })).toMatchObject({ status: 'error', code: 'notFound' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a leader and a chair (forbidden), no session and no Origin; writes nothing', async () => {
    const before = await snapshot();
    actAs(fx.users.leaderA1.id);
    expect(await transfer({ unitIds: fx.units.g2.id, targetParentId: fx.units.wardA1.id })).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(fx.users.chairG1.id);
    expect(await transfer({ unitIds: fx.units.g1group.id, targetParentId: fx.units.g1.id })).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(null);
    expect(await transfer({ unitIds: fx.units.g2.id, targetParentId: fx.units.wardA2.id })).toMatchObject({ status: 'error', code: 'unauthenticated' });
    actAs(fx.users.admin.id, { origin: null });
    expect(await transfer({ unitIds: fx.units.g2.id, targetParentId: fx.units.wardA2.id })).toMatchObject({ status: 'error', code: 'badOrigin' });
    expect(await snapshot()).toEqual(before);
  });

  it('keeps the invariants: no cycles, kind rules, active units only, no nested choice, a date after the last move; each writes nothing', async () => {
    const a = await grassroots(fx.units.wardA1);
    const group = await grassroots(a, 'group');
    const closed = await grassroots(fx.units.wardA2);
    await db.unit.update({ where: { id: closed.id }, data: { status: 'dissolved', closedOn: d('2024-01-01') } });
    const before = await snapshot();
    actAs(fx.users.admin.id);
    const refusals: [Record<string, string | number>, string][] = [
      [{ unitIds: fx.units.wardA1.id, targetParentId: a.id }, 'errors.unit.cycle'],
      [{ unitIds: a.id, targetParentId: group.id }, 'errors.unit.cycle'],
      [{ unitIds: a.id, targetParentId: fx.units.g3.id }, 'errors.unit.kindRule'],
      [{ unitIds: a.id, targetParentId: fx.units.root.id }, 'errors.unit.kindRule'],
      [{ unitIds: group.id, targetParentId: fx.units.wardA2.id }, 'errors.unit.kindRule'],
      [{ unitIds: closed.id, targetParentId: fx.units.wardA1.id }, 'errors.unit.notActive'],
      [{ unitIds: a.id, targetParentId: fx.units.wardA1.id }, 'errors.unit.sameParent'],
      [{ unitIds: `${a.id},${group.id}`, targetParentId: fx.units.fedB.id }, 'errors.unit.kindRule'],
      [{ unitIds: a.id, targetParentId: fx.units.wardB1.id, effectiveOn: '01/01/2020' }, 'errors.unit.effectiveTooEarly'],
    ];
    for (const [fields, key] of refusals) {
      expect(await transfer(fields), key).toMatchObject({ status: 'error', code: 'conflict', message: { key } });
    }
    await db.unit.update({ where: { id: closed.id }, data: { status: 'active', closedOn: null } });
    expect(await transfer({ unitIds: a.id, targetParentId: closed.id })).toMatchObject({ status: 'error', message: { key: 'errors.unit.kindRule' } });
    expect(await transfer({ unitIds: '', targetParentId: fx.units.wardA2.id })).toMatchObject({ status: 'error', code: 'invalid', fieldErrors: { unitIds: [{ key: 'errors.unit.pickUnits' }] } });
    expect(await snapshot()).toEqual(before);
  });

  it('offers as targets only the units the actor manages: a ward officer sees their own ward, an admin every ward and federation', async () => {
    const officer = { userId: fx.users.staffA1.id, displayName: 'staffA1', grants: [{ role: 'staff' as const, unitId: fx.units.wardA1.id, unitPath: fx.units.wardA1.path }] };
    const targets = (actor: Actor) => searchManagedUnits(actor, { kinds: ['ward_union', 'federation'] }, 100).then((page) => page.rows.map((u) => u.id));
    expect(await targets(officer)).toEqual([fx.units.wardA1.id]);
    const leader = { ...officer, grants: [{ ...officer.grants[0], role: 'leader' as const }] };
    expect(await targets(leader)).toEqual([]);
    const admin = { userId: fx.users.admin.id, displayName: 'admin', grants: [{ role: 'admin' as const, unitId: fx.units.root.id, unitPath: fx.units.root.path }] };
    const ids = await targets(admin);
    expect(ids).toEqual(expect.arrayContaining([fx.units.fedA.id, fx.units.fedB.id, fx.units.wardA1.id, fx.units.wardA2.id, fx.units.wardB1.id]));
    expect(ids).not.toContain(fx.units.g1.id);
  });
});
