// Movements: launch, join, report, and who sees what — through the actions against real PostgreSQL.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { joinMovementAction, launchMovementAction, reportMovementAction } from '@/lib/movements/actions';
import { getMovement, movementParticipation } from '@/lib/movements/data';
import { idle } from '@/lib/forms/action-state';
import { actAs } from '../support/request-context';
import { createFixtureTree, form, type Fixture } from '../support/fixtures';

let fx: Fixture;
let movementId: number;
beforeAll(async () => {
  fx = await createFixtureTree();
});
beforeEach(() => actAs(null));

const launch = (fields: Record<string, string | number>) => launchMovementAction(idle, form(fields));
const join = (fields: Record<string, string | number>) => joinMovementAction(idle, form(fields));
const report = (fields: Record<string, string | number>) => reportMovementAction(idle, form(fields));
const counts = async () => ({ movements: await db.movement.count(), registrations: await db.movementRegistration.count(), audit: await db.auditLog.count() });
const thisYear = new Date().getUTCFullYear();
const launchFields = (unitId: number) => ({
  unitId, name: 'Lao động giỏi, lao động sáng tạo', kind: 'regular', startsOn: `01/01/${thisYear}`, endsOn: `31/12/${thisYear}`, audienceKind: 'grassroots', criteria: 'Mỗi đoàn viên một sáng kiến',
});

describe('movements', () => {
  it('lets ward staff launch for their ward; refuses a chair, a leader, another ward and a grassroots launcher', async () => {
    const before = await counts();
    actAs(fx.users.chairG1.id);
    expect(await launch(launchFields(fx.units.g1.id))).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(fx.users.leaderA1.id);
    expect(await launch(launchFields(fx.units.wardA1.id))).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(fx.users.staffA2.id);
    expect(await launch(launchFields(fx.units.wardA1.id))).toMatchObject({ status: 'error', code: 'notFound' });
    actAs(fx.users.staffA1.id);
    expect(await launch(launchFields(fx.units.g1.id))).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.movement.notLauncher' } });
    expect(await launch({ ...launchFields(fx.units.wardA1.id), endsOn: `01/01/${thisYear - 1}` })).toMatchObject({ status: 'error', fieldErrors: { endsOn: [{ key: 'errors.field.endBeforeStart' }] } });
    expect(await counts()).toEqual(before);

    const result = await launch(launchFields(fx.units.wardA1.id));
    expect(result).toMatchObject({ status: 'ok' });
    if (result.status === 'ok') movementId = result.data.movementId;
    expect(await counts()).toMatchObject({ movements: before.movements + 1, audit: before.audit + 1 });
  });

  it('lets a grassroots chair in the ward join and report; refuses units outside the line or of another kind', async () => {
    const before = await counts();
    actAs(fx.users.chairG3.id); // g3 is in the other ward
    expect(await join({ movementId, unitId: fx.units.g3.id })).toMatchObject({ status: 'error', code: 'notFound' });
    actAs(fx.users.chairG1.id);
    expect(await join({ movementId, unitId: fx.units.g2.id })).toMatchObject({ status: 'error', code: 'notFound' });
    expect(await report({ movementId, unitId: fx.units.g1.id, resultText: 'x' })).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.movement.notJoined' } });
    actAs(fx.users.staffA1.id);
    expect(await join({ movementId, unitId: fx.units.wardA1.id })).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.movement.notAudience' } });
    actAs(fx.users.leaderA1.id);
    expect(await join({ movementId, unitId: fx.units.g1.id })).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(await counts()).toEqual(before);

    actAs(fx.users.chairG1.id);
    expect(await join({ movementId, unitId: fx.units.g1.id })).toMatchObject({ status: 'ok' });
    expect(await join({ movementId, unitId: fx.units.g1.id })).toMatchObject({ status: 'error', message: { key: 'errors.movement.alreadyJoined' } });
    expect(await report({ movementId, unitId: fx.units.g1.id, resultText: '45 đoàn viên đạt danh hiệu lao động giỏi', participants: '120', initiatives: '7', valueVnd: '350.000.000' })).toMatchObject({ status: 'ok' });
    const registration = await db.movementRegistration.findFirstOrThrow({ where: { movementId, unitId: fx.units.g1.id } });
    expect(registration.resultFigures).toEqual({ participants: 120, initiatives: 7, valueVnd: '350000000' });
    expect(registration.reportedOn).not.toBeNull();
  });

  it('shows the launching unit who joined and who has not reported', async () => {
    const participation = await movementParticipation((await getMovement(movementId))!);
    expect(participation).toMatchObject({ audience: 2, registered: 1, reported: 1 });
    expect(participation.units.map((u) => [u.name, !!u.registeredOn])).toEqual([
      [fx.units.g2.name, false],
      [fx.units.g1.name, true],
    ]);
  });
});
