// Transfers between unions through the whole pipeline against real PostgreSQL: send, accept,
// decline, cancel and the one-step transfer, each with its refused paths; the invariants (no move
// into a union outside the actor's scope except through the accept step; one pending request per
// member; one active membership per person) and the counters of both unions.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { acceptTransferAction, cancelTransferAction, declineTransferAction, directTransferAction, sendTransferAction } from '@/lib/members/transfer-actions';
import { leaveMember, registerMember } from '@/lib/members/mutations';
import { idle } from '@/lib/forms/action-state';
import { actAs } from '../support/request-context';
import { counterMismatches, doubleOpenMemberships } from '../support/invariants';
import { createFixtureTree, form, NO_DETAILS, writeCounts, type Fixture } from '../support/fixtures';

let fx: Fixture;
let leaderA2: { id: number };
let serial = 0;
const person = (gender: 'male' | 'female' = 'female') => ({
  fullName: `Người chuyển ${++serial}`, gender, birthDate: new Date(Date.UTC(1990, 0, 1)), cccd: `0021900${String(serial).padStart(5, '0')}`,
  phone: null, joinDate: new Date(Date.UTC(2020, 0, 1)), jobTitle: null, unitId: 0, ...NO_DETAILS,
});
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  fx = await createFixtureTree();
  leaderA2 = await db.user.create({
    data: { email: 'leadera2@test.vn', username: 'leadera2', displayName: 'leaderA2', passwordHash: 'x', grants: { create: [{ role: 'leader', unitId: fx.units.wardA2.id }] } },
  });
});
beforeEach(() => actAs(null));

const send = (fields: Record<string, string | number>) => sendTransferAction(idle, form({ toUnitCode: 'A2-G3', effectiveOn: '01/07/2026', note: 'Chuyển công tác', ...fields }));
const direct = (fields: Record<string, string | number>) => directTransferAction(idle, form({ toUnitCode: 'A1-G2', effectiveOn: '01/07/2026', ...fields }));
const accept = (transferId: number) => acceptTransferAction(idle, form({ transferId }));
const decline = (transferId: number, note = 'Không có người này') => declineTransferAction(idle, form({ transferId, note }));
const cancel = (transferId: number) => cancelTransferAction(idle, form({ transferId }));
const counter = async (unitId: number) => (await db.unitCounter.findUnique({ where: { unitId }, select: { activeMembers: true, activeWomen: true } })) ?? { activeMembers: 0, activeWomen: 0 };
const state = async () => ({ ...(await writeCounts()), transfers: await db.memberTransfer.count(), pending: await db.memberTransfer.count({ where: { status: 'pending' } }) });
const member = (id: number) => db.member.findUniqueOrThrow({ where: { id }, include: { memberships: { orderBy: { id: 'asc' } } } });

async function pendingFromG1() {
  const { memberId } = await registerMember(fx.users.admin.id, fx.units.g1, person());
  actAs(fx.users.chairG1.id);
  const sent = await send({ memberId });
  if (sent.status !== 'ok') throw new Error(JSON.stringify(sent));
  return { memberId, transferId: sent.data.transferId };
}

