// The initiatives register through its actions against real PostgreSQL.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createInitiativeAction, recogniseInitiativeAction } from '@/lib/initiatives/actions';
import { initiativeTotals } from '@/lib/initiatives/data';
import { registerMember } from '@/lib/members/mutations';
import { idle } from '@/lib/forms/action-state';
import { actAs } from '../support/request-context';
import { createFixtureTree, form, NO_DETAILS, type Fixture } from '../support/fixtures';

let fx: Fixture;
let cardInG1: string;
let cardInG3: string;

beforeAll(async () => {
  fx = await createFixtureTree();
  const person = (cccd: string) => ({
    fullName: 'Hoàng Minh Tuấn', gender: 'male' as const, birthDate: new Date(Date.UTC(1985, 4, 1)), cccd, phone: null,
    joinDate: new Date(Date.UTC(2015, 0, 1)), jobTitle: 'Kỹ sư', unitId: 0, ...NO_DETAILS,
  });
  cardInG1 = (await registerMember(fx.users.admin.id, fx.units.g1, person('031085000001'))).cardNumber;
  cardInG3 = (await registerMember(fx.users.admin.id, fx.units.g3, person('031085000002'))).cardNumber;
});
beforeEach(() => actAs(null));

const create = (fields: Record<string, string>) => createInitiativeAction(idle, form(fields));
const recognise = (fields: Record<string, string>) => recogniseInitiativeAction(idle, form(fields));
const counts = async () => ({ initiatives: await db.initiative.count(), authors: await db.initiativeAuthor.count(), audit: await db.auditLog.count() });

function valid(unitId: number, overrides: Record<string, string> = {}) {
  return {
    unitId: String(unitId),
    title: 'Cải tiến khuôn dập giảm phế phẩm',
    kind: 'technical_improvement',
    field: 'Cơ khí',
    year: '2025',
    appliedOn: '15/06/2025',
    valueVnd: '150.000.000',
    memberAuthors: cardInG1,
    outsideAuthors: 'Trần Văn Khách',
    ...overrides,
  };
}

describe('createInitiativeAction', () => {
  it('registers an initiative with a member author and an outside author, and one audit row', async () => {
    actAs(fx.users.chairG1.id);
    const before = await counts();
    const result = await create(valid(fx.units.g1.id));
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    const row = await db.initiative.findUniqueOrThrow({ where: { id: result.data.initiativeId }, include: { authors: true } });
    expect(row).toMatchObject({ unitId: fx.units.g1.id, unitPath: fx.units.g1.path, valueVnd: 150_000_000n, status: 'submitted', year: 2025 });
    expect(row.authors.map((a) => a.outsideName ?? 'member')).toEqual(['member', 'Trần Văn Khách']);
    expect(await counts()).toEqual({ initiatives: before.initiatives + 1, authors: before.authors + 2, audit: before.audit + 1 });
  });

  it('holds values of thousands of billions of VND', async () => {
    actAs(fx.users.staffA1.id);
    const result = await create(valid(fx.units.g1.id, { valueVnd: '2.500.000.000.000.000', memberAuthors: '' }));
    expect(result.status).toBe('ok');
    if (result.status === 'ok') expect((await db.initiative.findUniqueOrThrow({ where: { id: result.data.initiativeId } })).valueVnd).toBe(2_500_000_000_000_000n);
  });

  it('refuses the chair of a sibling union as not found, a leader as forbidden, and no session; writes nothing', async () => {
    const before = await counts();
    actAs(fx.users.chairG3.id);
    expect(await create(valid(fx.units.g1.id, { memberAuthors: '' }))).toMatchObject({ status: 'error', code: 'notFound' });
    actAs(fx.users.leaderA1.id);
    expect(await create(valid(fx.units.g1.id))).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(null);
    expect(await create(valid(fx.units.g1.id))).toMatchObject({ status: 'error', code: 'unauthenticated' });
    expect(await counts()).toEqual(before);
  });

  it('refuses member authors who are not members of the unit, naming the card numbers', async () => {
    actAs(fx.users.staffA1.id);
    const before = await counts();
    const result = await create(valid(fx.units.g1.id, { memberAuthors: `${cardInG1}\n${cardInG3}\nXX999` }));
    expect(result).toMatchObject({ status: 'error', code: 'invalid', message: { key: 'errors.initiative.unknownCards', params: { cards: `${cardInG3}, XX999` } } });
    expect(await counts()).toEqual(before);
  });

  it('names each invalid field and keeps what was typed', async () => {
    actAs(fx.users.chairG1.id);
    const result = await create(valid(fx.units.g1.id, { title: ' ', kind: '', year: '1800', appliedOn: '31/13/2025', valueVnd: '12,5 triệu', memberAuthors: '', outsideAuthors: '' }));
    expect(result.status).toBe('error');
    if (result.status !== 'error') return;
    expect(Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k, v[0].key]))).toEqual({
      title: 'errors.field.required',
      kind: 'errors.field.required',
      year: 'errors.field.yearFormat',
      appliedOn: 'errors.field.dateFormat',
      valueVnd: 'errors.field.vndFormat',
      memberAuthors: 'errors.field.authorRequired',
    });
    expect(result.values?.valueVnd).toBe('12,5 triệu');
  });
});

