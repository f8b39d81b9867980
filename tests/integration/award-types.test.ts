// Award types are national data: only an admin of the top of the tree maintains them.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { saveAwardTypeAction } from '@/lib/awards/type-actions';
import { idle } from '@/lib/forms/action-state';
import { actAs } from '../support/request-context';
import { createFixtureTree, form, type Fixture } from '../support/fixtures';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixtureTree();
  // A federation-level admin: an admin, but not of the whole tree.
  await db.roleGrant.create({ data: { userId: fx.users.staffA1.id, unitId: fx.units.fedA.id, role: 'admin' } });
});
beforeEach(() => actAs(null));

const save = (fields: Record<string, string | number>) => saveAwardTypeAction(idle, form(fields));
const newType = { code: 'bang_khen_nganh', name: 'Bằng khen của Công đoàn ngành', recipient: 'both', issuingLevel: 'federation', isActive: 'on' };

describe('saveAwardTypeAction', () => {
  it('refuses staff, chairs, leaders and admins below the top, writing nothing', async () => {
    const before = await db.awardType.count();
    for (const user of [fx.users.staffA1, fx.users.chairG1, fx.users.leaderA1]) {
      actAs(user.id);
      expect(await save(newType)).toMatchObject({ status: 'error', code: 'forbidden' });
    }
    expect(await db.awardType.count()).toBe(before);
  });

  it('lets the top admin add a type (code upper-cased), refuses a taken code, and edits with the version check', async () => {
    actAs(fx.users.admin.id);
    const added = await save(newType);
    expect(added).toMatchObject({ status: 'ok' });
    const type = await db.awardType.findUniqueOrThrow({ where: { code: 'BANG_KHEN_NGANH' } });
    expect(await save(newType)).toMatchObject({ status: 'error', code: 'conflict', fieldErrors: { code: [{ key: 'errors.award.codeTaken' }] } });

    const edit = { ...newType, awardTypeId: type.id, version: type.version, name: 'Bằng khen Công đoàn ngành Giáo dục', isActive: '' };
    expect(await save(edit)).toMatchObject({ status: 'ok' });
    expect(await db.awardType.findUniqueOrThrow({ where: { id: type.id } })).toMatchObject({ name: 'Bằng khen Công đoàn ngành Giáo dục', isActive: false, version: type.version + 1 });
    expect(await save({ ...edit, name: 'Lỗi thời' })).toMatchObject({ status: 'error', code: 'conflict', message: { key: 'errors.award.staleType' } });
    expect(await db.auditLog.count({ where: { entity: 'award_type', entityId: String(type.id) } })).toBe(2);
  });
});
