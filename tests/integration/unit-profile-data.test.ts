// The reads behind a grassroots union's profile page: profile columns, the chair slot and the timeline.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getUnitProfile, listUnitEvents, listUnitOfficials } from '@/lib/units/data';
import { createFixtureTree, type Fixture } from '../support/fixtures';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixtureTree();
  const { g1, wardA1, wardA2 } = fx.units;
  await db.unit.update({ where: { id: g1.id }, data: { sector: 'cooperative', employerName: 'HTX Một', workforceTotal: 40, workforceWomen: 12 } });
  await db.unitEvent.createMany({ data: [
    { unitId: g1.id, kind: 'founded', occurredOn: new Date('2015-04-01'), decisionNumber: '15/QĐ', toParentId: wardA2.id },
    { unitId: g1.id, kind: 'transferred', occurredOn: new Date('2025-07-01'), decisionNumber: '1586/QĐ-LĐLĐ', fromParentId: wardA2.id, toParentId: wardA1.id },
    { unitId: g1.id, kind: 'profile_changed', occurredOn: new Date('2026-01-10'), actorId: fx.users.chairG1.id, changes: { workforceTotal: [35, 40] } },
  ] });
});

describe('profile reads', () => {
  it('returns the profile columns with the version used for optimistic locking', async () => {
    expect(await getUnitProfile(fx.units.g1.id)).toMatchObject({ sector: 'cooperative', employerName: 'HTX Một', workforceTotal: 40, workforceWomen: 12, version: 1 });
  });

  it('fills the chair slot from active chair grants only', async () => {
    expect((await listUnitOfficials(fx.units.g1.id)).map((o) => o.name)).toEqual(['chairG1']);
    expect(await listUnitOfficials(fx.units.g2.id)).toEqual([]);
  });

  it('lists the timeline newest first, with parent names, the decision and who made a change', async () => {
    const events = await listUnitEvents(fx.units.g1.id);
    expect(events.map((e) => e.kind)).toEqual(['profile_changed', 'transferred', 'founded']);
    expect(events[0]).toMatchObject({ actorName: 'chairG1', changes: { workforceTotal: [35, 40] } });
    expect(events[1]).toMatchObject({ decisionNumber: '1586/QĐ-LĐLĐ', fromParent: { name: 'Công đoàn phường A2' }, toParent: { name: 'Công đoàn phường A1' } });
  });
});
