// Nominate → review → decide → register, and revoke, through the actions against real PostgreSQL.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { nominateAction, reviewNominationAction } from '@/lib/awards/actions';
import { issueDecisionAction, revokeDecisionAction } from '@/lib/awards/decision-actions';
import { listAwards } from '@/lib/awards/data';
import { registerMember } from '@/lib/members/mutations';
import { idle } from '@/lib/forms/action-state';
import { actAs } from '../support/request-context';
import { createFixtureTree, form, NO_DETAILS, type Fixture } from '../support/fixtures';

let fx: Fixture;
let cardG1: string;
let cardG3: string;
const typeId = async (code: string) => (await db.awardType.findUniqueOrThrow({ where: { code } })).id;

beforeAll(async () => {
  fx = await createFixtureTree();
  const person = (cccd: string, fullName: string) => ({
    fullName, gender: 'female' as const, birthDate: new Date(Date.UTC(1990, 1, 1)), cccd, phone: null,
    joinDate: new Date(Date.UTC(2018, 0, 1)), jobTitle: null, unitId: 0, ...NO_DETAILS,
  });
  cardG1 = (await registerMember(fx.users.admin.id, fx.units.g1, person('031090000011', 'Vũ Thị Mai'))).cardNumber;
  cardG3 = (await registerMember(fx.users.admin.id, fx.units.g3, person('031090000012', 'Lý Thu Hà'))).cardNumber;
});
beforeEach(() => actAs(null));

const nominate = (fields: Record<string, string | number>) => nominateAction(idle, form(fields));
const review = (fields: Record<string, string | number>) => reviewNominationAction(idle, form(fields));
const decide = (fields: Record<string, string | number>) => issueDecisionAction(idle, form(fields));
const revoke = (fields: Record<string, string | number>) => revokeDecisionAction(idle, form(fields));
const tables = async () => ({
  nominations: await db.nomination.count(), decisions: await db.awardDecision.count(), awards: await db.award.count(), audit: await db.auditLog.count(),
});