describe('sendTransferAction', () => {
  it('lets a chair address a union outside their scope, learning only its name; the member stays', async () => {
    const { memberId } = await registerMember(fx.users.admin.id, fx.units.g1, person());
    const [g1Before, g3Before] = [await counter(fx.units.g1.id), await counter(fx.units.g3.id)];
    actAs(fx.users.chairG1.id);
    const sent = await send({ memberId, toUnitCode: ' a2-g3 ' });
    expect(sent).toMatchObject({ status: 'ok', data: { direct: false, toUnitName: fx.units.g3.name } });
    expect(Object.keys(sent.status === 'ok' ? sent.data : {}).sort()).toEqual(['direct', 'toUnitName', 'transferId']);
    expect(await member(memberId)).toMatchObject({ unitId: fx.units.g1.id, unitPath: fx.units.g1.path });
    expect(await counter(fx.units.g1.id)).toEqual(g1Before);
    expect(await counter(fx.units.g3.id)).toEqual(g3Before);
    const row = await db.memberTransfer.findFirstOrThrow({ where: { memberId } });
    expect(row).toMatchObject({ status: 'pending', fromUnitId: fx.units.g1.id, toUnitId: fx.units.g3.id, effectiveOn: d('2026-07-01'), note: 'Chuyển công tác', requestedBy: fx.users.chairG1.id });
    expect(await db.auditLog.count({ where: { action: 'member.transferRequest', entityId: String(row.id), unitId: fx.units.g1.id } })).toBe(1);
  });

  it('refuses one branch over (not found), a leader (forbidden), no session, no Origin, and writes nothing', async () => {
    const { memberId } = await registerMember(fx.users.admin.id, fx.units.g1, person());
    const before = await state();
    for (const user of [fx.users.chairG3, fx.users.staffA2]) {
      actAs(user.id);
      expect(await send({ memberId })).toMatchObject({ status: 'error', code: 'notFound' });
    }
    actAs(fx.users.leaderA1.id);
    expect(await send({ memberId })).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(null);
    expect(await send({ memberId })).toMatchObject({ status: 'error', code: 'unauthenticated' });
    actAs(fx.users.chairG1.id, { origin: null });
    expect(await send({ memberId })).toMatchObject({ status: 'error', code: 'badOrigin' });
    expect(await state()).toEqual(before);
  });

  it('names the field for an unknown code, the same union, a date before admission or in the future', async () => {
    const { memberId } = await registerMember(fx.users.admin.id, fx.units.g1, person());
    actAs(fx.users.chairG1.id);
    const before = await state();
    expect(await send({ memberId, toUnitCode: 'NO-SUCH' })).toMatchObject({ status: 'error', fieldErrors: { toUnitCode: [{ key: 'errors.transfer.unknownUnit' }] } });
    expect(await send({ memberId, toUnitCode: 'A2' })).toMatchObject({ status: 'error', fieldErrors: { toUnitCode: [{ key: 'errors.transfer.unknownUnit' }] } }); // a ward union is not a target
    expect(await send({ memberId, toUnitCode: 'A1-G1' })).toMatchObject({ status: 'error', fieldErrors: { toUnitCode: [{ key: 'errors.transfer.sameUnion' }] } });
    expect(await send({ memberId, effectiveOn: '31/12/2019' })).toMatchObject({ status: 'error', fieldErrors: { effectiveOn: [{ key: 'errors.transfer.beforeAdmission' }] } });
    expect(await send({ memberId, effectiveOn: '01/01/2999' })).toMatchObject({ status: 'error', fieldErrors: { effectiveOn: [{ key: 'errors.field.dateInFuture' }] } });
    expect(await send({ memberId, effectiveOn: '' })).toMatchObject({ status: 'error', fieldErrors: { effectiveOn: [{ key: 'errors.field.required' }], } });
    expect(await state()).toEqual(before);
  });

  it('keeps one pending request per member, even for two sent at once', async () => {
    const { memberId } = await registerMember(fx.users.admin.id, fx.units.g1, person());
    actAs(fx.users.staffA1.id);
    const results = await Promise.all([send({ memberId }), send({ memberId, toUnitCode: 'A1-G2' })]);
    expect(results.map((r) => r.status).sort()).toEqual(['error', 'ok']);
    expect(results.find((r) => r.status === 'error')).toMatchObject({ code: 'conflict', message: { key: 'errors.transfer.pendingExists' } });
    expect(await db.memberTransfer.count({ where: { memberId, status: 'pending' } })).toBe(1);
    expect(await direct({ memberId })).toMatchObject({ status: 'error', message: { key: 'errors.transfer.pendingExists' } });
  });

  it('refuses a former member', async () => {
    const { memberId } = await registerMember(fx.users.admin.id, fx.units.g1, person());
    await leaveMember(fx.users.admin.id, { memberId, reason: 'moved', leftOn: d('2026-03-01'), note: null, confirm: 'yes' });
    actAs(fx.users.chairG1.id);
    expect(await send({ memberId })).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.member.notActive' } });
  });
});

