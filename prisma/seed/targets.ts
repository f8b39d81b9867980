// Demo targets: Thuy Nguyen Ward Trade Union's 2026 resolution targets (from the seed reports), the
// ward's count target split among its grassroots unions in proportion to members, a self-assessed
// target of the demo chair's union, and 2026 activity shaped so that some metrics are on track and
// some behind. Runs inside the demo seed's transaction; the rollup triggers keep the figures exact.
import type pg from 'pg';
import { suggestSplit } from '../../lib/targets/metrics';
import { Rng } from './random';

const YEAR = 2026;
const WARD_CODE = 'HP-TN';
const CHAIR_UNION_CODE = 'HP-TN-001';

/** [metric, shape, min, max, wording] as the ward's 2025–2030 congress resolution sets them for 2026. */
const WARD_TARGETS: [string, string, number, number | null, string | null][] = [
  ['new_members', 'count', 300, null, null],
  ['new_grassroots', 'count', 5, null, null],
  ['party_per_grassroots', 'count', 1, null, null],
  ['officials_trained', 'share_people', 100, null, null],
  ['cba_coverage', 'share_units', 85, null, null],
  ['clc_topics', 'count', 2, null, null],
  ['app_adoption', 'share_people', 65, 70, null],
];

export async function insertDemoTargets(client: pg.Client): Promise<void> {
  const rng = new Rng(2026_06);
  const { rows: [ward] } = await client.query<{ id: number; path: string }>('SELECT id, path FROM units WHERE code = $1', [WARD_CODE]);
  if (!ward) throw new Error(`demo targets: no unit ${WARD_CODE}`);

  const ids: Record<string, number> = {};
  for (const [metric, shape, min, max, label] of WARD_TARGETS) {
    const { rows } = await client.query<{ id: number }>(
      'INSERT INTO targets (unit_id, year, metric, shape, value_min, value_max, label) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
      [ward.id, YEAR, metric, shape, min, max, label],
    );
    ids[metric] = rows[0].id;
  }

  // Party introductions of 2026: about 0.8 per grassroots union so far — behind the "1 per union" pace.
  await client.query(
    `UPDATE members p SET party_introduced_on = DATE '2026-01-15' + ((p.id * 37) % 280)
     WHERE p.id IN (SELECT id FROM members WHERE unit_path LIKE $1 || '%' AND party_introduced_on IS NULL
                    ORDER BY (id * 7919) % 1000, id
                    LIMIT (SELECT (count(*) * 0.8)::int FROM units WHERE kind = 'grassroots' AND status = 'active' AND path LIKE $1 || '%'))`,
    [ward.path],
  );

  // One Creative Labour Certificate so far this year, against a target of two.
  const { rows: [root] } = await client.query<{ id: number }>("SELECT id FROM units WHERE code = 'TLD'");
  const { rows: [recipient] } = await client.query<{ id: number; path: string }>('SELECT id, path FROM units WHERE code = $1', ['HP-TN-004']);
  if (root && recipient) {
    const { rows: [decision] } = await client.query<{ id: number }>(
      `INSERT INTO award_decisions (issuing_unit_id, number, signed_on, signer) VALUES ($1, '2148/QĐ-TLĐ', DATE '2026-09-15', 'Phó Chủ tịch Tổng Liên đoàn') RETURNING id`,
      [root.id],
    );
    const { rows: [type] } = await client.query<{ id: number }>("SELECT id FROM award_types WHERE code = 'BANG_LDST'");
    await client.query(
      'INSERT INTO awards (decision_id, award_type_id, recipient_unit_id, unit_id, unit_path, year) VALUES ($1, $2, $3, $3, $4, $5)',
      [decision.id, type.id, recipient.id, recipient.path, YEAR],
    );
  }

  // The ward's 300 new members split among its grassroots unions in proportion to their members; a
  // few unions were given a little more than their proportion, so some lag behind their share.
  const { rows: unions } = await client.query<{ id: number; members: number }>(
    `SELECT u.id, (SELECT count(*) FROM memberships m WHERE m.unit_id = u.id AND m.left_on IS NULL)::int AS members
     FROM units u WHERE u.parent_id = $1 AND u.kind = 'grassroots' AND u.status = 'active' ORDER BY u.id`,
    [ward.id],
  );
  const shares = suggestSplit(300, unions.map((u) => u.members));
  await client.query(
    `INSERT INTO targets (unit_id, year, metric, shape, value_min, parent_target_id)
     SELECT unnest($1::int[]), $2, 'new_members', 'count', unnest($3::numeric[]), $4`,
    [unions.map((u) => u.id), YEAR, shares.map((share) => (share > 0 && rng.chance(0.15) ? share + 2 : share)), ids.new_members],
  );

  // The demo chair's union: a self-assessed target with its result and evidence.
  await client.query(
    `INSERT INTO targets (unit_id, year, metric, shape, value_min, label, manual_actual, evidence_note, manual_updated_on)
     SELECT id, $1, 'manual', 'share_people', 100, 'Cán bộ công đoàn nắm vững Nghị quyết Đại hội Công đoàn các cấp', 90,
            'Biên bản hội nghị quán triệt nghị quyết ngày 12/03/2026; 18/20 cán bộ tham dự', DATE '2026-03-12'
     FROM units WHERE code = $2`,
    [YEAR, CHAIR_UNION_CODE],
  );
}
