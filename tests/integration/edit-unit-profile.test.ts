// Editing a grassroots union's profile through the whole pipeline: allowed per role, refused one
// branch over / for a lower role / without a session / without Origin, each proving nothing changed;
// and optimistic locking: the second of two saves from the same version is refused, saying what changed.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { updateUnitProfileAction } from '@/lib/units/actions';
import { idle } from '@/lib/forms/action-state';
import { actAs } from '../support/request-context';
import { createFixtureTree, form, type Fixture } from '../support/fixtures';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixtureTree();
});
beforeEach(() => actAs(null));

const save = (fields: Record<string, string | number>) => updateUnitProfileAction(idle, form(fields));

/** The unit row and the tables this action writes: equal before and after a refusal. */
async function snapshot(unitId: number) {
  const [unit, audit, events] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { id: unitId } }),
    db.auditLog.count(),
    db.unitEvent.count(),
  ]);
  return { unit, audit, events };
}

async function versionOf(unitId: number) {
  return (await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { version: true } })).version;
}

const chairFields = { employerName: 'Công ty TNHH Một', employerTaxCode: '0201234567', employerAddress: 'Số 5, phường A1', workforceTotal: '120', workforceWomen: '70', cbaSignedOn: '01/03/2025', cbaExpiresOn: '28/02/2028', cbaNote: '' };