describe('acceptTransferAction', () => {
  it('moves the member on the request date: periods, path, both counters, status and audit in one step', async () => {
    const { memberId, transferId } = await pendingFromG1();
    const [g1Before, g3Before] = [await counter(fx.units.g1.id), await counter(fx.units.g3.id)];
    actAs(fx.users.chairG3.id);
    expect(await accept(transferId)).toMatchObject({ status: 'ok', data: { memberId, status: 'accepted' } });
    const moved = await member(memberId);
    expect(moved).toMatchObject({ unitId: fx.units.g3.id, unitPath: fx.units.g3.path });
    expect(moved.memberships.map((m) => [m.unitId, m.admittedOn, m.leftOn, m.leaveReason, m.admissionKind])).toEqual([
      [fx.units.g1.id, d('2020-01-01'), d('2026-07-01'), 'transferred', 'new'],
      [fx.units.g3.id, d('2026-07-01'), null, null, 'transfer'],
    ]);
    expect(await counter(fx.units.g1.id)).toEqual({ ...g1Before, activeMembers: g1Before.activeMembers - 1, activeWomen: g1Before.activeWomen - 1 });
    expect(await counter(fx.units.g3.id)).toMatchObject({ activeMembers: g3Before.activeMembers + 1, activeWomen: g3Before.activeWomen + 1 });
    expect(await db.memberTransfer.findUniqueOrThrow({ where: { id: transferId } })).toMatchObject({ status: 'accepted', decidedBy: fx.users.chairG3.id });
    expect(await db.auditLog.count({ where: { action: 'member.transferAccept', entityId: String(transferId), unitId: fx.units.g3.id } })).toBe(1);
    // Decided once: a second accept, a decline or a cancel finds nothing pending.
    expect(await accept(transferId)).toMatchObject({ status: 'error', message: { key: 'errors.transfer.notPending' } });
    expect(await decline(transferId)).toMatchObject({ status: 'error', message: { key: 'errors.transfer.notPending' } });
  });

  it('refuses the sender and the sending branch (not found: the receiving union is outside their scope), a leader, no session, and changes nothing', async () => {
    const { memberId, transferId } = await pendingFromG1();
    const before = await state();
    for (const user of [fx.users.chairG1, fx.users.staffA1]) {
      actAs(user.id);
      expect(await accept(transferId)).toMatchObject({ status: 'error', code: 'notFound' });
    }
    actAs(leaderA2.id);
    expect(await accept(transferId)).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(null);
    expect(await accept(transferId)).toMatchObject({ status: 'error', code: 'unauthenticated' });
    actAs(fx.users.chairG3.id, { origin: 'https://evil.example' });
    expect(await accept(transferId)).toMatchObject({ status: 'error', code: 'badOrigin' });
    actAs(fx.users.chairG3.id);
    expect(await accept(999_999)).toMatchObject({ status: 'error', code: 'notFound' });
    expect(await state()).toEqual(before);
    expect((await member(memberId)).unitId).toBe(fx.units.g1.id);
  });

  it('refuses when the member left their union meanwhile, and moves nobody', async () => {
    const { memberId, transferId } = await pendingFromG1();
    await leaveMember(fx.users.admin.id, { memberId, reason: 'retired', leftOn: d('2026-08-01'), note: null, confirm: 'yes' });
    const before = await state();
    actAs(fx.users.chairG3.id);
    expect(await accept(transferId)).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.transfer.memberNotThere' } });
    expect(await state()).toEqual(before);
  });
});