async function memberNomination(unitId: number, card: string, code = 'GIAY_KHEN') {
  return { unitId, awardTypeId: await typeId(code), recipientKind: 'member', recipient: card, periodYear: 2025, achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2025' };
}

describe('nominateAction', () => {
  it('lets a chair nominate a member of their union; the ward union above decides a certificate of commendation', async () => {
    actAs(fx.users.chairG1.id);
    const before = await tables();
    const result = await nominate(await memberNomination(fx.units.g1.id, cardG1));
    expect(result).toMatchObject({ status: 'ok', data: { recipientName: 'Vũ Thị Mai', issuingUnitName: fx.units.wardA1.name } });
    if (result.status !== 'ok') return;
    expect(await db.nomination.findUniqueOrThrow({ where: { id: result.data.nominationId } })).toMatchObject({ status: 'submitted', issuingUnitId: fx.units.wardA1.id, nominatingUnitId: fx.units.g1.id });
    expect(await tables()).toMatchObject({ nominations: before.nominations + 1, audit: before.audit + 1 });
  });

  it('only nominates recipients inside the nominating unit: another union\'s member is not found', async () => {
    actAs(fx.users.chairG1.id);
    const before = await tables();
    expect(await nominate(await memberNomination(fx.units.g1.id, cardG3))).toMatchObject({ status: 'error', code: 'invalid', fieldErrors: { recipient: [{ key: 'errors.award.memberNotFound' }] } });
    expect(await nominate(await memberNomination(fx.units.g3.id, cardG3))).toMatchObject({ status: 'error', code: 'notFound' });
    actAs(fx.users.leaderA1.id);
    expect(await nominate(await memberNomination(fx.units.g1.id, cardG1))).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(null);
    expect(await nominate(await memberNomination(fx.units.g1.id, cardG1))).toMatchObject({ status: 'error', code: 'unauthenticated' });
    expect(await tables()).toEqual(before);
  });

  it('respects who an award type is for', async () => {
    actAs(fx.users.staffA1.id);
    expect(await nominate(await memberNomination(fx.units.wardA1.id, cardG1, 'CO_THI_DUA_LDLD'))).toMatchObject({ status: 'error', fieldErrors: { recipientKind: [{ key: 'errors.award.collectiveOnly' }] } });
    const unitResult = await nominate({ unitId: fx.units.wardA1.id, awardTypeId: await typeId('CO_THI_DUA_LDLD'), recipientKind: 'unit', recipient: fx.units.g2.code, periodYear: 2025, achievements: 'Dẫn đầu phong trào thi đua' });
    expect(unitResult).toMatchObject({ status: 'ok', data: { recipientName: fx.units.g2.name, issuingUnitName: fx.units.fedA.name } });
  });
});

describe('review, decision and register', () => {
  it('lets only staff holding the issuing unit review; others are refused and nothing changes', async () => {
    const nomination = await db.nomination.findFirstOrThrow({ where: { issuingUnitId: fx.units.wardA1.id } });
    const fields = { nominationId: nomination.id, version: nomination.version, outcome: 'approved' };
    const before = await tables();
    for (const [user, code] of [[fx.users.staffA2, 'notFound'], [fx.users.chairG1, 'notFound'], [fx.users.leaderA1, 'forbidden']] as const) {
      actAs(user.id);
      expect(await review(fields)).toMatchObject({ status: 'error', code });
    }
    expect(await tables()).toEqual(before);
    actAs(fx.users.staffA1.id);
    expect(await review({ ...fields, outcome: 'returned' })).toMatchObject({ status: 'error', fieldErrors: { note: [{ key: 'errors.field.noteRequired' }] } });
    expect(await review(fields)).toMatchObject({ status: 'ok' });
    expect(await review(fields)).toMatchObject({ status: 'error', code: 'conflict' });
  });

  it('issues a decision that creates the awards; the same nomination cannot be granted twice; numbers are unique', async () => {
    const approved = await db.nomination.findFirstOrThrow({ where: { issuingUnitId: fx.units.wardA1.id, status: 'approved' } });
    const fields = { issuingUnitId: fx.units.wardA1.id, number: '12/QĐ-CĐP', signedOn: '20/12/2025', signer: 'Nguyễn Văn Chủ tịch', nominationIds: String(approved.id) };
    actAs(fx.users.staffA2.id);
    expect(await decide(fields)).toMatchObject({ status: 'error', code: 'notFound' });
    actAs(fx.users.chairG1.id);
    expect(await decide(fields)).toMatchObject({ status: 'error', code: 'notFound' });
    expect(await db.award.count()).toBe(0);

    actAs(fx.users.staffA1.id);
    expect(await decide(fields)).toMatchObject({ status: 'ok', data: { awards: 1 } });
    expect(await db.nomination.findUniqueOrThrow({ where: { id: approved.id } })).toMatchObject({ status: 'decided' });
    expect(await decide({ ...fields, number: '13/QĐ-CĐP' })).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.award.staleNomination' } });

    actAs(fx.users.chairG1.id);
    const second = await nominate(await memberNomination(fx.units.g1.id, cardG1));
    actAs(fx.users.staffA1.id);
    if (second.status !== 'ok') throw new Error('nomination failed');
    await review({ nominationId: second.data.nominationId, version: 1, outcome: 'approved' });
    expect(await decide({ ...fields, nominationIds: String(second.data.nominationId) })).toMatchObject({ status: 'error', code: 'conflict', fieldErrors: { number: [{ key: 'errors.award.numberTaken' }] } });

    const register = await listAwards({ unitPath: fx.units.wardA1.path, year: 2025 });
    expect(register).toMatchObject({ individuals: 1, collectives: 0 });
    expect(register.awards[0]).toMatchObject({ recipientName: 'Vũ Thị Mai', decisionNumber: '12/QĐ-CĐP', unitName: fx.units.g1.name });
    expect((await listAwards({ unitPath: fx.units.wardA2.path })).awards).toHaveLength(0);
  });

  it('revokes a decision with a reason; its awards leave the register; it cannot be revoked twice', async () => {
    const decision = await db.awardDecision.findFirstOrThrow();
    actAs(fx.users.leaderA1.id);
    expect(await revoke({ decisionId: decision.id, reason: 'Sai đối tượng' })).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(fx.users.staffA1.id);
    expect(await revoke({ decisionId: decision.id, reason: '' })).toMatchObject({ status: 'error', code: 'invalid' });
    expect(await revoke({ decisionId: decision.id, reason: 'Sai đối tượng' })).toMatchObject({ status: 'ok' });
    expect(await revoke({ decisionId: decision.id, reason: 'Sai đối tượng' })).toMatchObject({ status: 'error', code: 'conflict' });
    expect((await listAwards({ unitPath: fx.units.wardA1.path })).individuals).toBe(0);
    expect(await db.awardDecision.findUniqueOrThrow({ where: { id: decision.id } })).toMatchObject({ status: 'revoked', number: '12/QĐ-CĐP', revokedReason: 'Sai đối tượng' });
  });
});
