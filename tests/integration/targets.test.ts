// Setting targets, splitting them among children, and entering a manual actual, through the whole
// pipeline against real PostgreSQL: who may, who is refused (and how), and that a refusal writes nothing.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { deleteTargetAction, reportManualAction, saveTargetAction, splitTargetAction } from '@/lib/targets/actions';
import { listTargets } from '@/lib/targets/data';
import { idle } from '@/lib/forms/action-state';
import { actAs } from '../support/request-context';
import { createFixtureTree, form, type Fixture } from '../support/fixtures';

let fx: Fixture;

beforeAll(async () => {
  fx = await createFixtureTree();
});
beforeEach(() => actAs(null));

const save = (fields: Record<string, string | number>) =>
  saveTargetAction(idle, form({ unitId: fx.units.wardA1.id, year: 2026, metric: 'new_members', valueMin: '300', ...fields }));
const rowsNow = async () => ({ targets: await db.target.count(), audit: await db.auditLog.count(), sum: (await db.target.aggregate({ _sum: { valueMin: true } }))._sum.valueMin?.toString() ?? '0' });

describe('saveTargetAction', () => {
  it('lets staff of the unit set a count target, and edit it with its version', async () => {
    actAs(fx.users.staffA1.id);
    const created = await save({ metric: 'new_grassroots', valueMin: '5' });
    expect(created).toMatchObject({ status: 'ok' });
    const targetId = created.status === 'ok' ? created.data.targetId : 0;
    expect(await db.target.findUniqueOrThrow({ where: { id: targetId } })).toMatchObject({ unitId: fx.units.wardA1.id, shape: 'count', version: 1 });
    expect(await save({ targetId, version: 1, metric: 'new_grassroots', valueMin: '6' })).toMatchObject({ status: 'ok' });
    expect(Number((await db.target.findUniqueOrThrow({ where: { id: targetId } })).valueMin)).toBe(6);
    // A stale version is refused and changes nothing.
    expect(await save({ targetId, version: 1, metric: 'new_grassroots', valueMin: '9' })).toMatchObject({ status: 'error', code: 'conflict' });
    expect(Number((await db.target.findUniqueOrThrow({ where: { id: targetId } })).valueMin)).toBe(6);
    expect(await db.auditLog.count({ where: { action: 'target.manage', entityId: String(targetId) } })).toBe(2);
  });

  it('lets staff above set a range share target for a grassroots union (65–70%)', async () => {
    actAs(fx.users.staffA1.id);
    expect(await save({ unitId: fx.units.g1.id, metric: 'app_adoption', valueMin: '65', valueMax: '70' })).toMatchObject({ status: 'ok' });
    expect(await db.target.findFirstOrThrow({ where: { unitId: fx.units.g1.id, metric: 'app_adoption' } })).toMatchObject({ shape: 'share_people' });
  });

  it('refuses one branch over (not found), a leader and a chair (forbidden), no session, no Origin, and writes nothing', async () => {
    const before = await rowsNow();
    actAs(fx.users.staffA2.id);
    expect(await save({})).toMatchObject({ status: 'error', code: 'notFound' });
    for (const user of [fx.users.leaderA1, fx.users.chairG1]) {
      actAs(user.id);
      expect(await save({ unitId: fx.units.g1.id })).toMatchObject({ status: 'error', code: 'forbidden' });
    }
    actAs(null);
    expect(await save({})).toMatchObject({ status: 'error', code: 'unauthenticated' });
    actAs(fx.users.staffA1.id, { origin: null });
    expect(await save({})).toMatchObject({ status: 'error', code: 'badOrigin' });
    actAs(fx.users.staffA1.id, { origin: 'https://evil.example' });
    expect(await save({})).toMatchObject({ status: 'error', code: 'badOrigin' });
    expect(await rowsNow()).toEqual(before);
  });

  it('names the field of bad input and keeps what was typed', async () => {
    actAs(fx.users.staffA1.id);
    const before = await rowsNow();
    const cases: [Record<string, string>, string, string][] = [
      [{ valueMin: 'ba trăm' }, 'valueMin', 'errors.field.targetNumber'],
      [{ valueMin: '' }, 'valueMin', 'errors.field.required'],
      [{ metric: 'cba_coverage', valueMin: '120' }, 'valueMin', 'errors.field.shareOver100'],
      [{ metric: 'app_adoption', valueMin: '70', valueMax: '65' }, 'valueMax', 'errors.field.rangeOrder'],
      [{ metric: 'manual', valueMin: '100' }, 'label', 'errors.field.required'],
      [{ metric: 'no_such_metric' }, 'metric', 'errors.field.choice'],
    ];
    for (const [fields, field, key] of cases) {
      const result = await save(fields);
      expect(result, JSON.stringify(fields)).toMatchObject({ status: 'error', code: 'invalid', fieldErrors: { [field]: [{ key }] } });
      expect(result.status === 'error' && result.values?.valueMin).toBe(fields.valueMin ?? '300');
    }
    // The same metric twice for one unit and year is refused beside the metric.
    expect(await save({ metric: 'awards', valueMin: '3' })).toMatchObject({ status: 'ok' });
    expect(await save({ metric: 'awards', valueMin: '4' })).toMatchObject({ status: 'error', fieldErrors: { metric: [{ key: 'errors.target.exists' }] } });
    expect((await rowsNow()).targets).toBe(before.targets + 1);
  });
});

