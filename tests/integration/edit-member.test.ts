// Editing a member through the whole pipeline against real PostgreSQL: allowed in scope, refused one
// branch over (not found), refused to a leader (forbidden), unauthenticated and without Origin, the
// version check between two saves, and the audited reading of sensitive fields.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { editMemberAction } from '@/lib/members/edit-actions';
import { getMember } from '@/lib/members/data';
import { registerMember, revealSensitive } from '@/lib/members/mutations';
import { loadActor } from '@/lib/auth/data';
import { can } from '@/lib/auth/policy';
import { idle } from '@/lib/forms/action-state';
import { actAs } from '../support/request-context';
import { createFixtureTree, form, NO_DETAILS, writeCounts, type Fixture } from '../support/fixtures';

let fx: Fixture;
let memberId: number;
let otherId: number;
beforeAll(async () => {
  fx = await createFixtureTree();
  const person = (cccd: string, fullName: string) => ({
    fullName, gender: 'male' as const, birthDate: new Date(Date.UTC(1988, 4, 2)), cccd, phone: null, joinDate: new Date(Date.UTC(2020, 0, 1)), jobTitle: null, unitId: 0,
    ...NO_DETAILS, ethnicityCode: 2, partyIntroducedOn: new Date(Date.UTC(2024, 2, 3)),
  });
  memberId = (await registerMember(fx.users.admin.id, fx.units.g1, person('031188000001', 'Hoàng Văn Khải'))).memberId;
  otherId = (await registerMember(fx.users.admin.id, fx.units.g2, person('031188000002', 'Phạm Văn Long'))).memberId;
});
beforeEach(() => actAs(null));

async function editInput(overrides: Record<string, string> = {}) {
  const m = await db.member.findUniqueOrThrow({ where: { id: memberId } });
  return {
    memberId: String(m.id), version: String(m.version), fullName: m.fullName, gender: m.gender, birthDate: '02/05/1988', cccd: m.cccd,
    phone: '', jobTitle: 'Thợ hàn', email: '', nationality: 'VN', ethnicityCode: '2', educationLevel: '', qualification: '', cardNumber: '',
    officialPosition: '', officialTrainedOn: '', appActivatedOn: '', partyIntroducedOn: '03/03/2024',
    ...overrides,
  };
}
const edit = (fields: Record<string, string>) => editMemberAction(idle, form(fields));
const snapshot = async () => ({ member: await db.member.findUniqueOrThrow({ where: { id: memberId } }), counts: await writeCounts() });

