// Honours in the fixture tree, written straight to the tables (the actions that create them are
// tested in awards.test.ts and initiatives.test.ts): for the exports and the profile sections.
//
//   wardA1 decision 12/QĐ (issued): Vũ Thị Mai of g1 (Giấy khen 2025), g2 as a collective (Giấy khen 2025),
//                                   Vũ Thị Mai again (Giấy khen 2024)
//   wardA1 decision 13/QĐ (revoked): Vũ Thị Mai (Giấy khen 2025): never counted
//   wardA2 decision 7/QĐ (issued):  Lý Thu Hà of g3 (Giấy khen 2025): another branch
//   initiatives: g1 2025 by Vũ Thị Mai (150 000 000), g1 2024 outside author (2 500 000 000 000 000 000),
//                g2 2025 scientific topic (40 000 000), g3 2025 by Lý Thu Hà (10 000 000)
import { db } from '@/lib/db';
import { registerMember } from '@/lib/members/mutations';
import { NO_DETAILS, type Fixture } from './fixtures';

export async function createHonours(fx: Fixture) {
  const person = (cccd: string, fullName: string) => ({
    fullName, gender: 'female' as const, birthDate: new Date(Date.UTC(1990, 1, 1)), cccd, phone: null,
    joinDate: new Date(Date.UTC(2018, 0, 1)), jobTitle: null, unitId: 0, ...NO_DETAILS,
  });
  const mai = await registerMember(fx.users.admin.id, fx.units.g1, person('031090000101', 'Vũ Thị Mai'));
  const ha = await registerMember(fx.users.admin.id, fx.units.g3, person('031090000102', 'Lý Thu Hà'));
  const giayKhen = (await db.awardType.findUniqueOrThrow({ where: { code: 'GIAY_KHEN' } })).id;
  const { g1, g2, g3, wardA1, wardA2 } = fx.units;

  const decision = async (issuingUnitId: number, number: string, status: 'issued' | 'revoked', awards: { memberId?: number; recipientUnitId?: number; unit: { id: number; path: string }; year: number }[]) => {
    const created = await db.awardDecision.create({ data: { issuingUnitId, number, signedOn: new Date(Date.UTC(2025, 11, 20)), signer: 'Phạm Văn Đức', status, revokedReason: status === 'revoked' ? 'Nhầm đối tượng' : null } });
    for (const award of awards) {
      await db.award.create({ data: { decisionId: created.id, awardTypeId: giayKhen, memberId: award.memberId, recipientUnitId: award.recipientUnitId, unitId: award.unit.id, unitPath: award.unit.path, year: award.year } });
    }
  };
  await decision(wardA1.id, '12/QĐ', 'issued', [
    { memberId: mai.memberId, unit: g1, year: 2025 },
    { recipientUnitId: g2.id, unit: g2, year: 2025 },
    { memberId: mai.memberId, unit: g1, year: 2024 },
  ]);
  await decision(wardA1.id, '13/QĐ', 'revoked', [{ memberId: mai.memberId, unit: g1, year: 2025 }]);
  await decision(wardA2.id, '7/QĐ', 'issued', [{ memberId: ha.memberId, unit: g3, year: 2025 }]);

  const initiative = (unit: { id: number; path: string }, title: string, year: number, valueVnd: bigint, author: { memberId: number } | { outsideName: string }, kind: 'initiative' | 'scientific_topic' = 'initiative') =>
    db.initiative.create({ data: { unitId: unit.id, unitPath: unit.path, title, kind, year, valueVnd, status: 'recognised', recognitionLevel: 'ward', authors: { create: [author] } } });
  await initiative(g1, 'Cải tiến khuôn dập giảm phế phẩm', 2025, 150_000_000n, { memberId: mai.memberId });
  await initiative(g1, 'Dây chuyền sơn tĩnh điện', 2024, 2_500_000_000_000_000_000n, { outsideName: 'Trần Văn Khách' });
  await initiative(g2, 'Đề tài an toàn lao động', 2025, 40_000_000n, { outsideName: 'Đỗ Văn Nam' }, 'scientific_topic');
  await initiative(g3, 'Sổ tay điện tử cho giáo viên', 2025, 10_000_000n, { memberId: ha.memberId });
  return { mai, ha };
}
