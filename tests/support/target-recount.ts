// A full recount of every dashboard figure from the base tables, independent of the rollups: the
// reference the rollup tests (random writes, the demo's Tan Yen reorganisation) compare against.
import { db } from '@/lib/db';
import { FIGURE, type Figures } from '@/lib/targets/metrics';

/** Everything counted independently of the rollups: per unit, year and as-of month end. */
export async function recount(unitId: number, year: number, asOf: Date): Promise<Figures> {
  const rows = await db.$queryRaw<{ metric: number; amount: bigint }[]>`
    WITH periods AS (
      SELECT h.unit_id, h.path,
             CASE WHEN h.valid_from = min(h.valid_from) OVER (PARTITION BY h.unit_id) THEN '-infinity'::date ELSE h.valid_from END AS f,
             coalesce(h.valid_to, 'infinity'::date) AS t
      FROM unit_path_history h
      UNION ALL
      SELECT u.id, u.path, '-infinity'::date, 'infinity'::date FROM units u
      WHERE NOT EXISTS (SELECT 1 FROM unit_path_history h WHERE h.unit_id = u.id)
    ),
    -- Stocks are read on the last day of as-of's month; a unit is "under" U on a date when its path then names U.
    at AS (SELECT (date_trunc('month', ${asOf}::date) + interval '1 month - 1 day')::date AS d),
    ms AS (
      SELECT m.*, coalesce(m.left_on, 'infinity'::date) AS l, p.gender, p.app_activated_on AS app,
             nullif(btrim(p.official_position), '') IS NOT NULL AS official, p.official_trained_on AS trained, p.party_introduced_on AS party
      FROM memberships m JOIN members p ON p.id = m.member_id
    ),
    under AS (SELECT unit_id, f, t FROM periods WHERE strpos(path, '/' || ${unitId}::int || '/') > 0)
    SELECT 1 AS metric, count(*)::bigint AS amount FROM ms, at WHERE ms.admitted_on <= at.d AND ms.l > at.d AND EXISTS (SELECT 1 FROM under u WHERE u.unit_id = ms.unit_id AND u.f <= at.d AND at.d < u.t)
    UNION ALL SELECT 2, count(*) FROM ms, at WHERE gender = 'female' AND ms.admitted_on <= at.d AND ms.l > at.d AND EXISTS (SELECT 1 FROM under u WHERE u.unit_id = ms.unit_id AND u.f <= at.d AND at.d < u.t)
    UNION ALL SELECT 3, count(*) FROM ms, at WHERE app IS NOT NULL AND greatest(ms.admitted_on, app) <= at.d AND ms.l > at.d AND EXISTS (SELECT 1 FROM under u WHERE u.unit_id = ms.unit_id AND u.f <= at.d AND at.d < u.t)
    UNION ALL SELECT 4, count(*) FROM ms, at WHERE official AND ms.admitted_on <= at.d AND ms.l > at.d AND EXISTS (SELECT 1 FROM under u WHERE u.unit_id = ms.unit_id AND u.f <= at.d AND at.d < u.t)
    UNION ALL SELECT 5, count(*) FROM ms, at WHERE official AND trained IS NOT NULL AND greatest(ms.admitted_on, trained) <= at.d AND ms.l > at.d AND EXISTS (SELECT 1 FROM under u WHERE u.unit_id = ms.unit_id AND u.f <= at.d AND at.d < u.t)
    UNION ALL SELECT 6, count(*) FROM units g, at WHERE g.kind = 'grassroots' AND coalesce(g.closed_on, 'infinity') > at.d AND coalesce(g.founded_on, '-infinity') <= at.d AND EXISTS (SELECT 1 FROM under u WHERE u.unit_id = g.id AND u.f <= at.d AND at.d < u.t)
    UNION ALL SELECT 7, count(*) FROM units g, at WHERE g.kind = 'grassroots' AND coalesce(g.closed_on, 'infinity') > at.d AND g.sector IN ('state_enterprise', 'non_state_enterprise', 'foreign_invested', 'cooperative')
      AND coalesce(g.founded_on, '-infinity') <= at.d AND EXISTS (SELECT 1 FROM under u WHERE u.unit_id = g.id AND u.f <= at.d AND at.d < u.t)
    UNION ALL SELECT 8, count(*) FROM units g, at WHERE g.kind = 'grassroots' AND coalesce(g.closed_on, 'infinity') > at.d AND g.sector IN ('state_enterprise', 'non_state_enterprise', 'foreign_invested', 'cooperative')
      AND g.cba_signed_on IS NOT NULL AND greatest(coalesce(g.founded_on, '-infinity'), g.cba_signed_on) <= at.d AND coalesce(g.cba_expires_on, 'infinity') > at.d
      AND EXISTS (SELECT 1 FROM under u WHERE u.unit_id = g.id AND u.f <= at.d AND at.d < u.t)
    UNION ALL SELECT 10, count(*) FROM ms WHERE admission_kind IN ('new', 'rejoin') AND extract(year FROM admitted_on) = ${year}
      AND EXISTS (SELECT 1 FROM under u WHERE u.unit_id = ms.unit_id AND u.f <= ms.admitted_on AND ms.admitted_on < u.t)
    UNION ALL SELECT 11, count(*) FROM ms WHERE extract(year FROM admitted_on) = ${year}
      AND EXISTS (SELECT 1 FROM under u WHERE u.unit_id = ms.unit_id AND u.f <= ms.admitted_on AND ms.admitted_on < u.t)
    UNION ALL SELECT 12, count(*) FROM ms WHERE extract(year FROM left_on) = ${year}
      AND EXISTS (SELECT 1 FROM under u WHERE u.unit_id = ms.unit_id AND u.f <= ms.left_on AND ms.left_on < u.t)
    UNION ALL SELECT 13, count(*) FROM units g WHERE g.kind = 'grassroots' AND extract(year FROM g.founded_on) = ${year}
      AND EXISTS (SELECT 1 FROM under u WHERE u.unit_id = g.id AND u.f <= g.founded_on AND g.founded_on < u.t)
    UNION ALL SELECT 14, count(*) FROM ms WHERE party >= admitted_on AND party < l AND extract(year FROM party) = ${year}
      AND EXISTS (SELECT 1 FROM under u WHERE u.unit_id = ms.unit_id AND u.f <= ms.party AND ms.party < u.t)
    UNION ALL SELECT 15, count(*) FROM awards a JOIN award_decisions d ON d.id = a.decision_id
      WHERE d.status = 'issued' AND a.year = ${year} AND strpos(a.unit_path, '/' || ${unitId}::int || '/') > 0
    UNION ALL SELECT 16, count(*) FROM awards a JOIN award_decisions d ON d.id = a.decision_id JOIN award_types t ON t.id = a.award_type_id
      WHERE d.status = 'issued' AND t.code = 'BANG_LDST' AND a.year = ${year} AND strpos(a.unit_path, '/' || ${unitId}::int || '/') > 0
    UNION ALL SELECT 17, count(*) FROM initiatives i WHERE i.status = 'recognised' AND i.year = ${year} AND strpos(i.unit_path, '/' || ${unitId}::int || '/') > 0
    UNION ALL SELECT 18, coalesce(sum(value_vnd), 0)::bigint FROM initiatives i WHERE i.status = 'recognised' AND i.year = ${year} AND strpos(i.unit_path, '/' || ${unitId}::int || '/') > 0`;
  const figures = Object.fromEntries(Object.keys(FIGURE).map((name) => [name, 0])) as Figures;
  for (const row of rows) {
    const name = Object.entries(FIGURE).find(([, code]) => code === Number(row.metric))![0] as keyof Figures;
    figures[name] = Number(row.amount);
  }
  return figures;
}
