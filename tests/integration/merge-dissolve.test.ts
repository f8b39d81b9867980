// Merging and dissolving grassroots unions through the whole pipeline: members move set-based
// (periods closed as 'transferred', 'transfer' periods opened, counters of both unions exact, also for
// 10,000 members), the closed union keeps a reference to its survivor, events on both, path history
// closed; dissolving a union with members needs a choice in the same step; refusals write nothing.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { dissolveUnionAction, mergeUnionAction } from '@/lib/units/reorganise-actions';
import { registerMember } from '@/lib/members/mutations';
import { idle } from '@/lib/forms/action-state';
import { searchKey } from '@/lib/text/search-key';
import { actAs } from '../support/request-context';
import { createFixtureTree, form, NO_DETAILS, type Fixture } from '../support/fixtures';

let fx: Fixture;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
let serial = 0;

async function grassroots(parent: { id: number; path: string; depth: number }) {
  const code = `M-${++serial}`;
  const created = await db.unit.create({ data: { kind: 'grassroots', code, name: `Công đoàn ${code}`, nameSearch: searchKey(`cong doan ${code}`), parentId: parent.id, path: '/0/', depth: parent.depth + 1 } });
  const unit = await db.unit.update({ where: { id: created.id }, data: { path: `${parent.path}${created.id}/` } });
  await db.unitPathHistory.create({ data: { unitId: unit.id, path: unit.path, validFrom: d('2020-01-01') } });
  return unit;
}

async function member(unit: { id: number; path: string }, gender: 'male' | 'female' = 'female') {
  serial += 1;
  return registerMember(fx.users.admin.id, unit, {
    fullName: `Đoàn viên ${serial}`, gender, birthDate: d('1990-01-01'), cccd: `0013900${String(serial).padStart(5, '0')}`,
    phone: null, joinDate: d('2022-03-01'), jobTitle: null, unitId: unit.id, ...NO_DETAILS,
  });
}

/** Inserts `count` members with open periods in one statement each, and sets the union's counter. */
async function bulkMembers(unit: { id: number; path: string }, count: number) {
  await db.$executeRaw`
    INSERT INTO members (cccd, full_name, name_search, gender, birth_date, card_number, unit_id, unit_path)
    SELECT lpad((900000000000 + ${unit.id}::bigint * 100000 + g)::text, 12, '0'), 'Đoàn viên ' || g, 'doan vien ' || g,
           CASE WHEN g % 2 = 0 THEN 'female'::gender ELSE 'male'::gender END, DATE '1990-01-01', 'BULK-' || ${unit.id} || '-' || g, ${unit.id}, ${unit.path}
    FROM generate_series(1, ${count}::int) AS g`;
  await db.$executeRaw`
    INSERT INTO memberships (member_id, unit_id, admitted_on) SELECT id, ${unit.id}, DATE '2022-01-01' FROM members WHERE unit_id = ${unit.id} AND card_number LIKE 'BULK-%'`;
  await db.$executeRaw`
    INSERT INTO unit_counters (unit_id, active_members, active_women)
    SELECT ${unit.id}, count(*), count(*) FILTER (WHERE gender = 'female') FROM members WHERE unit_id = ${unit.id}
    ON CONFLICT (unit_id) DO UPDATE SET active_members = EXCLUDED.active_members, active_women = EXCLUDED.active_women`;
}

/** The counters equal a recount of open periods (and members' unit_id agrees). */
async function recount(unitId: number) {
  const [row] = await db.$queryRaw<{ members: number; women: number; pointing: number }[]>`
    SELECT count(*)::int AS members, (count(*) FILTER (WHERE m.gender = 'female'))::int AS women,
           (count(*) FILTER (WHERE m.unit_id = ${unitId}))::int AS pointing
    FROM memberships ms JOIN members m ON m.id = ms.member_id WHERE ms.unit_id = ${unitId} AND ms.left_on IS NULL`;
  const counter = await db.unitCounter.findUnique({ where: { unitId } });
  return { counted: [counter?.activeMembers ?? 0, counter?.activeWomen ?? 0], recounted: [row.members, row.women], pointing: row.pointing };
}

async function snapshot() {
  const [units, memberships, members, counters, events, audit, history] = await Promise.all([
    db.unit.findMany({ select: { id: true, status: true, mergedIntoId: true }, orderBy: { id: 'asc' } }),
    db.membership.findMany({ select: { id: true, leftOn: true }, orderBy: { id: 'asc' } }),
    db.member.findMany({ select: { id: true, unitId: true }, orderBy: { id: 'asc' } }),
    db.unitCounter.findMany({ orderBy: { unitId: 'asc' } }),
    db.unitEvent.count(), db.auditLog.count(), db.unitPathHistory.findMany({ orderBy: { id: 'asc' } }),
  ]);
  return { units, memberships, members, counters, events, audit, history };
}

const merge = (fields: Record<string, string | number>) =>
  mergeUnionAction(idle, form({ decisionNumber: '45/QĐ-CĐP', effectiveOn: '01/09/2025', confirm: 'on', ...fields }));
