// The permission matrix, as data, and the one function that reads it. The UI asks `can` to hide
// what a person may not do; every server action asks it again, with the unit looked up from the
// database. A grant reaches its unit and the unit's whole subtree (a prefix match on the path).

export const ROLES = ['admin', 'staff', 'chair', 'leader'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'unit.view', // see a unit, its children and counts
  'unit.manage', // establish, edit, transfer, merge, dissolve units
  'unit.editProfile', // employer, workforce, collective agreement of one's own union
  'member.view',
  'member.register',
  'member.edit',
  'member.viewSensitive', // ethnicity, religion, Party introduction: personal data the law calls sensitive
  'movement.manage',
  'award.nominate',
  'award.decide',
  'target.manage',
  'dashboard.view',
  'audit.view',
  'account.manage', // accounts and role grants
  'initiative.register', // add initiatives of a unit in scope
  'initiative.recognise', // record the recognition decision on an initiative
  'awardType.manage', // the list of award types (national reference data)
  'movement.participate', // register a unit in a movement and report its results
  'target.reportManual', // enter the actual of a manual target (with its evidence) for one's own union
] as const;
export type Action = (typeof ACTIONS)[number];

/** role × action. Anything not listed is refused; an unknown role reaches nothing. */
export const POLICY: Readonly<Record<Role, ReadonlySet<Action>>> = {
  admin: new Set(ACTIONS),
  staff: new Set<Action>([
    'unit.view', 'unit.manage', 'unit.editProfile', 'member.view', 'member.register', 'member.edit',
    'member.viewSensitive', 'movement.manage', 'award.nominate', 'award.decide', 'target.manage', 'dashboard.view', 'audit.view',
    'initiative.register', 'initiative.recognise', 'movement.participate', 'target.reportManual',
  ]),
  chair: new Set<Action>([
    'unit.view', 'unit.editProfile', 'member.view', 'member.register', 'member.edit', 'member.viewSensitive', 'award.nominate',
    'dashboard.view', 'initiative.register', 'movement.participate', 'target.reportManual',
  ]),
  leader: new Set<Action>(['unit.view', 'member.view', 'dashboard.view', 'audit.view']),
};

export interface Grant {
  role: Role;
  unitId: number;
  /** Materialised path of the granted unit, e.g. "/1/2/5/". */
  unitPath: string;
}

export interface Actor {
  userId: number;
  displayName: string;
  grants: Grant[];
}

/** The part of a unit the policy needs: where it sits in the tree. */
export interface UnitPlace {
  path: string;
}

export function roleAllows(role: string, action: Action): boolean {
  return (POLICY as Record<string, ReadonlySet<Action> | undefined>)[role]?.has(action) ?? false;
}

export function isWithin(unitPath: string, ancestorPath: string): boolean {
  return unitPath.startsWith(ancestorPath);
}

export function can(actor: Actor | null | undefined, action: Action, unit: UnitPlace): boolean {
  if (!actor) return false;
  return actor.grants.some((grant) => roleAllows(grant.role, action) && isWithin(unit.path, grant.unitPath));
}

/** True if the actor may do `action` somewhere (to decide whether to show a navigation entry). */
export function canAnywhere(actor: Actor | null | undefined, action: Action): boolean {
  return !!actor && actor.grants.some((grant) => roleAllows(grant.role, action));
}

/**
 * The subtree roots where `action` is allowed, without nested duplicates: the scope filter for lists
 * (`path LIKE root || '%'` for each root).
 */
export function scopeRoots(actor: Actor | null | undefined, action: Action): string[] {
  if (!actor) return [];
  const paths = [...new Set(actor.grants.filter((g) => roleAllows(g.role, action)).map((g) => g.unitPath))].sort();
  return paths.filter((path, index) => !paths.slice(0, index).some((other) => isWithin(path, other)));
}
