// The registration action through its whole pipeline against real PostgreSQL: the allowed path,
// and every refusal the foundation promises, each proving that nothing was written.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { registerMemberAction } from '@/lib/members/actions';
import { idle } from '@/lib/forms/action-state';
import { actAs } from '../support/request-context';
import { createFixtureTree, form, writeCounts, type Fixture } from '../support/fixtures';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixtureTree();
});
beforeEach(() => actAs(null));

let nextCccd = 1;
function validInput(unitId: number, overrides: Record<string, string> = {}) {
  return {
    unitId: String(unitId),
    fullName: 'Nguyễn Thị Thu Hà',
    gender: 'female',
    birthDate: '14/03/1992',
    cccd: `0311920${String(nextCccd++).padStart(5, '0')}`,
    phone: '0912 345 678',
    joinDate: '02/01/2026',
    jobTitle: 'Công nhân may',
    ...overrides,
  };
}

const register = (fields: Record<string, string>) => registerMemberAction(idle, form(fields));

describe('registerMemberAction', () => {
  it('registers a member as the chair of the union: member, open membership, counter and one audit row', async () => {
    actAs(fx.users.chairG1.id);
    const before = await writeCounts();
    const input = validInput(fx.units.g1.id);
    const result = await register(input);

    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    const member = await db.member.findUniqueOrThrow({ where: { id: result.data.memberId }, include: { memberships: true } });
    expect(member).toMatchObject({ fullName: 'Nguyễn Thị Thu Hà', nameSearch: 'nguyen thi thu ha', unitId: fx.units.g1.id, unitPath: fx.units.g1.path, phone: '0912345678' });
    expect(member.memberships).toHaveLength(1);
    expect(member.memberships[0].leftOn).toBeNull();
    expect(member.cardNumber).toMatch(/^CD\d{9}$/);
    const audit = await db.auditLog.findMany({ where: { entity: 'member', entityId: String(member.id) } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'member.register', actorId: fx.users.chairG1.id, unitId: fx.units.g1.id });
    expect(JSON.stringify(audit[0].after)).not.toContain(input.cccd);
    const after = await writeCounts();
    expect(after).toEqual({ members: before.members + 1, memberships: before.memberships + 1, audit: before.audit + 1, counted: before.counted + 1 });
  });

  it('lets ward staff register into a grassroots union of their ward', async () => {
    actAs(fx.users.staffA1.id);
    expect((await register(validInput(fx.units.g2.id))).status).toBe('ok');
  });

  it('refuses the chair of a sibling union as not found and writes nothing', async () => {
    actAs(fx.users.chairG3.id);
    const before = await writeCounts();
    const result = await register(validInput(fx.units.g1.id));
    expect(result).toMatchObject({ status: 'error', code: 'notFound' });
    expect(await writeCounts()).toEqual(before);
  });

  it('refuses ward staff one branch over as not found', async () => {
    actAs(fx.users.staffA2.id);
    const before = await writeCounts();
    expect(await register(validInput(fx.units.g1.id))).toMatchObject({ status: 'error', code: 'notFound' });
    expect(await writeCounts()).toEqual(before);
  });

  it('refuses a leader (read-only) in scope as forbidden', async () => {
    actAs(fx.users.leaderA1.id);
    const before = await writeCounts();
    expect(await register(validInput(fx.units.g1.id))).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(await writeCounts()).toEqual(before);
  });

  it('refuses a call without a session, and a session whose account was deactivated', async () => {
    const before = await writeCounts();
    actAs(null);
    expect(await register(validInput(fx.units.g1.id))).toMatchObject({ status: 'error', code: 'unauthenticated' });
    actAs(fx.users.inactiveChairG1.id);
    expect(await register(validInput(fx.units.g1.id))).toMatchObject({ status: 'error', code: 'unauthenticated' });
    expect(await writeCounts()).toEqual(before);
  });

  it('refuses a POST without an Origin header, and one from a foreign origin', async () => {
    const before = await writeCounts();
    actAs(fx.users.chairG1.id, { origin: null });
    expect(await register(validInput(fx.units.g1.id))).toMatchObject({ status: 'error', code: 'badOrigin' });
    actAs(fx.users.chairG1.id, { origin: 'https://evil.example' });
    expect(await register(validInput(fx.units.g1.id))).toMatchObject({ status: 'error', code: 'badOrigin' });
    expect(await writeCounts()).toEqual(before);
  });

  it('never writes into another branch when the form carries a forged unit id', async () => {
    actAs(fx.users.chairG1.id);
    const before = await writeCounts();
    for (const forged of [fx.units.g3.id, fx.units.g4.id, fx.units.root.id, 999_999, -1]) {
      const result = await register(validInput(forged));
      expect(result).toMatchObject({ status: 'error' });
      expect(result.status === 'error' && ['notFound', 'invalid'].includes(result.code)).toBe(true);
    }
    expect(await db.member.count({ where: { unitId: { in: [fx.units.g3.id, fx.units.g4.id] } } })).toBe(0);
    expect(await writeCounts()).toEqual(before);
  });

  it('refuses registering into a unit that is not a grassroots union', async () => {
    actAs(fx.users.staffA1.id);
    const before = await writeCounts();
    for (const unit of [fx.units.wardA1, fx.units.g1group]) {
      expect(await register(validInput(unit.id))).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.member.notGrassroots' } });
    }
    expect(await writeCounts()).toEqual(before);
  });

  it('names each invalid field, keeps what was typed and writes nothing', async () => {
    actAs(fx.users.chairG1.id);
    const before = await writeCounts();
    const input = validInput(fx.units.g1.id, {
      fullName: '   ',
      gender: 'x',
      birthDate: '31/02/1990',
      cccd: '12345',
      phone: '12',
      joinDate: '01/01/2999',
      jobTitle: 'x'.repeat(121),
    });
    const result = await register(input);
    expect(result.status).toBe('error');
    if (result.status !== 'error') return;
    expect(result.code).toBe('invalid');
    const keys = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([field, messages]) => [field, messages[0].key]));
    expect(keys).toEqual({
      fullName: 'errors.field.required',
      gender: 'errors.field.required',
      birthDate: 'errors.field.dateFormat',
      cccd: 'errors.field.cccdFormat',
      phone: 'errors.field.phoneFormat',
      joinDate: 'errors.field.dateInFuture',
      jobTitle: 'errors.field.tooLong',
    });
    expect(result.values).toMatchObject({ fullName: '   ', cccd: '12345', jobTitle: input.jobTitle });
    expect(await writeCounts()).toEqual(before);
  });

  it('refuses a birth date in the future or under 15 years', async () => {
    actAs(fx.users.chairG1.id);
    const thisYear = new Date().getUTCFullYear();
    const future = await register(validInput(fx.units.g1.id, { birthDate: `01/01/${thisYear + 1}` }));
    const young = await register(validInput(fx.units.g1.id, { birthDate: `01/01/${thisYear - 10}` }));
    expect(future.status === 'error' && future.fieldErrors?.birthDate?.[0].key).toBe('errors.field.dateInFuture');
    expect(young.status === 'error' && young.fieldErrors?.birthDate?.[0].key).toBe('errors.field.tooYoung');
  });

  it('refuses a CCCD already active in another union, naming the union only to those who can see it', async () => {
    actAs(fx.users.staffA1.id);
    const input = validInput(fx.units.g2.id);
    expect((await register(input)).status).toBe('ok');
    const before = await writeCounts();

    actAs(fx.users.chairG1.id); // cannot see g2
    const hidden = await register({ ...input, unitId: String(fx.units.g1.id) });
    expect(hidden).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.member.activeElsewhere' } });
    expect(JSON.stringify(hidden)).not.toContain(fx.units.g2.name);

    actAs(fx.users.staffA1.id); // sees both unions
    const visible = await register({ ...input, unitId: String(fx.units.g1.id) });
    expect(visible).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.member.activeInVisibleUnion', params: { unit: fx.units.g2.name, toUnitCode: fx.units.g1.code } } });
    // The message offers the transfer: it carries the member to transfer (only to someone who sees them).
    const existing = await db.member.findUniqueOrThrow({ where: { cccd: input.cccd } });
    expect(visible.status === 'error' && visible.message.params?.memberId).toBe(existing.id);
    expect(hidden.status === 'error' && hidden.message.params).toBeUndefined();
    expect(await writeCounts()).toEqual(before);
  });

  it('registers a foreign worker with a passport number, de-duplicated like a CCCD', async () => {
    actAs(fx.users.chairG1.id);
    const input = { ...validInput(fx.units.g1.id), nationality: 'KR', cccd: 'm 8765 4321' };
    const result = await register(input);
    expect(result).toMatchObject({ status: 'ok' });
    expect(await db.member.findUniqueOrThrow({ where: { cccd: 'M87654321' } })).toMatchObject({ nationality: 'KR', unitId: fx.units.g1.id });
    expect(await register({ ...input, fullName: 'Lần hai' })).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.member.alreadyInThisUnion' } });
    expect(await register({ ...input, nationality: 'VN' })).toMatchObject({ status: 'error', fieldErrors: { cccd: [{ key: 'errors.field.cccdFormat' }] } });
    // The database holds the same rule: a Vietnamese citizen's number is 12 digits.
    await expect(db.$executeRaw`UPDATE members SET nationality = 'VN' WHERE cccd = 'M87654321'`).rejects.toThrow();
  });

  it('turns a duplicate submit into one member, not two', async () => {
    actAs(fx.users.chairG1.id);
    const input = validInput(fx.units.g1.id);
    const before = await writeCounts();
    const results = await Promise.all([register(input), register(input)]);
    expect(results.map((r) => r.status).sort()).toEqual(['error', 'ok']);
    expect(await db.member.count({ where: { cccd: input.cccd } })).toBe(1);
    expect(await writeCounts()).toEqual({ ...before, members: before.members + 1, memberships: before.memberships + 1, audit: before.audit + 1, counted: before.counted + 1 });
  });

  it('stores the full record, with a card number given by the user', async () => {
    actAs(fx.users.chairG1.id);
    const input = validInput(fx.units.g1.id, {
      email: ' Ha.Nguyen@Example.VN ', nationality: 'VN', ethnicityCode: '3', educationLevel: 'upper_secondary', qualification: 'college',
      cardNumber: ' tv-2026/0001 ', officialPosition: 'Tổ trưởng công đoàn', officialTrainedOn: '15/05/2026', appActivatedOn: '2026-01-10', partyIntroducedOn: '01/09/2026',
    });
    const result = await register(input);
    expect(result).toMatchObject({ status: 'ok', data: { cardNumber: 'TV-2026/0001' } });
    if (result.status !== 'ok') return;
    const member = await db.member.findUniqueOrThrow({ where: { id: result.data.memberId }, include: { ethnicity: true } });
    expect(member).toMatchObject({
      email: 'ha.nguyen@example.vn', nationality: 'VN', ethnicityCode: 3, educationLevel: 'upper_secondary', qualification: 'college',
      officialPosition: 'Tổ trưởng công đoàn', officialTrainedOn: new Date('2026-05-15'), appActivatedOn: new Date('2026-01-10'), partyIntroducedOn: new Date('2026-09-01'),
    });
    expect(member.ethnicity?.name).toBe('Thái');
    // Sensitive values never go into the audit log, which is read more widely than the record.
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: 'member', entityId: String(member.id) } });
    expect(JSON.stringify(audit.after)).not.toMatch(/ethnicity|party|2026-09-01/i);
  });

  it('refuses a card number that belongs to someone else, beside the card field, and writes nothing', async () => {
    actAs(fx.users.chairG1.id);
    expect((await register(validInput(fx.units.g1.id, { cardNumber: 'TV-DUP-1' }))).status).toBe('ok');
    const before = await writeCounts();
    const result = await register(validInput(fx.units.g1.id, { cardNumber: 'tv-dup-1' }));
    expect(result).toMatchObject({ status: 'error', code: 'invalid', fieldErrors: { cardNumber: [{ key: 'errors.member.cardNumberTaken' }] } });
    expect(result.status === 'error' && result.values?.cardNumber).toBe('tv-dup-1');
    expect(await writeCounts()).toEqual(before);
  });

  it('names the field of each invalid optional value', async () => {
    actAs(fx.users.chairG1.id);
    const before = await writeCounts();
    const result = await register(validInput(fx.units.g1.id, {
      email: 'not-an-email', nationality: 'XX', ethnicityCode: '99', educationLevel: 'phd', qualification: 'x', cardNumber: 'a b',
      appActivatedOn: '2999-01-01',
    }));
    expect(result.status).toBe('error');
    if (result.status !== 'error') return;
    const keys = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([field, messages]) => [field, messages[0].key]));
    expect(keys).toEqual({
      email: 'errors.field.emailFormat', nationality: 'errors.field.choice', ethnicityCode: 'errors.field.choice', educationLevel: 'errors.field.choice',
      qualification: 'errors.field.choice', cardNumber: 'errors.field.cardNumberFormat', appActivatedOn: 'errors.field.dateInFuture',
    });
    // Rules across fields are checked once each field is valid on its own (zod's order).
    const crossField = await register(validInput(fx.units.g1.id, { officialTrainedOn: '01/01/2020', partyIntroducedOn: '01/01/1980' }));
    expect(crossField).toMatchObject({
      status: 'error',
      fieldErrors: { officialPosition: [{ key: 'errors.field.positionForTraining' }], partyIntroducedOn: [{ key: 'errors.field.beforeBirth' }] },
    });
    expect(await writeCounts()).toEqual(before);
  });

  it('keeps unit counters equal to a recount of open memberships', async () => {
    const recount = await db.membership.groupBy({ by: ['unitId'], where: { leftOn: null }, _count: { _all: true } });
    const counters = await db.unitCounter.findMany();
    const byUnit = new Map(counters.map((c) => [c.unitId, c.activeMembers]));
    for (const row of recount) expect(byUnit.get(row.unitId)).toBe(row._count._all);
    expect(counters.reduce((sum, c) => sum + c.activeMembers, 0)).toBe(recount.reduce((sum, r) => sum + r._count._all, 0));
  });
});
