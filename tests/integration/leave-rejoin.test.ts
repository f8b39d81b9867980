// Leaving and rejoining through the whole pipeline against real PostgreSQL, and the counters kept
// exact through a random sequence of registrations, leavings and rejoinings.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { leaveMemberAction, rejoinMemberAction } from '@/lib/members/leave-actions';
import { registerMemberAction } from '@/lib/members/actions';
import { leaveMember, registerMember, rejoinMember } from '@/lib/members/mutations';
import { idle } from '@/lib/forms/action-state';
import { Rng } from '../../prisma/seed/random';
import { actAs } from '../support/request-context';
import { createFixtureTree, form, NO_DETAILS, writeCounts, type Fixture } from '../support/fixtures';

let fx: Fixture;
let serial = 0;
const person = (gender: 'male' | 'female' = 'female') => ({
  fullName: `Đoàn viên ${++serial}`, gender, birthDate: new Date(Date.UTC(1985, 0, 1)), cccd: `0011850${String(serial).padStart(5, '0')}`,
  phone: null, joinDate: new Date(Date.UTC(2020, 0, 1)), jobTitle: null, unitId: 0, ...NO_DETAILS,
});
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  fx = await createFixtureTree();
});
beforeEach(() => actAs(null));

const leave = (fields: Record<string, string | number>) => leaveMemberAction(idle, form({ reason: 'changed_job', leftOn: '15/06/2026', confirm: 'yes', ...fields }));
const rejoin = (fields: Record<string, string | number>) => rejoinMemberAction(idle, form({ joinDate: '01/09/2026', ...fields }));
const counter = async (unitId: number) => db.unitCounter.findUnique({ where: { unitId } });

describe('leaveMemberAction', () => {
  it('lets the chair record a leaving: the period closed, the counters down, one audit row', async () => {
    const { memberId } = await registerMember(fx.users.admin.id, fx.units.g1, person('female'));
    const before = await counter(fx.units.g1.id);
    actAs(fx.users.chairG1.id);
    expect(await leave({ memberId, reason: 'retired', note: 'Nghỉ hưu theo chế độ' })).toMatchObject({ status: 'ok' });
    const member = await db.member.findUniqueOrThrow({ where: { id: memberId }, include: { memberships: true } });
    expect(member).toMatchObject({ unitId: null, unitPath: null });
    expect(member.memberships[0]).toMatchObject({ leftOn: d('2026-06-15'), leaveReason: 'retired', leaveNote: 'Nghỉ hưu theo chế độ' });
    expect(await counter(fx.units.g1.id)).toMatchObject({ activeMembers: before!.activeMembers - 1, activeWomen: before!.activeWomen - 1 });
    expect(await db.auditLog.count({ where: { action: 'member.leave', entityId: String(memberId), actorId: fx.users.chairG1.id, unitId: fx.units.g1.id } })).toBe(1);
  });

  it('refuses one branch over (not found), a leader (forbidden), no session, no Origin, and changes nothing', async () => {
    const { memberId } = await registerMember(fx.users.admin.id, fx.units.g1, person());
    const before = await writeCounts();
    for (const user of [fx.users.chairG3, fx.users.staffA2]) {
      actAs(user.id);
      expect(await leave({ memberId })).toMatchObject({ status: 'error', code: 'notFound' });
    }
    actAs(fx.users.leaderA1.id);
    expect(await leave({ memberId })).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(null);
    expect(await leave({ memberId })).toMatchObject({ status: 'error', code: 'unauthenticated' });
    actAs(fx.users.chairG1.id, { origin: null });
    expect(await leave({ memberId })).toMatchObject({ status: 'error', code: 'badOrigin' });
    expect(await writeCounts()).toEqual(before);
    expect((await db.member.findUniqueOrThrow({ where: { id: memberId } })).unitId).toBe(fx.units.g1.id);
  });

  it('needs the confirmation, a date not before admission, and an active member', async () => {
    const { memberId } = await registerMember(fx.users.admin.id, fx.units.g1, person());
    actAs(fx.users.chairG1.id);
    const before = await writeCounts();
    expect(await leave({ memberId, confirm: '' })).toMatchObject({ status: 'error', code: 'invalid', fieldErrors: { confirm: [{ key: 'errors.field.confirmRequired' }] } });
    // An unticked checkbox sends no field at all.
    const unticked = await leaveMemberAction(idle, form({ memberId, reason: 'moved', leftOn: '15/06/2026' }));
    expect(unticked).toMatchObject({ status: 'error', code: 'invalid', fieldErrors: { confirm: [{ key: 'errors.field.confirmRequired' }] } });
    expect(await leave({ memberId, leftOn: '31/12/2019' })).toMatchObject({ status: 'error', fieldErrors: { leftOn: [{ key: 'errors.member.leftBeforeAdmitted' }] } });
    expect(await leave({ memberId, reason: 'transferred' })).toMatchObject({ status: 'error', fieldErrors: { reason: [{ key: 'errors.field.required' }] } });
    expect(await writeCounts()).toEqual(before);
    expect((await leave({ memberId })).status).toBe('ok');
    // Once left, the chair of the union they left still finds them, but cannot leave them twice.
    expect(await leave({ memberId })).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.member.notActive' } });
  });
});

