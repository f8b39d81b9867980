// The employers-without-a-union pipeline through the whole pipeline: adding and editing (with a
// version check) in the officer's ward, refusals writing nothing, and establishing a grassroots union
// from an employer (at least 5 applications; linked both ways; provisional chair kept; only once).
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { addEmployerAction, updateEmployerAction } from '@/lib/employers/actions';
import { establishUnionAction } from '@/lib/units/actions';
import { idle } from '@/lib/forms/action-state';
import { actAs } from '../support/request-context';
import { createFixtureTree, form, type Fixture } from '../support/fixtures';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixtureTree();
});
beforeEach(() => actAs(null));

const employerFields = { name: 'Công ty TNHH Dệt may Hòa Bình', taxCode: '0201234567', address: 'Khu công nghiệp Nam Cầu Kiền', workforceTotal: '320', groupFormedOn: '10/03/2026', applicationsReceived: '3', foundingConferenceOn: '', status: 'mobilising' };
const add = (fields: Record<string, string | number>) => addEmployerAction(idle, form({ ...employerFields, ...fields }));
const edit = (fields: Record<string, string | number>) => updateEmployerAction(idle, form({ ...employerFields, ...fields }));
let code = 0;
const establish = (fields: Record<string, string | number>) =>
  establishUnionAction(idle, form({ name: 'Công đoàn cơ sở Công ty TNHH Dệt may Hòa Bình', code: `EMP-${++code}`, sector: 'non_state_enterprise', employerName: 'Công ty TNHH Dệt may Hòa Bình', foundingDecisionNumber: '12/QĐ-CĐP', foundingDecisionOn: '20/04/2026', ...fields }));

async function counts() {
  const [employers, audit, units] = await Promise.all([db.unionlessEmployer.findMany({ orderBy: { id: 'asc' } }), db.auditLog.count(), db.unit.count()]);
  return { employers, audit, units };
}

describe('addEmployerAction and updateEmployerAction', () => {
  it('lets the ward officer add an employer and edit its mobilisation, with an audit row each', async () => {
    actAs(fx.users.staffA1.id);
    const added = await add({ wardUnitId: fx.units.wardA1.id });
    expect(added).toMatchObject({ status: 'ok' });
    if (added.status !== 'ok') return;
    const row = await db.unionlessEmployer.findUniqueOrThrow({ where: { id: added.data.employerId } });
    expect(row).toMatchObject({ wardUnitId: fx.units.wardA1.id, nameSearch: 'cong ty tnhh det may hoa binh', taxCode: '0201234567', workforceTotal: 320, applicationsReceived: 3, status: 'mobilising', version: 1 });
    expect(await edit({ employerId: row.id, version: 1, applicationsReceived: '7', foundingConferenceOn: '15/04/2026' })).toMatchObject({ status: 'ok', data: { version: 2 } });
    expect(await db.unionlessEmployer.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ applicationsReceived: 7, version: 2 });
    expect(await db.auditLog.count({ where: { entity: 'employer', entityId: String(row.id) } })).toBe(2);
    // A stale version is refused and writes nothing.
    const before = await counts();
    expect(await edit({ employerId: row.id, version: 1, applicationsReceived: '9' })).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.unit.staleEmployer' } });
    expect(await counts()).toEqual(before);
  });

  it('refuses the sibling ward (not found), a leader (forbidden), no session; bad input names the field; writes nothing', async () => {
    actAs(fx.users.admin.id);
    const added = await add({ wardUnitId: fx.units.wardA1.id });
    const employerId = added.status === 'ok' ? added.data.employerId : 0;
    const before = await counts();
    actAs(fx.users.staffA2.id);
    expect(await add({ wardUnitId: fx.units.wardA1.id })).toMatchObject({ status: 'error', code: 'notFound' });
    expect(await edit({ employerId, version: 1 })).toMatchObject({ status: 'error', code: 'notFound' });
    actAs(fx.users.leaderA1.id);
    expect(await add({ wardUnitId: fx.units.wardA1.id })).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(await edit({ employerId, version: 1 })).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(null);
    expect(await add({ wardUnitId: fx.units.wardA1.id })).toMatchObject({ status: 'error', code: 'unauthenticated' });
    actAs(fx.users.staffA1.id);
    expect(await add({ wardUnitId: fx.units.wardA1.id, name: '', taxCode: '12', applicationsReceived: '400' })).toMatchObject({
      status: 'error', code: 'invalid',
      fieldErrors: { name: [{ key: 'errors.field.required' }], taxCode: [{ key: 'errors.unit.taxCode' }], applicationsReceived: [{ key: 'errors.unit.applicationsAboveWorkforce' }] },
      values: { taxCode: '12' },
    });
    expect(await add({ wardUnitId: fx.units.g1.id })).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.unit.notWard' } });
    expect(await counts()).toEqual(before);
  });
});

describe('establishing a union from an employer', () => {
  it('needs at least 5 applications, then links employer and union both ways and keeps the provisional chair; only once', async () => {
    actAs(fx.users.staffA1.id);
    const added = await add({ wardUnitId: fx.units.wardA1.id, applicationsReceived: '4' });
    const employerId = added.status === 'ok' ? added.data.employerId : 0;
    const before = await counts();
    expect(await establish({ parentId: fx.units.wardA1.id, employerId })).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.unit.employerNotReady' } });
    expect(await counts()).toEqual(before);

    await edit({ employerId, version: 1, applicationsReceived: '6' });
    const result = await establish({ parentId: fx.units.wardA1.id, employerId, provisionalChair: 'Nguyễn Thị Hoa' });
    expect(result).toMatchObject({ status: 'ok' });
    if (result.status !== 'ok') return;
    const unit = await db.unit.findUniqueOrThrow({ where: { id: result.data.unitId }, include: { fromEmployer: true } });
    expect(unit).toMatchObject({ provisionalChair: 'Nguyễn Thị Hoa', parentId: fx.units.wardA1.id, fromEmployer: { id: employerId, status: 'established' } });
    expect(await db.unionlessEmployer.findUniqueOrThrow({ where: { id: employerId } })).toMatchObject({ establishedUnitId: unit.id, status: 'established' });

    const afterFirst = await counts();
    expect(await establish({ parentId: fx.units.wardA1.id, employerId })).toMatchObject({ status: 'error', message: { key: 'errors.unit.employerEstablished' } });
    expect(await edit({ employerId, version: 3 })).toMatchObject({ status: 'error', message: { key: 'errors.unit.employerEstablished' } });
    expect(await counts()).toEqual(afterFirst);
  });

  it('refuses an employer of another ward as not found, writing nothing', async () => {
    actAs(fx.users.admin.id);
    const added = await add({ wardUnitId: fx.units.wardA2.id, applicationsReceived: '8' });
    const employerId = added.status === 'ok' ? added.data.employerId : 0;
    const before = await counts();
    expect(await establish({ parentId: fx.units.wardA1.id, employerId })).toMatchObject({ status: 'error', code: 'notFound' });
    expect(await counts()).toEqual(before);
  });
});