describe('splitTargetAction (cascade)', () => {
  it('splits a ward count target among its grassroots unions; children see their share; a foreign unit is not found', async () => {
    actAs(fx.users.staffA1.id);
    const created = await save({ metric: 'new_members', valueMin: '300' });
    const targetId = created.status === 'ok' ? created.data.targetId : 0;
    const split = (fields: Record<string, string | number>) => splitTargetAction(idle, form({ targetId, ...fields }));
    expect(await split({ [`share_${fx.units.g1.id}`]: '180', [`share_${fx.units.g2.id}`]: '100' })).toMatchObject({ status: 'ok' });
    const children = await db.target.findMany({ where: { parentTargetId: targetId }, orderBy: { unitId: 'asc' } });
    expect(children.map((c) => [c.unitId, Number(c.valueMin)])).toEqual([[fx.units.g1.id, 180], [fx.units.g2.id, 100]]);
    // The child's own list carries its share's parent value (one join, lib/targets/data.ts).
    const [share] = await listTargets(fx.units.g1.id, children[0].year);
    expect(share).toMatchObject({ unitId: fx.units.g1.id, metric: 'new_members', valueMin: 180, parentTargetId: targetId, parentValue: 300, valueMax: null, manualActual: null });

    const before = await rowsNow();
    expect(await split({ [`share_${fx.units.g3.id}`]: '20' })).toMatchObject({ status: 'error', code: 'notFound' });
    expect(await split({ [`share_${fx.units.g1.id}`]: 'nhiều' })).toMatchObject({ status: 'error', fieldErrors: { [`share_${fx.units.g1.id}`]: [{ key: 'errors.field.targetNumber' }] } });
    actAs(fx.users.staffA2.id);
    expect(await split({ [`share_${fx.units.g1.id}`]: '1' })).toMatchObject({ status: 'error', code: 'notFound' });
    actAs(fx.users.leaderA1.id);
    expect(await split({ [`share_${fx.units.g1.id}`]: '1' })).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(null);
    expect(await split({ [`share_${fx.units.g1.id}`]: '1' })).toMatchObject({ status: 'error', code: 'unauthenticated' });
    expect(await rowsNow()).toEqual(before);
  });

  it('refuses to split a share target', async () => {
    actAs(fx.users.staffA1.id);
    const created = await save({ metric: 'cba_coverage', valueMin: '85' });
    const targetId = created.status === 'ok' ? created.data.targetId : 0;
    expect(await splitTargetAction(idle, form({ targetId, [`share_${fx.units.g1.id}`]: '85' }))).toMatchObject({ status: 'error', code: 'conflict' });
  });
});

describe('reportManualAction and deleteTargetAction', () => {
  it('lets the chair enter the actual of their own union’s manual target with evidence; others are refused', async () => {
    actAs(fx.users.staffA1.id);
    const created = await save({ unitId: fx.units.g1.id, metric: 'manual', valueMin: '100', label: 'Cán bộ nắm vững Nghị quyết Đại hội' });
    const targetId = created.status === 'ok' ? created.data.targetId : 0;
    const report = (fields: Record<string, string | number>) => reportManualAction(idle, form({ targetId, version: 1, manualActual: '95', evidenceNote: 'Biên bản hội nghị quán triệt ngày 12/03/2026', ...fields }));

    const before = await rowsNow();
    actAs(fx.users.chairG3.id);
    expect(await report({})).toMatchObject({ status: 'error', code: 'notFound' });
    actAs(fx.users.leaderA1.id);
    expect(await report({})).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(null);
    expect(await report({})).toMatchObject({ status: 'error', code: 'unauthenticated' });
    actAs(fx.users.chairG1.id);
    expect(await report({ evidenceNote: '' })).toMatchObject({ status: 'error', fieldErrors: { evidenceNote: [{ key: 'errors.field.evidenceRequired' }] } });
    expect(await rowsNow()).toEqual(before);

    expect(await report({})).toMatchObject({ status: 'ok' });
    expect(await db.target.findUniqueOrThrow({ where: { id: targetId } })).toMatchObject({ evidenceNote: 'Biên bản hội nghị quán triệt ngày 12/03/2026', version: 2 });
    // The chair may not set targets, nor delete them.
    expect(await deleteTargetAction(idle, form({ targetId, confirm: 'yes' }))).toMatchObject({ status: 'error', code: 'forbidden' });
  });

  it('deletes with a confirmation only', async () => {
    actAs(fx.users.staffA1.id);
    const created = await save({ metric: 'initiatives', valueMin: '20' });
    const targetId = created.status === 'ok' ? created.data.targetId : 0;
    expect(await deleteTargetAction(idle, form({ targetId }))).toMatchObject({ status: 'error', fieldErrors: { confirm: [{ key: 'errors.field.confirmRequired' }] } });
    expect(await deleteTargetAction(idle, form({ targetId, confirm: 'yes' }))).toMatchObject({ status: 'ok' });
    expect(await db.target.count({ where: { id: targetId } })).toBe(0);
  });
});
