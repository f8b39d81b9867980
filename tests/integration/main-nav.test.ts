// The navigation asks the same question as the award-types page and its action: only an admin of a
// top unit of the tree sees "Award types"; an admin further down (a federation under the
// confederation) does not, though the policy matrix gives every admin the action.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { loadActor } from '@/lib/auth/data';
import { mayManageAwardTypes } from '@/lib/awards/data';
import { saveAwardTypeAction } from '@/lib/awards/type-actions';
import { idle } from '@/lib/forms/action-state';
import { navEntriesFor } from '@/components/shell/main-nav';
import { actAs } from '../support/request-context';
import { createFixtureTree, form, type Fixture } from '../support/fixtures';

let fx: Fixture;
let adminFedA: number;

beforeAll(async () => {
  fx = await createFixtureTree();
  adminFedA = (await db.user.create({
    data: { email: 'adminfeda@test.vn', username: 'adminfeda', displayName: 'adminFedA', passwordHash: 'x', grants: { create: [{ role: 'admin', unitId: fx.units.fedA.id }] } },
  })).id;
});
beforeEach(() => actAs(null));

const labels = async (userId: number) => (await navEntriesFor((await loadActor(userId))!)).map((entry) => entry.label);

describe('the Award types navigation entry', () => {
  it('shows for an admin of the top unit', async () => {
    expect(await labels(fx.users.admin.id)).toContain('awardTypes');
    expect(await mayManageAwardTypes(await loadActor(fx.users.admin.id))).toBe(true);
  });

  it('is hidden from an admin below the top, whom the page and the action refuse too', async () => {
    expect(await labels(adminFedA)).not.toContain('awardTypes');
    expect(await labels(adminFedA)).toEqual(expect.arrayContaining(['units', 'members', 'awards']));
    expect(await mayManageAwardTypes(await loadActor(adminFedA))).toBe(false);
    actAs(adminFedA);
    const before = await db.awardType.count();
    expect(await saveAwardTypeAction(idle, form({ code: 'KT_THU', name: 'Thử', recipient: 'both', issuingLevel: 'ward' }))).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(await db.awardType.count()).toBe(before);
  });

  it('is hidden from staff, chairs and leaders', async () => {
    for (const user of [fx.users.staffA1, fx.users.chairG1, fx.users.leaderA1]) expect(await labels(user.id)).not.toContain('awardTypes');
  });
});
