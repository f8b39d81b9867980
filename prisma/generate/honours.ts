// Commendations and initiatives for the generated tree: each ward or industry union issues one
// "Giấy khen" decision a year (2022–2025) for individuals and collectives of its grassroots unions,
// and grassroots unions register initiatives with member authors. Recipients are drawn from each
// union's contiguous range of active member ids (people.ts writes them that way).
import type pg from 'pg';
import { Rng } from '../seed/random';
import { toDay } from '../seed/dates';
import { Batch, type BulkWriter } from './bulk';
import type { GenTree } from './tree';

const YEARS = [2022, 2023, 2024, 2025];
const TITLES = [
  'Cải tiến quy trình kiểm tra chất lượng', 'Ứng dụng phần mềm quản lý hồ sơ', 'Tiết kiệm điện năng trong sản xuất',
  'Cải tiến dây chuyền đóng gói', 'Đổi mới phương pháp dạy học', 'Số hóa quy trình tiếp nhận bệnh nhân', 'Giảm thời gian chờ tại bộ phận một cửa',
];

export async function generateHonours(client: pg.ClientBase, tree: GenTree, firstMember: Map<number, number>, writer: BulkWriter, seed: number) {
  const rng = new Rng(seed);
  const { rows } = await client.query<{ id: number; code: string }>(`SELECT id, code FROM award_types WHERE code IN ('GIAY_KHEN', 'BANG_KHEN_LDLD')`);
  const typeId = new Map(rows.map((r) => [r.code, r.id]));
  const decisions = new Batch(writer, 'award_decisions', { id: 'int', issuing_unit_id: 'int', number: 'text', signed_on: 'day', signer: 'text' }, 50_000);
  const awards = new Batch(writer, 'awards', { decision_id: 'int', award_type_id: 'int', member_id: 'int', recipient_unit_id: 'int', unit_id: 'int', unit_path: 'text', year: 'int' }, 50_000);
  const initiatives = new Batch(writer, 'initiatives', { id: 'int', unit_id: 'int', unit_path: 'text', title: 'text', kind: 'initiative_kind', year: 'int', value_vnd: 'bigint', recognition_level: 'recognition_level', status: 'initiative_status' }, 50_000);
  // Authors are written after their initiatives have landed (foreign keys), so they wait in memory.
  const authorRows: { initiative: number; member: number }[] = [];
  let decisionId = 0;
  for (const parentId of tree.siblings.keys()) {
    for (const year of YEARS) {
      decisionId += 1;
      await decisions.add({ id: decisionId, issuing_unit_id: parentId, number: `${rng.int(10, 990)}/QĐ-CĐ-${year}`, signed_on: toDay(`${year}-12-15`), signer: 'Chủ tịch' });
    }
  }
  await decisions.send();
  await writer.flush();
  decisionId = 0;
  let initiativeId = 0;
  const counts = { decisions: 0, awards: 0, initiatives: 0 };
  for (const unions of tree.siblings.values()) {
    for (const year of YEARS) {
      decisionId += 1;
      counts.decisions += 1;
      for (const union of unions) {
        const first = firstMember.get(union.id)!;
        const individuals = Math.floor(union.size * 0.0025 + rng.float());
        for (let n = 0; n < individuals; n++) {
          counts.awards += 1;
          await awards.add({ decision_id: decisionId, award_type_id: typeId.get('GIAY_KHEN'), member_id: first + rng.int(0, union.size - 1), recipient_unit_id: null, unit_id: union.id, unit_path: union.path, year });
        }
        if (rng.chance(0.1)) {
          counts.awards += 1;
          await awards.add({ decision_id: decisionId, award_type_id: typeId.get('GIAY_KHEN'), member_id: null, recipient_unit_id: union.id, unit_id: union.id, unit_path: union.path, year });
        }
        const ideas = Math.floor(union.size * 0.002 + rng.float());
        for (let n = 0; n < ideas; n++) {
          initiativeId += 1;
          counts.initiatives += 1;
          const recognised = rng.chance(0.8);
          await initiatives.add({
            id: initiativeId, unit_id: union.id, unit_path: union.path, title: rng.pick(TITLES), kind: rng.chance(0.85) ? 'initiative' : 'technical_improvement', year,
            value_vnd: recognised ? rng.int(5, 500) * 1_000_000 : 0, recognition_level: recognised ? 'grassroots' : null, status: recognised ? 'recognised' : 'not_recognised',
          });
          authorRows.push({ initiative: initiativeId, member: first + rng.int(0, union.size - 1) });
        }
      }
    }
  }
  await awards.send();
  await initiatives.send();
  await writer.flush();
  await writer.write('initiative_authors', [['initiative_id', 'int', authorRows.map((a) => a.initiative)], ['member_id', 'int', authorRows.map((a) => a.member)]]);
  return counts;
}
