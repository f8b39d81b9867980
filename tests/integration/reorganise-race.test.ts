// A reorganisation racing another: the action authorises the paths it reads before the mutation
// takes its row locks, so a concurrent move can take a unit out of the actor's scope in between.
// Each test holds a real concurrent transaction that has moved one end to the sibling ward (rows
// locked, not yet committed), starts the action (its check still sees the old, in-scope path), waits
// until the action is blocked on the lock, then commits: the action must re-check the scope on the
// locked rows and refuse with "not found", writing nothing.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { dissolveUnionAction, mergeUnionAction, transferUnitsAction } from '@/lib/units/reorganise-actions';
import { registerMember } from '@/lib/members/mutations';
import { idle, type ActionState } from '@/lib/forms/action-state';
import { searchKey } from '@/lib/text/search-key';
import { actAs } from '../support/request-context';
import { createFixtureTree, form, NO_DETAILS, type Fixture } from '../support/fixtures';

let fx: Fixture;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
let serial = 0;

async function unit(parent: { id: number; path: string; depth: number }, kind: 'grassroots' | 'group' = 'grassroots') {
  const code = `R-${++serial}`;
  const created = await db.unit.create({ data: { kind, code, name: `Công đoàn ${code}`, nameSearch: searchKey(`cong doan ${code}`), parentId: parent.id, path: '/0/', depth: parent.depth + 1 } });
  const row = await db.unit.update({ where: { id: created.id }, data: { path: `${parent.path}${created.id}/` } });
  await db.unitPathHistory.create({ data: { unitId: row.id, path: row.path, validFrom: d('2020-01-01') } });
  return row;
}

async function member(where: { id: number; path: string }) {
  serial += 1;
  return registerMember(fx.users.admin.id, where, {
    fullName: `Đoàn viên ${serial}`, gender: 'female', birthDate: d('1990-01-01'), cccd: `0014900${String(serial).padStart(5, '0')}`,
    phone: null, joinDate: d('2022-03-01'), jobTitle: null, unitId: where.id, ...NO_DETAILS,
  });
}

