// A small tree with one user per role, for integration tests:
//
//   root (confederation)
//   ├── fedA (federation)
//   │   ├── wardA1 (ward_union) ── g1, g2 (grassroots); g1 ── g1group (group)
//   │   └── wardA2 (ward_union) ── g3 (grassroots)      ← the sibling branch of wardA1
//   └── fedB (federation) ── wardB1 ── g4
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import { searchKey } from '@/lib/text/search-key';
import type { Role, UnitKind } from '@/lib/generated/prisma/client';

export const FIXTURE_PASSWORD = 'Mat-khau-9';

async function unit(kind: UnitKind, code: string, name: string, parent?: { id: number; path: string; depth: number }) {
  const created = await db.unit.create({
    data: { kind, code, name, nameSearch: searchKey(name), parentId: parent?.id, path: '/0/', depth: parent ? parent.depth + 1 : 0 },
  });
  return db.unit.update({ where: { id: created.id }, data: { path: `${parent?.path ?? '/'}${created.id}/` } });
}

async function user(key: string, grants: [Role, { id: number }][], isActive = true) {
  return db.user.create({
    data: {
      email: `${key.toLowerCase()}@test.vn`,
      username: key.toLowerCase(),
      displayName: key,
      passwordHash: await hashPassword(FIXTURE_PASSWORD),
      isActive,
      grants: { create: grants.map(([role, u]) => ({ role, unitId: u.id })) },
    },
  });
}

export async function createFixtureTree() {
  const root = await unit('confederation', 'ROOT', 'Tổng Liên đoàn');
  const fedA = await unit('federation', 'A', 'Liên đoàn Lao động A', root);
  const wardA1 = await unit('ward_union', 'A1', 'Công đoàn phường A1', fedA);
  const wardA2 = await unit('ward_union', 'A2', 'Công đoàn phường A2', fedA);
  const g1 = await unit('grassroots', 'A1-G1', 'Công đoàn cơ sở Công ty Một', wardA1);
  const g2 = await unit('grassroots', 'A1-G2', 'Công đoàn cơ sở Công ty Hai', wardA1);
  const g1group = await unit('group', 'A1-G1-T1', 'Tổ công đoàn Phân xưởng 1', g1);
  const g3 = await unit('grassroots', 'A2-G3', 'Công đoàn cơ sở Trường Ba', wardA2);
  const fedB = await unit('federation', 'B', 'Liên đoàn Lao động B', root);
  const wardB1 = await unit('ward_union', 'B1', 'Công đoàn phường B1', fedB);
  const g4 = await unit('grassroots', 'B1-G4', 'Công đoàn cơ sở Bệnh viện Bốn', wardB1);
  const units = { root, fedA, wardA1, wardA2, g1, g2, g1group, g3, fedB, wardB1, g4 };

  const users = {
    admin: await user('admin', [['admin', root]]),
    staffA1: await user('staffA1', [['staff', wardA1]]),
    staffA2: await user('staffA2', [['staff', wardA2]]),
    chairG1: await user('chairG1', [['chair', g1]]),
    chairG3: await user('chairG3', [['chair', g3]]),
    leaderA1: await user('leaderA1', [['leader', wardA1]]),
    inactiveChairG1: await user('inactiveChairG1', [['chair', g1]], false),
  };
  return { units, users };
}

export type Fixture = Awaited<ReturnType<typeof createFixtureTree>>;

/** Form data as a browser would post it. */
export function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

/** Rows of the tables an action may write, to prove a refused action wrote nothing. */
export async function writeCounts() {
  const [members, memberships, audit, counters] = await Promise.all([
    db.member.count(),
    db.membership.count(),
    db.auditLog.count(),
    db.unitCounter.aggregate({ _sum: { activeMembers: true } }),
  ]);
  return { members, memberships, audit, counted: counters._sum.activeMembers ?? 0 };
}

/** The optional record fields left empty, for tests that call mutations directly. */
export const NO_DETAILS = {
  ethnicityCode: null, nationality: 'VN', email: null, educationLevel: null, qualification: null, cardNumber: null,
  officialPosition: null, officialTrainedOn: null, appActivatedOn: null, partyIntroducedOn: null,
} as const;
