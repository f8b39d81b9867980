// The permission matrix, exhaustively: every role × action × where the unit sits relative to the
// grant. A grant reaches its unit and its whole subtree, and nothing else.
import { describe, expect, it } from 'vitest';
import { ACTIONS, POLICY, ROLES, can, canAnywhere, scopeRoots, type Actor, type Role } from '@/lib/auth/policy';

const GRANTED = '/1/2/5/'; // e.g. a ward union
const PLACES = {
  own: { path: GRANTED, inScope: true },
  descendant: { path: '/1/2/5/17/40/', inScope: true },
  siblingBranch: { path: '/1/2/6/', inScope: false },
  siblingsChild: { path: '/1/2/6/51/', inScope: false },
  parent: { path: '/1/2/', inScope: false },
  // A unit whose id starts with the same digits must not match by string prefix.
  lookalike: { path: '/1/2/55/', inScope: false },
} as const;

const actorWith = (role: Role | string): Actor => ({ userId: 1, displayName: 'x', grants: [{ role: role as Role, unitId: 5, unitPath: GRANTED }] });

describe('can(actor, action, unit)', () => {
  for (const role of ROLES) {
    for (const action of ACTIONS) {
      for (const [placeName, place] of Object.entries(PLACES)) {
        const expected = place.inScope && POLICY[role].has(action);
        it(`${role} · ${action} · ${placeName} → ${expected ? 'allowed' : 'refused'}`, () => {
          expect(can(actorWith(role), action, { path: place.path })).toBe(expected);
        });
      }
    }
  }

  it('matches what the roles are for', () => {
    const allowed = (role: Role) => ACTIONS.filter((action) => POLICY[role].has(action));
    expect(allowed('admin')).toEqual([...ACTIONS]);
    expect(allowed('leader')).toEqual(['unit.view', 'member.view', 'dashboard.view', 'audit.view']);
    expect(POLICY.staff.has('account.manage')).toBe(false);
    expect(POLICY.chair.has('unit.manage')).toBe(false);
    expect(POLICY.chair.has('member.register')).toBe(true);
    expect(POLICY.chair.has('award.decide')).toBe(false);
    // Sensitive personal data: the member's chair and staff in scope, never a (read-only) leader.
    expect(ROLES.filter((role) => POLICY[role].has('member.viewSensitive'))).toEqual(['admin', 'staff', 'chair']);
    // Targets: staff set them; chairs (and staff) enter a manual target's actual; leaders read.
    expect(ROLES.filter((role) => POLICY[role].has('target.manage'))).toEqual(['admin', 'staff']);
    expect(ROLES.filter((role) => POLICY[role].has('target.reportManual'))).toEqual(['admin', 'staff', 'chair']);
    expect(ROLES.filter((role) => POLICY[role].has('dashboard.view'))).toEqual(['admin', 'staff', 'chair', 'leader']);
  });

  it('refuses everything to no actor, an actor without grants, and an unknown role', () => {
    for (const action of ACTIONS) {
      expect(can(null, action, PLACES.own)).toBe(false);
      expect(can({ userId: 1, displayName: 'x', grants: [] }, action, PLACES.own)).toBe(false);
      expect(can(actorWith('superuser'), action, PLACES.own)).toBe(false);
    }
  });

  it('combines several grants: each reaches only its own subtree with its own role', () => {
    const actor: Actor = {
      userId: 1,
      displayName: 'x',
      grants: [
        { role: 'leader', unitId: 2, unitPath: '/1/2/' },
        { role: 'chair', unitId: 40, unitPath: '/1/2/5/17/40/' },
      ],
    };
    expect(can(actor, 'member.register', { path: '/1/2/5/17/40/' })).toBe(true);
    expect(can(actor, 'member.register', { path: '/1/2/5/17/41/' })).toBe(false);
    expect(can(actor, 'unit.view', { path: '/1/2/5/17/41/' })).toBe(true);
    expect(canAnywhere(actor, 'member.register')).toBe(true);
    expect(canAnywhere(actor, 'unit.manage')).toBe(false);
  });
});

describe('scopeRoots', () => {
  it('keeps only the topmost granted units for an action', () => {
    const actor: Actor = {
      userId: 1,
      displayName: 'x',
      grants: [
        { role: 'staff', unitId: 5, unitPath: '/1/2/5/' },
        { role: 'chair', unitId: 40, unitPath: '/1/2/5/17/40/' },
        { role: 'leader', unitId: 6, unitPath: '/1/2/6/' },
        { role: 'staff', unitId: 55, unitPath: '/1/2/55/' },
      ],
    };
    expect(scopeRoots(actor, 'member.register')).toEqual(['/1/2/5/', '/1/2/55/']);
    expect(scopeRoots(actor, 'unit.view')).toEqual(['/1/2/5/', '/1/2/55/', '/1/2/6/']);
    expect(scopeRoots(null, 'unit.view')).toEqual([]);
  });
});