/** What any of the three actions writes: a refusal must leave all of it as the concurrent move left it. */
async function writes() {
  const [units, memberships, links, events, audit, history] = await Promise.all([
    db.unit.findMany({ select: { id: true, path: true, parentId: true, status: true }, orderBy: { id: 'asc' } }),
    db.membership.findMany({ select: { id: true, unitId: true, leftOn: true }, orderBy: { id: 'asc' } }),
    db.unitParentLink.count(), db.unitEvent.count(), db.auditLog.count(), db.unitPathHistory.count(),
  ]);
  return { units, memberships, links, events, audit, history };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Moves `moved` (with its subtree) under `to` in a transaction that stays open until `action` is
 * waiting for a row lock, then commits; returns the action's result.
 */
async function racedByMove<T>(moved: { id: number; path: string }, to: { id: number; path: string }, action: () => Promise<ActionState<T>>) {
  let pending: Promise<ActionState<T>> | undefined;
  const newPath = `${to.path}${moved.id}/`;
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`
      UPDATE units SET path = ${newPath} || substr(path, length(${moved.path}) + 1),
                       parent_id = CASE WHEN id = ${moved.id} THEN ${to.id} ELSE parent_id END
      WHERE path ~>=~ ${moved.path} AND path ~<~ (${moved.path} || ':')`;
    pending = action();
    for (let i = 0; i < 400; i++) {
      const [{ waiting }] = await db.$queryRaw<{ waiting: number }[]>`
        SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
      if (waiting > 0) return;
      await sleep(10);
    }
    throw new Error('the action never waited for the lock');
  }, { timeout: 20_000 });
  return pending!;
}

beforeAll(async () => {
  fx = await createFixtureTree();
  await db.$executeRaw`INSERT INTO unit_path_history (unit_id, path, valid_from) SELECT id, path, DATE '2000-01-01' FROM units WHERE id NOT IN (SELECT unit_id FROM unit_path_history)`;
});
beforeEach(() => actAs(null));

const decision = { decisionNumber: '9/QĐ', effectiveOn: '01/07/2025' };

describe('reorganising while another reorganisation moves a unit out of scope', () => {
  it('transfer: the target union leaves the ward officer\'s ward before the lock; refused as not found, nothing written', async () => {
    const from = await unit(fx.units.wardA1);
    const target = await unit(fx.units.wardA1);
    const group = await unit(from, 'group');
    actAs(fx.users.staffA1.id);
    const before = await writes();
    const result = await racedByMove(target, fx.units.wardA2, () => transferUnitsAction(idle, form({ unitIds: group.id, targetParentId: target.id, ...decision })));
    expect(result).toMatchObject({ status: 'error', code: 'notFound' });
    const after = await writes();
    expect(after.units.find((u) => u.id === group.id)).toMatchObject({ parentId: from.id, path: `${from.path}${group.id}/` });
    expect(after.units.find((u) => u.id === target.id)).toMatchObject({ parentId: fx.units.wardA2.id });
    expect({ ...after, units: undefined }).toEqual({ ...before, units: undefined });
  });

  it('transfer: the moved union leaves the ward before the lock; refused as not found, nothing written', async () => {
    const from = await unit(fx.units.wardA1);
    const target = await unit(fx.units.wardA1);
    const group = await unit(from, 'group');
    actAs(fx.users.staffA1.id);
    const before = await writes();
    const result = await racedByMove(from, fx.units.wardA2, () => transferUnitsAction(idle, form({ unitIds: group.id, targetParentId: target.id, ...decision })));
    expect(result).toMatchObject({ status: 'error', code: 'notFound' });
    const after = await writes();
    expect(after.units.find((u) => u.id === group.id)).toMatchObject({ parentId: from.id, path: `${fx.units.wardA2.path}${from.id}/${group.id}/` });
    expect({ ...after, units: undefined }).toEqual({ ...before, units: undefined });
  });

  it('merge: the survivor leaves the ward before the lock; refused as not found, members stay', async () => {
    const merged = await unit(fx.units.wardA1);
    const survivor = await unit(fx.units.wardA1);
    await member(merged);
    actAs(fx.users.staffA1.id);
    const before = await writes();
    const result = await racedByMove(survivor, fx.units.wardA2, () => mergeUnionAction(idle, form({ unitId: merged.id, survivorId: survivor.id, confirm: 'on', ...decision })));
    expect(result).toMatchObject({ status: 'error', code: 'notFound' });
    const after = await writes();
    expect(after.units.find((u) => u.id === merged.id)).toMatchObject({ status: 'active' });
    expect({ ...after, units: undefined }).toEqual({ ...before, units: undefined });
  });

  it('dissolve: the union itself, or the union its members go to, leaves the ward before the lock; refused as not found', async () => {
    const closing = await unit(fx.units.wardA1);
    const receiving = await unit(fx.units.wardA1);
    await member(closing);
    actAs(fx.users.staffA1.id);
    const fields = { unitId: closing.id, reason: 'Doanh nghiệp giải thể', membersOutcome: 'transfer', survivorId: receiving.id, confirm: 'on', ...decision };
    let before = await writes();
    expect(await racedByMove(receiving, fx.units.wardA2, () => dissolveUnionAction(idle, form(fields)))).toMatchObject({ status: 'error', code: 'notFound' });
    let after = await writes();
    expect({ ...after, units: undefined }).toEqual({ ...before, units: undefined });

    const alone = await unit(fx.units.wardA1);
    before = await writes();
    const leave = { unitId: alone.id, reason: 'Doanh nghiệp giải thể', confirm: 'on', ...decision };
    expect(await racedByMove(alone, fx.units.wardA2, () => dissolveUnionAction(idle, form(leave)))).toMatchObject({ status: 'error', code: 'notFound' });
    after = await writes();
    expect(after.units.find((u) => u.id === alone.id)).toMatchObject({ status: 'active', parentId: fx.units.wardA2.id });
    expect({ ...after, units: undefined }).toEqual({ ...before, units: undefined });
  });

  it('the same race for an admin, whose scope holds both wards, goes through under the new path', async () => {
    const from = await unit(fx.units.wardA1);
    const target = await unit(fx.units.wardA1);
    const group = await unit(from, 'group');
    actAs(fx.users.admin.id);
    const result = await racedByMove(target, fx.units.wardA2, () => transferUnitsAction(idle, form({ unitIds: group.id, targetParentId: target.id, ...decision })));
    expect(result).toMatchObject({ status: 'ok' });
    expect(await db.unit.findUniqueOrThrow({ where: { id: group.id } })).toMatchObject({ parentId: target.id, path: `${fx.units.wardA2.path}${target.id}/${group.id}/` });
  });
});