describe('rejoinMemberAction', () => {
  it('opens a new period in the union they left, with the counters and an audit row', async () => {
    const { memberId } = await registerMember(fx.users.admin.id, fx.units.g1, person('male'));
    await leaveMember(fx.users.admin.id, { memberId, reason: 'moved', leftOn: d('2026-03-01'), note: null, confirm: 'yes' as const });
    const before = await counter(fx.units.g1.id);
    actAs(fx.users.chairG1.id);
    expect(await rejoin({ memberId, joinDate: '01/02/2026' })).toMatchObject({ status: 'error', fieldErrors: { joinDate: [{ key: 'errors.member.rejoinBeforeLeft' }] } });
    expect(await rejoin({ memberId })).toMatchObject({ status: 'ok' });
    const periods = await db.membership.findMany({ where: { memberId }, orderBy: { id: 'asc' } });
    expect(periods.map((p) => [p.admittedOn, p.leftOn, p.admissionKind])).toEqual([[d('2020-01-01'), d('2026-03-01'), 'new'], [d('2026-09-01'), null, 'rejoin']]);
    expect(await counter(fx.units.g1.id)).toMatchObject({ activeMembers: before!.activeMembers + 1, activeWomen: before!.activeWomen });
    expect(await db.auditLog.count({ where: { action: 'member.rejoin', entityId: String(memberId), actorId: fx.users.chairG1.id } })).toBe(1);
    expect(await rejoin({ memberId })).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.member.alreadyActive' } });
  });

  it('refuses one branch over (not found), a leader (forbidden), no session, and changes nothing', async () => {
    const { memberId } = await registerMember(fx.users.admin.id, fx.units.g1, person());
    await leaveMember(fx.users.admin.id, { memberId, reason: 'voluntary', leftOn: d('2026-03-01'), note: null, confirm: 'yes' as const });
    const before = await writeCounts();
    for (const user of [fx.users.chairG3, fx.users.staffA2]) {
      actAs(user.id);
      expect(await rejoin({ memberId })).toMatchObject({ status: 'error', code: 'notFound' });
    }
    actAs(fx.users.leaderA1.id);
    expect(await rejoin({ memberId })).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(null);
    expect(await rejoin({ memberId })).toMatchObject({ status: 'error', code: 'unauthenticated' });
    expect(await writeCounts()).toEqual(before);
  });

  it('registration by CCCD of a former member cannot start before the last period ended', async () => {
    const p = person();
    const { memberId } = await registerMember(fx.users.admin.id, fx.units.g1, p);
    await leaveMember(fx.users.admin.id, { memberId, reason: 'moved', leftOn: d('2026-05-01'), note: null, confirm: 'yes' as const });
    actAs(fx.users.staffA1.id);
    const fields = { unitId: fx.units.g2.id, fullName: p.fullName, gender: p.gender, birthDate: '01/01/1985', cccd: p.cccd, joinDate: '01/04/2026' };
    expect(await registerMemberAction(idle, form(fields))).toMatchObject({ status: 'error', fieldErrors: { joinDate: [{ key: 'errors.member.rejoinBeforeLeft' }] } });
    expect(await registerMemberAction(idle, form({ ...fields, joinDate: '02/05/2026' }))).toMatchObject({ status: 'ok', data: { rejoined: true } });
    expect((await db.membership.findFirstOrThrow({ where: { memberId, leftOn: null } })).admissionKind).toBe('rejoin');
  });
});

describe('unit counters', () => {
  it('equal a full recount after a random sequence of registrations, leavings and rejoinings', async () => {
    const rng = new Rng(4);
    const unions = [fx.units.g1, fx.units.g2, fx.units.g3, fx.units.g4];
    const active: number[] = [];
    const former: { id: number; unit: (typeof unions)[number] }[] = [];
    for (let step = 0; step < 60; step++) {
      const roll = rng.float();
      // One day per step, so every leaving and rejoining comes after the period before it.
      const today = new Date(Date.UTC(2026, 0, 1 + step));
      if (roll < 0.5 || active.length === 0) {
        const unit = rng.pick(unions);
        const { memberId } = await registerMember(fx.users.admin.id, unit, person(rng.chance(0.5) ? 'female' : 'male'));
        active.push(memberId);
      } else if (roll < 0.8 || former.length === 0) {
        const [memberId] = active.splice(rng.int(0, active.length - 1), 1);
        const { unitId } = await db.member.findUniqueOrThrow({ where: { id: memberId } });
        await leaveMember(fx.users.admin.id, { memberId, reason: 'other', leftOn: today, note: null, confirm: 'yes' as const });
        former.push({ id: memberId, unit: unions.find((u) => u.id === unitId)! });
      } else {
        const { id, unit } = former.splice(rng.int(0, former.length - 1), 1)[0];
        await rejoinMember(fx.users.admin.id, unit, { memberId: id, joinDate: today });
        active.push(id);
      }
    }
    const mismatches = await db.$queryRaw<{ id: number }[]>`
      SELECT u.id FROM units u
      LEFT JOIN unit_counters c ON c.unit_id = u.id
      LEFT JOIN (SELECT m.unit_id, count(*) AS n, count(*) FILTER (WHERE p.gender = 'female') AS w
                 FROM memberships m JOIN members p ON p.id = m.member_id WHERE m.left_on IS NULL GROUP BY m.unit_id) r ON r.unit_id = u.id
      WHERE COALESCE(c.active_members, 0) <> COALESCE(r.n, 0) OR COALESCE(c.active_women, 0) <> COALESCE(r.w, 0)`;
    expect(mismatches).toEqual([]);
    // members.unit_id mirrors the open period exactly.
    const [mirror] = await db.$queryRaw<{ bad: bigint }[]>`
      SELECT count(*) AS bad FROM members p LEFT JOIN memberships m ON m.member_id = p.id AND m.left_on IS NULL
      WHERE p.unit_id IS DISTINCT FROM m.unit_id`;
    expect(Number(mirror.bad)).toBe(0);
  }, 120_000); // sixty transactions: slow on a loaded 2-core machine
});