describe('editMemberAction', () => {
  it('lets the chair of the union edit: the record, the version and one audit row naming the changed fields', async () => {
    actAs(fx.users.chairG1.id);
    const input = await editInput({ jobTitle: 'Tổ trưởng sản xuất', email: 'khai@example.vn' });
    const audits = await db.auditLog.count();
    const result = await edit(input);
    expect(result).toMatchObject({ status: 'ok', data: { memberId, version: Number(input.version) + 1 } });
    const member = await db.member.findUniqueOrThrow({ where: { id: memberId } });
    expect(member).toMatchObject({ jobTitle: 'Tổ trưởng sản xuất', email: 'khai@example.vn', ethnicityCode: 2 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'member.edit', entityId: String(memberId) }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ actorId: fx.users.chairG1.id, unitId: fx.units.g1.id });
    expect((audit.after as { changed: string[] }).changed.sort()).toEqual(['email', 'jobTitle']);
    expect(await db.auditLog.count()).toBe(audits + 1);
  });

  it('lets ward staff edit a member of their ward', async () => {
    actAs(fx.users.staffA1.id);
    expect((await edit(await editInput({ phone: '0912000111' }))).status).toBe('ok');
  });

  it('refuses the chair of a sibling union and staff one branch over as not found, changing nothing', async () => {
    const before = await snapshot();
    for (const user of [fx.users.chairG3, fx.users.staffA2]) {
      actAs(user.id);
      expect(await edit(await editInput({ jobTitle: 'Kẻ gian' }))).toMatchObject({ status: 'error', code: 'notFound' });
    }
    actAs(fx.users.chairG1.id); // g2's member is outside the chair of g1's scope
    expect(await edit({ ...(await editInput()), memberId: String(otherId) })).toMatchObject({ status: 'error', code: 'notFound' });
    expect(await edit({ ...(await editInput()), memberId: '99999999' })).toMatchObject({ status: 'error', code: 'notFound' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a leader in scope as forbidden, and unauthenticated or Origin-less calls, changing nothing', async () => {
    const before = await snapshot();
    actAs(fx.users.leaderA1.id);
    expect(await edit(await editInput({ jobTitle: 'x' }))).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(null);
    expect(await edit(await editInput({ jobTitle: 'x' }))).toMatchObject({ status: 'error', code: 'unauthenticated' });
    actAs(fx.users.chairG1.id, { origin: null });
    expect(await edit(await editInput({ jobTitle: 'x' }))).toMatchObject({ status: 'error', code: 'badOrigin' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses the second of two saves made from the same version, keeping what was typed', async () => {
    actAs(fx.users.chairG1.id);
    const first = await editInput({ jobTitle: 'Bản của người thứ nhất' });
    const second = { ...first, jobTitle: 'Bản của người thứ hai' };
    expect((await edit(first)).status).toBe('ok');
    const before = await snapshot();
    const refused = await edit(second);
    expect(refused).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.member.staleVersion' }, values: { jobTitle: 'Bản của người thứ hai' } });
    expect(await snapshot()).toEqual(before);
  });

  it('lets exactly one of two racing saves through', async () => {
    actAs(fx.users.chairG1.id);
    const input = await editInput();
    const results = await Promise.all([edit({ ...input, jobTitle: 'A' }), edit({ ...input, jobTitle: 'B' })]);
    expect(results.map((r) => r.status).sort()).toEqual(['error', 'ok']);
  });

  it('moves the women counter when the gender of an active member is corrected', async () => {
    actAs(fx.users.chairG1.id);
    const counter = async () => (await db.unitCounter.findUniqueOrThrow({ where: { unitId: fx.units.g1.id } })).activeWomen;
    const women = await counter();
    expect((await edit(await editInput({ gender: 'female' }))).status).toBe('ok');
    expect(await counter()).toBe(women + 1);
    expect((await edit(await editInput({ gender: 'male' }))).status).toBe('ok');
    expect(await counter()).toBe(women);
  });

  it('refuses a CCCD that belongs to another person, beside the CCCD field', async () => {
    actAs(fx.users.staffA1.id);
    const before = await snapshot();
    const result = await edit(await editInput({ cccd: '031188000002' }));
    expect(result).toMatchObject({ status: 'error', code: 'invalid', fieldErrors: { cccd: [{ key: 'errors.member.cccdTaken' }] } });
    expect(await snapshot()).toEqual(before);
  });
});

describe('reading a member', () => {
  it('finds the member in scope and nowhere else, exactly like a missing one', async () => {
    const chairG1 = await loadActor(fx.users.chairG1.id);
    const chairG3 = await loadActor(fx.users.chairG3.id);
    expect((await getMember(chairG1, memberId))?.scope).toEqual({ unitId: fx.units.g1.id, path: fx.units.g1.path });
    expect(await getMember(chairG3, memberId)).toBeNull();
    expect(await getMember(chairG1, otherId)).toBeNull();
    expect(await getMember(chairG1, 987654)).toBeNull();
  });

  it('shows sensitive fields to the chair and staff, never to a leader, and audits every view', async () => {
    const leader = (await loadActor(fx.users.leaderA1.id))!;
    const member = (await getMember(leader, memberId))!;
    expect(member).not.toHaveProperty('ethnicityCode');
    expect(member).not.toHaveProperty('partyIntroducedOn');
    expect(can(leader, 'member.viewSensitive', member.scope)).toBe(false);
    for (const user of [fx.users.chairG1, fx.users.staffA1]) expect(can(await loadActor(user.id), 'member.viewSensitive', member.scope)).toBe(true);

    const views = () => db.auditLog.count({ where: { action: 'member.viewSensitive', entityId: String(memberId) } });
    const before = await views();
    const sensitive = await revealSensitive(fx.users.chairG1.id, memberId, fx.units.g1.id, 'profile');
    expect(sensitive).toMatchObject({ ethnicityCode: 2, ethnicityName: 'Tày' });
    expect(await views()).toBe(before + 1);
  });
});