describe('updateUnitProfileAction', () => {
  it('lets ward staff edit every profile field in scope: version bumped, a renamed event and one audit row', async () => {
    actAs(fx.users.staffA1.id);
    const before = await snapshot(fx.units.g2.id);
    const result = await save({ unitId: fx.units.g2.id, version: before.unit.version, name: 'Công đoàn cơ sở Công ty Hai Mới', sector: 'foreign_invested', foundingDecisionNumber: '12/QĐ-CĐ', foundingDecisionOn: '02/01/2020', ...chairFields });
    expect(result).toMatchObject({ status: 'ok', data: { version: before.unit.version + 1 } });
    const unit = await db.unit.findUniqueOrThrow({ where: { id: fx.units.g2.id } });
    expect(unit).toMatchObject({ name: 'Công đoàn cơ sở Công ty Hai Mới', nameSearch: 'cong doan co so cong ty hai moi', sector: 'foreign_invested', workforceTotal: 120, workforceWomen: 70, employerTaxCode: '0201234567' });
    expect(unit.cbaExpiresOn?.toISOString().slice(0, 10)).toBe('2028-02-28');
    const event = await db.unitEvent.findFirstOrThrow({ where: { unitId: fx.units.g2.id }, orderBy: { id: 'desc' } });
    expect(event).toMatchObject({ kind: 'renamed', actorId: fx.users.staffA1.id });
    expect(event.changes).toMatchObject({ name: ['Công đoàn cơ sở Công ty Hai', 'Công đoàn cơ sở Công ty Hai Mới'], workforceTotal: [null, 120] });
    const audit = await db.auditLog.findMany({ where: { entity: 'unit', entityId: String(fx.units.g2.id), action: 'unit.editProfile' } });
    expect(audit).toHaveLength(1);
    expect(await db.auditLog.count()).toBe(before.audit + 1);
  });

  it('lets a chair edit their own union’s employer, workforce and agreement', async () => {
    actAs(fx.users.chairG1.id);
    const version = await versionOf(fx.units.g1.id);
    expect(await save({ unitId: fx.units.g1.id, version, ...chairFields })).toMatchObject({ status: 'ok' });
    expect(await db.unit.findUniqueOrThrow({ where: { id: fx.units.g1.id } })).toMatchObject({ employerName: 'Công ty TNHH Một', version: version + 1 });
    const event = await db.unitEvent.findFirstOrThrow({ where: { unitId: fx.units.g1.id }, orderBy: { id: 'desc' } });
    expect(event.kind).toBe('profile_changed');
  });

  it('refuses a chair who sends a structural field (name, sector, founding decision), and writes nothing', async () => {
    actAs(fx.users.chairG1.id);
    const before = await snapshot(fx.units.g1.id);
    const extras: Record<string, string>[] = [{ name: 'Tên khác' }, { sector: 'other' }, { foundingDecisionNumber: '1/QĐ' }];
    for (const extra of extras) {
      expect(await save({ unitId: fx.units.g1.id, version: before.unit.version, ...chairFields, ...extra })).toMatchObject({ status: 'error', code: 'forbidden' });
    }
    expect(await snapshot(fx.units.g1.id)).toEqual(before);
  });

  it('refuses staff and the chair one branch over as not found', async () => {
    const before = await snapshot(fx.units.g1.id);
    for (const user of [fx.users.staffA2, fx.users.chairG3]) {
      actAs(user.id);
      expect(await save({ unitId: fx.units.g1.id, version: before.unit.version, ...chairFields })).toMatchObject({ status: 'error', code: 'notFound' });
    }
    expect(await snapshot(fx.units.g1.id)).toEqual(before);
  });

  it('refuses a leader (read-only) in scope as forbidden', async () => {
    actAs(fx.users.leaderA1.id);
    const before = await snapshot(fx.units.g1.id);
    expect(await save({ unitId: fx.units.g1.id, version: before.unit.version, ...chairFields })).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(await snapshot(fx.units.g1.id)).toEqual(before);
  });

  it('refuses without a session, with a deactivated account, and without an Origin header', async () => {
    const before = await snapshot(fx.units.g1.id);
    const input = { unitId: fx.units.g1.id, version: before.unit.version, ...chairFields, employerName: 'Khác' };
    actAs(null);
    expect(await save(input)).toMatchObject({ status: 'error', code: 'unauthenticated' });
    actAs(fx.users.inactiveChairG1.id);
    expect(await save(input)).toMatchObject({ status: 'error', code: 'unauthenticated' });
    actAs(fx.users.chairG1.id, { origin: null });
    expect(await save(input)).toMatchObject({ status: 'error', code: 'badOrigin' });
    expect(await snapshot(fx.units.g1.id)).toEqual(before);
  });

  it('refuses the second of two saves from the same version, naming who changed what, and keeps the typed values', async () => {
    actAs(fx.users.staffA1.id);
    const version = await versionOf(fx.units.g1.id);
    const unit = await db.unit.findUniqueOrThrow({ where: { id: fx.units.g1.id } });
    const base = JSON.stringify({ employerName: unit.employerName, workforceTotal: unit.workforceTotal, cbaNote: unit.cbaNote });
    expect(await save({ unitId: fx.units.g1.id, version, base, workforceTotal: '150' })).toMatchObject({ status: 'ok' });
    const before = await snapshot(fx.units.g1.id);
    actAs(fx.users.chairG1.id);
    const second = await save({ unitId: fx.units.g1.id, version, base, cbaNote: 'Ghi chú của chủ tịch' });
    expect(second).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.unit.staleProfile' }, values: { cbaNote: 'Ghi chú của chủ tịch' } });
    if (second.status !== 'error') return;
    expect(second.message.params?.by).toBe('staffA1');
    expect(JSON.parse(String(second.message.params?.changed))).toEqual({ workforceTotal: 150 });
    expect(second.message.params?.version).toBe(version + 1);
    expect(await snapshot(fx.units.g1.id)).toEqual(before);
  });

  it('validates: women within the workforce, agreement dates in order, tax code shape', async () => {
    actAs(fx.users.staffA1.id);
    const before = await snapshot(fx.units.g1.id);
    const result = await save({ unitId: fx.units.g1.id, version: before.unit.version, workforceTotal: '10', workforceWomen: '11', cbaSignedOn: '01/01/2025', cbaExpiresOn: '01/01/2024', employerTaxCode: '12AB' });
    expect(result).toMatchObject({ status: 'error', code: 'invalid' });
    if (result.status !== 'error') return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['cbaExpiresOn', 'employerTaxCode', 'workforceWomen']);
    expect(await snapshot(fx.units.g1.id)).toEqual(before);
  });

  it('refuses a profile for a unit that is not a grassroots union', async () => {
    actAs(fx.users.staffA1.id);
    const before = await snapshot(fx.units.wardA1.id);
    expect(await save({ unitId: fx.units.wardA1.id, version: before.unit.version, employerName: 'X' })).toMatchObject({ status: 'error', code: 'conflict' });
    expect(await snapshot(fx.units.wardA1.id)).toEqual(before);
  });
});