const dissolve = (fields: Record<string, string | number>) =>
  dissolveUnionAction(idle, form({ reason: 'Doanh nghiệp chấm dứt hoạt động', decisionNumber: '46/QĐ-CĐP', effectiveOn: '01/10/2025', confirm: 'on', ...fields }));

beforeAll(async () => {
  fx = await createFixtureTree();
});
beforeEach(() => actAs(null));

describe('mergeUnionAction', () => {
  it('moves every member of a 10,000-member union into the survivor set-based, with exact counters', async () => {
    const merged = await grassroots(fx.units.wardA1);
    const survivor = await grassroots(fx.units.wardA1);
    await bulkMembers(merged, 10_000);
    await member(survivor, 'male');
    actAs(fx.users.staffA1.id);
    const started = Date.now();
    const result = await merge({ unitId: merged.id, survivorId: survivor.id });
    const elapsed = Date.now() - started;
    expect(result).toMatchObject({ status: 'ok', data: { members: 10_000, survivorId: survivor.id } });
    expect(elapsed).toBeLessThan(20_000);

    expect(await db.unit.findUniqueOrThrow({ where: { id: merged.id } })).toMatchObject({ status: 'merged', mergedIntoId: survivor.id, closedOn: d('2025-09-01'), closingDecisionNumber: '45/QĐ-CĐP' });
    expect(await recount(merged.id)).toEqual({ counted: [0, 0], recounted: [0, 0], pointing: 0 });
    expect(await recount(survivor.id)).toEqual({ counted: [10_001, 5_000], recounted: [10_001, 5_000], pointing: 10_001 });
    expect(await db.membership.count({ where: { unitId: merged.id, leaveReason: 'transferred', leftOn: d('2025-09-01') } })).toBe(10_000);
    expect(await db.membership.count({ where: { unitId: survivor.id, admissionKind: 'transfer', admittedOn: d('2025-09-01'), leftOn: null } })).toBe(10_000);
    expect(await db.member.count({ where: { unitId: survivor.id, unitPath: survivor.path } })).toBe(10_001);
    expect(await db.unitEvent.findMany({ where: { unitId: { in: [merged.id, survivor.id] } }, select: { unitId: true, kind: true, fromParentId: true, toParentId: true }, orderBy: { id: 'asc' } })).toEqual([
      { unitId: merged.id, kind: 'merged', fromParentId: null, toParentId: survivor.id },
      { unitId: survivor.id, kind: 'absorbed', fromParentId: merged.id, toParentId: null },
    ]);
    expect(await db.unitPathHistory.findFirst({ where: { unitId: merged.id } })).toMatchObject({ validTo: d('2025-09-01') });
    expect(await db.auditLog.count({ where: { action: 'unit.merge', entityId: String(merged.id), actorId: fx.users.staffA1.id } })).toBe(1);
  }, 60_000);

  it('refuses a survivor outside the officer’s ward and the sibling ward (not found), a leader and a chair (forbidden), no session; writes nothing', async () => {
    const a = await grassroots(fx.units.wardA1);
    await member(a);
    const before = await snapshot();
    actAs(fx.users.staffA1.id);
    expect(await merge({ unitId: a.id, survivorId: fx.units.g3.id })).toMatchObject({ status: 'error', code: 'notFound' });
    actAs(fx.users.staffA2.id);
    expect(await merge({ unitId: a.id, survivorId: fx.units.g3.id })).toMatchObject({ status: 'error', code: 'notFound' });
    actAs(fx.users.leaderA1.id);
    expect(await merge({ unitId: a.id, survivorId: fx.units.g2.id })).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(fx.users.chairG1.id);
    expect(await merge({ unitId: fx.units.g1.id, survivorId: fx.units.g1.id })).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(null);
    expect(await merge({ unitId: a.id, survivorId: fx.units.g2.id })).toMatchObject({ status: 'error', code: 'unauthenticated' });
    expect(await snapshot()).toEqual(before);
  });

  it('keeps the invariants: confirmation, grassroots only, not into itself, active only, no date before a member joined; writes nothing', async () => {
    const a = await grassroots(fx.units.wardA1);
    await member(a);
    const before = await snapshot();
    actAs(fx.users.admin.id);
    expect(await merge({ unitId: a.id, survivorId: fx.units.g2.id, confirm: '' })).toMatchObject({ status: 'error', code: 'invalid', fieldErrors: { confirm: [{ key: 'errors.field.confirmRequired' }] } });
    expect(await merge({ unitId: a.id, survivorId: a.id })).toMatchObject({ status: 'error', message: { key: 'errors.unit.mergeIntoSelf' } });
    expect(await merge({ unitId: a.id, survivorId: fx.units.wardA2.id })).toMatchObject({ status: 'error', fieldErrors: { survivorId: [{ key: 'errors.unit.notGrassroots' }] } });
    expect(await merge({ unitId: fx.units.g1.id, survivorId: fx.units.g2.id })).toMatchObject({ status: 'error', message: { key: 'errors.unit.hasActiveChildren' } });
    expect(await merge({ unitId: a.id, survivorId: fx.units.g2.id, effectiveOn: '01/01/2022' })).toMatchObject({ status: 'error', message: { key: 'errors.unit.membersAfterDate' } });
    expect(await snapshot()).toEqual(before);
    const closed = await grassroots(fx.units.wardA1);
    await merge({ unitId: closed.id, survivorId: fx.units.g2.id });
    const afterClose = await snapshot();
    expect(await merge({ unitId: a.id, survivorId: closed.id })).toMatchObject({ status: 'error', message: { key: 'errors.unit.notActive' } });
    expect(await snapshot()).toEqual(afterClose);
  });
});

