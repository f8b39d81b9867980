// Reads of the tree given a scope: outside it a unit is exactly as absent as one that does not exist.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { loadActor } from '@/lib/auth/data';
import { getParentChain, getSubtreeTotals, getUnit, listChildrenWithCounts, listScopeRootUnits } from '@/lib/units/data';
import { registerMember } from '@/lib/members/mutations';
import { createFixtureTree, NO_DETAILS, type Fixture } from '../support/fixtures';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixtureTree();
  const person = (n: number, gender: 'male' | 'female') => ({
    fullName: `Người ${n}`, gender, birthDate: new Date(Date.UTC(1990, 0, 1)), cccd: `00109000000${n}`, phone: null, joinDate: new Date(Date.UTC(2020, 0, 1)), jobTitle: null, unitId: 0, ...NO_DETAILS,
  });
  await registerMember(fx.users.admin.id, fx.units.g1, person(1, 'female'));
  await registerMember(fx.users.admin.id, fx.units.g1, person(2, 'male'));
  await registerMember(fx.users.admin.id, fx.units.g3, person(3, 'female'));
  await registerMember(fx.users.admin.id, fx.units.g4, person(4, 'female'));
});

const actor = async (user: { id: number }) => (await loadActor(user.id))!;

describe('units in scope', () => {
  it('finds a unit in scope and its descendants, and nothing else', async () => {
    const staff = await actor(fx.users.staffA1);
    expect((await getUnit(staff, fx.units.wardA1.id))?.code).toBe('A1');
    expect((await getUnit(staff, fx.units.g1group.id))?.code).toBe('A1-G1-T1');
    for (const outside of [fx.units.wardA2, fx.units.g3, fx.units.fedA, fx.units.root, fx.units.g4]) {
      expect(await getUnit(staff, outside.id)).toBeNull();
    }
    expect(await getUnit(staff, 987_654)).toBeNull();
    expect(await getUnit(staff, Number.NaN)).toBeNull();
    expect(await getUnit(null, fx.units.wardA1.id)).toBeNull();
  });

  it('checks the action too: a leader sees a union but may not register into it', async () => {
    const leader = await actor(fx.users.leaderA1);
    expect(await getUnit(leader, fx.units.g1.id)).not.toBeNull();
    expect(await getUnit(leader, fx.units.g1.id, 'member.register')).toBeNull();
  });

  it('names the whole parent chain but links only inside the scope', async () => {
    const chair = await actor(fx.users.chairG1);
    const chain = await getParentChain(chair, fx.units.g1group);
    expect(chain.map((u) => [u.id, u.isInScope])).toEqual([
      [fx.units.root.id, false],
      [fx.units.fedA.id, false],
      [fx.units.wardA1.id, false],
      [fx.units.g1.id, true],
    ]);
  });

  it('counts children and subtrees from the counters', async () => {
    const children = await listChildrenWithCounts(fx.units.fedA.id);
    expect(children.map((c) => [c.code, c.activeMembers, c.activeWomen, c.grassrootsUnits])).toEqual([
      ['A1', 2, 1, 2],
      ['A2', 1, 1, 1],
    ]);
    expect(await getSubtreeTotals(fx.units.root)).toEqual({ activeMembers: 4, activeWomen: 3, grassrootsUnits: 4 });
    expect(await getSubtreeTotals(fx.units.g3)).toEqual({ activeMembers: 1, activeWomen: 1, grassrootsUnits: 1 });
  });

  it('lists the top of the scope once, however many nested grants', async () => {
    await db.roleGrant.create({ data: { userId: fx.users.staffA1.id, unitId: fx.units.g1.id, role: 'chair' } });
    const staff = await actor(fx.users.staffA1);
    expect((await listScopeRootUnits(staff)).map((u) => u.code)).toEqual(['A1']);
  });
});