describe('totals and recognition', () => {
  it('totals count and value by subtree and year', async () => {
    actAs(fx.users.chairG3.id);
    expect((await create(valid(fx.units.g3.id, { memberAuthors: cardInG3, valueVnd: '1.000.000', year: '2026' }))).status).toBe('ok');
    const ward = await initiativeTotals({ unitPath: fx.units.wardA1.path, year: 2025 });
    const fed = await initiativeTotals({ unitPath: fx.units.fedA.path });
    const rows = await db.initiative.findMany();
    const sum = (list: typeof rows) => list.reduce((total, r) => total + r.valueVnd, 0n);
    const inWard2025 = rows.filter((r) => r.unitPath.startsWith(fx.units.wardA1.path) && r.year === 2025);
    expect(ward).toMatchObject({ count: inWard2025.length, valueVnd: sum(inWard2025) });
    expect(fed).toMatchObject({ count: rows.length, valueVnd: sum(rows) });
    expect((await initiativeTotals({ unitPath: fx.units.fedB.path })).count).toBe(0);
  });

  it('lets ward staff recognise, refuses the chair and the other ward, and refuses a stale form', async () => {
    const initiative = await db.initiative.findFirstOrThrow({ where: { unitId: fx.units.g1.id } });
    const fields = { initiativeId: String(initiative.id), version: String(initiative.version), status: 'recognised', recognitionLevel: 'ward', valueVnd: '120.000.000' };
    const before = await counts();
    actAs(fx.users.chairG1.id);
    expect(await recognise(fields)).toMatchObject({ status: 'error', code: 'forbidden' });
    actAs(fx.users.staffA2.id);
    expect(await recognise(fields)).toMatchObject({ status: 'error', code: 'notFound' });
    expect(await counts()).toEqual(before);
    expect(await db.initiative.findUniqueOrThrow({ where: { id: initiative.id } })).toMatchObject({ status: 'submitted', version: initiative.version });

    actAs(fx.users.staffA1.id);
    expect(await recognise(fields)).toMatchObject({ status: 'ok' });
    expect(await db.initiative.findUniqueOrThrow({ where: { id: initiative.id } })).toMatchObject({ status: 'recognised', recognitionLevel: 'ward', valueVnd: 120_000_000n, version: initiative.version + 1 });
    // The same form again carries the old version: someone else's save in between is not overwritten.
    expect(await recognise({ ...fields, status: 'not_recognised' })).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.initiative.stale' } });
    expect((await db.initiative.findUniqueOrThrow({ where: { id: initiative.id } })).status).toBe('recognised');
  });
});