describe('dissolveUnionAction', () => {
  it('requires a choice for active members in the same step, and writes nothing without one', async () => {
    const a = await grassroots(fx.units.wardA1);
    await member(a);
    await member(a);
    const before = await snapshot();
    actAs(fx.users.staffA1.id);
    expect(await dissolve({ unitId: a.id })).toMatchObject({ status: 'error', code: 'conflict', fieldErrors: { membersOutcome: [{ key: 'errors.unit.membersOutcomeRequired', params: { count: 2 } }] } });
    expect(await dissolve({ unitId: a.id, membersOutcome: 'transfer' })).toMatchObject({ status: 'error', code: 'invalid', fieldErrors: { survivorId: [{ key: 'errors.field.required' }] } });
    expect(await dissolve({ unitId: a.id, membersOutcome: 'leave' })).toMatchObject({ status: 'error', code: 'invalid', fieldErrors: { leaveReason: [{ key: 'errors.field.required' }] } });
    expect(await dissolve({ unitId: a.id, membersOutcome: 'leave', leaveReason: 'other', confirm: '' })).toMatchObject({ status: 'error', code: 'invalid' });
    expect(await snapshot()).toEqual(before);
  });

  it('dissolves with members transferred to another union', async () => {
    const a = await grassroots(fx.units.wardA1);
    const b = await grassroots(fx.units.wardA1);
    await member(a);
    await member(a, 'male');
    actAs(fx.users.staffA1.id);
    expect(await dissolve({ unitId: a.id, membersOutcome: 'transfer', survivorId: b.id })).toMatchObject({ status: 'ok', data: { members: 2, outcome: 'transfer' } });
    expect(await db.unit.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: 'dissolved', mergedIntoId: null, closedOn: d('2025-10-01'), closingReason: 'Doanh nghiệp chấm dứt hoạt động' });
    expect(await recount(b.id)).toEqual({ counted: [2, 1], recounted: [2, 1], pointing: 2 });
    expect(await recount(a.id)).toEqual({ counted: [0, 0], recounted: [0, 0], pointing: 0 });
    expect(await db.unitEvent.count({ where: { unitId: b.id, kind: 'absorbed', fromParentId: a.id } })).toBe(1);
    expect(await db.unitEvent.count({ where: { unitId: a.id, kind: 'dissolved' } })).toBe(1);
  });

  it('dissolves with members recorded as leaving with a reason', async () => {
    const a = await grassroots(fx.units.wardA1);
    const { memberId } = await member(a);
    actAs(fx.users.admin.id);
    expect(await dissolve({ unitId: a.id, membersOutcome: 'leave', leaveReason: 'changed_job' })).toMatchObject({ status: 'ok', data: { members: 1, outcome: 'leave' } });
    expect(await db.member.findUniqueOrThrow({ where: { id: memberId } })).toMatchObject({ unitId: null, unitPath: null });
    expect(await db.membership.findFirst({ where: { memberId } })).toMatchObject({ leftOn: d('2025-10-01'), leaveReason: 'changed_job' });
    expect(await recount(a.id)).toEqual({ counted: [0, 0], recounted: [0, 0], pointing: 0 });
    expect(await db.unitPathHistory.findFirst({ where: { unitId: a.id } })).toMatchObject({ validTo: d('2025-10-01') });
  });

  it('dissolves an empty union without a choice; refuses one branch over, a leader, a chair and no session, writing nothing', async () => {
    const a = await grassroots(fx.units.wardA1);
    const before = await snapshot();
    actAs(fx.users.staffA2.id);
    expect(await dissolve({ unitId: a.id })).toMatchObject({ status: 'error', code: 'notFound' });
    actAs(fx.users.leaderA1.id);
    expect(await dissolve({ unitId: a.id })).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(fx.users.chairG1.id);
    expect(await dissolve({ unitId: fx.units.g1.id })).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(null);
    expect(await dissolve({ unitId: a.id })).toMatchObject({ status: 'error', code: 'unauthenticated' });
    actAs(fx.users.staffA1.id);
    expect(await dissolve({ unitId: a.id, membersOutcome: 'transfer', survivorId: fx.units.g3.id })).toMatchObject({ status: 'error', code: 'notFound' });
    expect(await snapshot()).toEqual(before);
    expect(await dissolve({ unitId: a.id })).toMatchObject({ status: 'ok', data: { members: 0, outcome: 'none' } });
  });
});
