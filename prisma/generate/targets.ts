// Yearly targets for the generated tree (issue 7 lists them among the data a realistic set holds): the
// current year's targets of every active confederation, federation, ward union and grassroots union,
// sized from the unit's members so some are on track and some behind, with each count target linked
// to its parent's (the cascade), so dashboards and their children breakdowns read what a real year has.
// Set-based SQL after the rollups are rebuilt (their member totals size the counts).
import type pg from 'pg';

const YEAR = `extract(year FROM (now() AT TIME ZONE 'Asia/Ho_Chi_Minh'))::int`;

export async function generateTargets(client: pg.Client): Promise<number> {
  const { rowCount } = await client.query(`
    WITH s AS (
      SELECT u.id, u.kind, coalesce(t.amount, 0) AS members
      FROM units u LEFT JOIN target_rollup_totals t ON t.unit_id = u.id AND t.metric = 1
      WHERE u.status = 'active' AND u.kind <> 'group'
    )
    INSERT INTO targets (unit_id, year, metric, shape, value_min, value_max)
    SELECT s.id, ${YEAR}, m.metric::target_metric, m.shape::target_shape,
           CASE m.metric
             WHEN 'new_members' THEN greatest(1, round(s.members * (0.04 + (s.id % 5) * 0.01)))
             WHEN 'net_growth' THEN greatest(1, round(s.members * 0.02))
             WHEN 'app_adoption' THEN 55 + (s.id % 4) * 5
             ELSE 70 END,
           CASE WHEN m.metric = 'app_adoption' THEN 75 + (s.id % 4) * 5 END
    FROM s CROSS JOIN (VALUES ('new_members', 'count'), ('net_growth', 'count'), ('app_adoption', 'share_people'), ('cba_coverage', 'share_units')) m (metric, shape)
    -- A grassroots union sets its admissions and app adoption; the levels above set all four.
    WHERE s.kind <> 'grassroots' OR m.metric IN ('new_members', 'app_adoption')`);
  await client.query(`
    UPDATE targets c SET parent_target_id = p.id
    FROM units u, targets p
    WHERE c.unit_id = u.id AND p.unit_id = u.parent_id AND p.year = c.year AND p.metric = c.metric
      AND c.metric IN ('new_members', 'net_growth') AND c.year = ${YEAR}`);
  return rowCount ?? 0;
}