describe('declineTransferAction and cancelTransferAction', () => {
  it('lets the receiving chair decline with a reason; the member stays', async () => {
    const { memberId, transferId } = await pendingFromG1();
    actAs(fx.users.chairG3.id);
    const before = await state();
    expect(await decline(transferId, '')).toMatchObject({ status: 'error', fieldErrors: { note: [{ key: 'errors.field.required' }] } });
    expect(await state()).toEqual(before);
    expect(await decline(transferId)).toMatchObject({ status: 'ok', data: { status: 'declined' } });
    expect(await db.memberTransfer.findUniqueOrThrow({ where: { id: transferId } })).toMatchObject({ status: 'declined', decisionNote: 'Không có người này', decidedBy: fx.users.chairG3.id });
    expect((await member(memberId)).unitId).toBe(fx.units.g1.id);
    expect(await db.auditLog.count({ where: { action: 'member.transferDecline', entityId: String(transferId), unitId: fx.units.g3.id } })).toBe(1);
  });

  it('refuses a decline by the sending side (not found), a leader, no session', async () => {
    const { transferId } = await pendingFromG1();
    const before = await state();
    actAs(fx.users.chairG1.id);
    expect(await decline(transferId)).toMatchObject({ status: 'error', code: 'notFound' });
    actAs(leaderA2.id);
    expect(await decline(transferId)).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(null);
    expect(await decline(transferId)).toMatchObject({ status: 'error', code: 'unauthenticated' });
    expect(await state()).toEqual(before);
  });

  it('lets the sender cancel; the receiver, a leader and no session are refused', async () => {
    const { memberId, transferId } = await pendingFromG1();
    const before = await state();
    actAs(fx.users.chairG3.id);
    expect(await cancel(transferId)).toMatchObject({ status: 'error', code: 'notFound' });
    actAs(fx.users.leaderA1.id);
    expect(await cancel(transferId)).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(null);
    expect(await cancel(transferId)).toMatchObject({ status: 'error', code: 'unauthenticated' });
    expect(await state()).toEqual(before);
    actAs(fx.users.chairG1.id);
    expect(await cancel(transferId)).toMatchObject({ status: 'ok', data: { status: 'cancelled' } });
    expect((await member(memberId)).unitId).toBe(fx.units.g1.id);
    // Once cancelled, a new request may be sent.
    expect((await send({ memberId })).status).toBe('ok');
  });
});

describe('directTransferAction', () => {
  it('lets staff holding both unions move a member in one step', async () => {
    const { memberId } = await registerMember(fx.users.admin.id, fx.units.g1, person('male'));
    const [g1Before, g2Before] = [await counter(fx.units.g1.id), await counter(fx.units.g2.id)];
    actAs(fx.users.staffA1.id);
    expect(await direct({ memberId })).toMatchObject({ status: 'ok', data: { direct: true, toUnitName: fx.units.g2.name } });
    expect(await member(memberId)).toMatchObject({ unitId: fx.units.g2.id, unitPath: fx.units.g2.path });
    expect(await counter(fx.units.g1.id)).toEqual({ ...g1Before, activeMembers: g1Before.activeMembers - 1 });
    expect(await counter(fx.units.g2.id)).toEqual({ ...g2Before, activeMembers: g2Before.activeMembers + 1 });
    expect(await db.memberTransfer.findFirstOrThrow({ where: { memberId } })).toMatchObject({ status: 'accepted', requestedBy: fx.users.staffA1.id, decidedBy: fx.users.staffA1.id });
    expect(await db.auditLog.count({ where: { action: 'member.transferDirect', unitId: fx.units.g2.id } })).toBeGreaterThan(0);
  });

  it('never moves a member into a union outside the actor\'s scope: only the accept step does that', async () => {
    const { memberId } = await registerMember(fx.users.admin.id, fx.units.g1, person());
    const before = await state();
    for (const user of [fx.users.chairG1, fx.users.staffA1]) {
      actAs(user.id);
      expect(await direct({ memberId, toUnitCode: 'A2-G3' })).toMatchObject({ status: 'error', code: 'notFound' });
    }
    actAs(fx.users.chairG1.id);
    expect(await direct({ memberId })).toMatchObject({ status: 'error', code: 'notFound' }); // g2 is outside the chair's union too
    actAs(fx.users.leaderA1.id);
    expect(await direct({ memberId })).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(null);
    expect(await direct({ memberId })).toMatchObject({ status: 'error', code: 'unauthenticated' });
    expect(await state()).toEqual(before);
    expect((await member(memberId)).unitId).toBe(fx.units.g1.id);
  });
});

describe('invariants', () => {
  it('keeps one open membership per person and the counters equal to a recount after transfers', async () => {
    expect(await doubleOpenMemberships()).toBe(0);
    expect(await counterMismatches()).toEqual([]);
    const [mirror] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM members p LEFT JOIN memberships m ON m.member_id = p.id AND m.left_on IS NULL WHERE p.unit_id IS DISTINCT FROM m.unit_id`;
    expect(Number(mirror.n)).toBe(0);
  });
});
