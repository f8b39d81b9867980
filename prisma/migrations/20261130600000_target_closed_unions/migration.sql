-- Merged and dissolved unions (issue 3's reorganisation) in the target rollups: a union counts in the
-- stock figures (grassroots unions, CBA-eligible unions, unions with a valid agreement) from its
-- founding until the day it closed (`units.closed_on`), so the years before still count it.
-- Before this, only status = 'active' counted, and a closed union dropped out of every past year.
-- A status other than 'active' always comes with closed_on (units_closed_when_not_active).
CREATE OR REPLACE FUNCTION target_unit_items(us units[]) RETURNS target_item[] LANGUAGE sql IMMUTABLE AS $$
  WITH u AS (
    SELECT (x).id, coalesce((x).founded_on, '-infinity'::date) AS f, (x).founded_on, (x).sector,
           (x).cba_signed_on AS s, coalesce((x).cba_expires_on, 'infinity'::date) AS e,
           coalesce((x).closed_on, 'infinity'::date) AS c
    FROM unnest(us) x WHERE (x).kind = 'grassroots'
  )
  SELECT coalesce(array_agg(i), '{}') FROM (
    SELECT ROW(id, NULL, 13, founded_on, NULL, 1)::target_item AS i FROM u WHERE founded_on IS NOT NULL
    UNION ALL SELECT ROW(id, NULL, 6, f, c, 1)::target_item FROM u
    UNION ALL SELECT ROW(id, NULL, 7, f, c, 1)::target_item FROM u
      WHERE sector IN ('state_enterprise', 'non_state_enterprise', 'foreign_invested', 'cooperative')
    UNION ALL SELECT ROW(id, NULL, 8, greatest(f, s), least(e, c), 1)::target_item FROM u
      WHERE sector IN ('state_enterprise', 'non_state_enterprise', 'foreign_invested', 'cooperative') AND s IS NOT NULL
  ) s
$$;

-- Units closed before this migration (the demo's Tan Yen reorganisation, production data) count again.
SELECT target_rollups_rebuild();
