// Establishing a grassroots union through the whole pipeline: allowed in scope (unit, path, counter,
// parent link, founded event, audit row), refused one branch over, for a lower role, without a session
// or Origin, each writing nothing; and the invariants: kind rules and unique codes.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { establishUnionAction } from '@/lib/units/actions';
import { idle } from '@/lib/forms/action-state';
import { actAs } from '../support/request-context';
import { createFixtureTree, form, type Fixture } from '../support/fixtures';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixtureTree();
});
beforeEach(() => actAs(null));

const establish = (fields: Record<string, string | number>) => establishUnionAction(idle, form(fields));
let nextCode = 1;
const input = (parentId: number, overrides: Record<string, string> = {}) => ({
  parentId, name: 'Công đoàn cơ sở Công ty TNHH Sao Mai', code: `new-${nextCode++}`, sector: 'non_state_enterprise',
  employerName: 'Công ty TNHH Sao Mai', foundingDecisionNumber: '45/QĐ-CĐP', foundingDecisionOn: '10/03/2026', ...overrides,
});

async function counts() {
  const [units, links, events, audit, counters] = await Promise.all([db.unit.count(), db.unitParentLink.count(), db.unitEvent.count(), db.auditLog.count(), db.unitCounter.count()]);
  return { units, links, events, audit, counters };
}

describe('establishUnionAction', () => {
  it('establishes a grassroots union under the officer’s ward: path, counter, parent link, founded event, audit row', async () => {
    actAs(fx.users.staffA1.id);
    const before = await counts();
    const result = await establish(input(fx.units.wardA1.id, { code: 'a1-g9' }));
    expect(result).toMatchObject({ status: 'ok' });
    if (result.status !== 'ok') return;
    const unit = await db.unit.findUniqueOrThrow({ where: { id: result.data.unitId } });
    expect(unit).toMatchObject({ kind: 'grassroots', code: 'A1-G9', parentId: fx.units.wardA1.id, path: `${fx.units.wardA1.path}${unit.id}/`, depth: 3, sector: 'non_state_enterprise', foundingDecisionNumber: '45/QĐ-CĐP', nameSearch: 'cong doan co so cong ty tnhh sao mai' });
    expect(unit.foundedOn?.toISOString().slice(0, 10)).toBe('2026-03-10');
    expect(await db.unitParentLink.findFirst({ where: { unitId: unit.id } })).toMatchObject({ toParentId: fx.units.wardA1.id, decisionNumber: '45/QĐ-CĐP' });
    expect(await db.unitEvent.findFirst({ where: { unitId: unit.id } })).toMatchObject({ kind: 'founded', actorId: fx.users.staffA1.id, toParentId: fx.units.wardA1.id });
    expect(await db.unitPathHistory.findMany({ where: { unitId: unit.id } })).toMatchObject([{ path: unit.path, validFrom: unit.foundedOn, validTo: null }]);
    expect(await db.auditLog.findFirst({ where: { entity: 'unit', entityId: String(unit.id) } })).toMatchObject({ action: 'unit.establish', actorId: fx.users.staffA1.id });
    expect(await counts()).toEqual({ units: before.units + 1, links: before.links + 1, events: before.events + 1, audit: before.audit + 1, counters: before.counters + 1 });
  });

  it('lets an admin establish directly under a federation', async () => {
    actAs(fx.users.admin.id);
    expect(await establish(input(fx.units.fedB.id))).toMatchObject({ status: 'ok' });
  });

  it('refuses ward staff one branch over as not found, and writes nothing', async () => {
    actAs(fx.users.staffA2.id);
    const before = await counts();
    expect(await establish(input(fx.units.wardA1.id))).toMatchObject({ status: 'error', code: 'notFound' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a leader and a chair as forbidden (a chair never changes structure)', async () => {
    const before = await counts();
    actAs(fx.users.leaderA1.id);
    expect(await establish(input(fx.units.wardA1.id))).toMatchObject({ status: 'error', code: 'forbidden' });
    // The chair's scope is their own union: a group under it would break the kind rule anyway,
    // but the role is refused first.
    actAs(fx.users.chairG1.id);
    expect(await establish(input(fx.units.g1.id))).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(await counts()).toEqual(before);
  });

  it('refuses without a session and without an Origin header', async () => {
    const before = await counts();
    expect(await establish(input(fx.units.wardA1.id))).toMatchObject({ status: 'error', code: 'unauthenticated' });
    actAs(fx.users.staffA1.id, { origin: null });
    expect(await establish(input(fx.units.wardA1.id))).toMatchObject({ status: 'error', code: 'badOrigin' });
    expect(await counts()).toEqual(before);
  });

  it('keeps the kind rule: no grassroots union under a grassroots union, a group or the confederation', async () => {
    actAs(fx.users.admin.id);
    const before = await counts();
    for (const parent of [fx.units.g1, fx.units.g1group, fx.units.root]) {
      expect(await establish(input(parent.id))).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.unit.kindRule' } });
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a code already in use, anywhere in the tree, beside the field', async () => {
    actAs(fx.users.staffA1.id);
    const before = await counts();
    const result = await establish(input(fx.units.wardA1.id, { code: 'b1-g4' }));
    expect(result).toMatchObject({ status: 'error', code: 'conflict', fieldErrors: { code: [{ key: 'errors.unit.codeTaken' }] }, values: { code: 'b1-g4' } });
    expect(await counts()).toEqual(before);
  });
});
