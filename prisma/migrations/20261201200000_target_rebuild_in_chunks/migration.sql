-- The rebuild at national scale (issue 7). The first version built arrays of composite rows per
-- thousand units (each membership and member copied into an array, periods found with `= ANY (ids)`)
-- and folded the deltas of the whole database in ONE statement, each exploded into every ancestor:
-- 68 s for the province profile, about half an hour or more nationally.
--
-- Now, set-based and in three steps, with no upsert:
--   1. the periods of every unit into a temporary table (target_periods' rule);
--   2. the items of a million memberships at a time (target_membership_items' rule, read from the
--      tables instead of arrays), the units' items (target_unit_items itself), placed on paths and
--      months with target_place's rule and netted per (path, month, metric); awards and initiatives
--      through target_award_items / target_initiative_items and target_place themselves;
--   3. each chunk's rows credit their path's own unit at once and are carried, summed, to the parent
--      path; the carried rows (a ward's for its fifty unions, and so on up) then go one level of the
--      tree at a time, deepest first, the same way. A level's rows are already summed over everything
--      below, so no row is exploded into all its ancestors. The unit rows are summed once more (a
--      union's memberships may span chunks) and written in key order; years and totals are sums of
--      the month rows.
-- The membership, period and placement rules are written a second time here (as tables, not arrays);
-- tests/integration/target-rollups.test.ts compares every rollup row of this rebuild with the rows
-- the triggers and folds produced after a random sequence of writes, so the copies cannot drift apart.
-- target_month() read `date_trunc('month', <date>)`, which resolves to the timestamptz form (STABLE: it
-- depends on the time zone), so PostgreSQL could not inline this IMMUTABLE function and called it
-- through the SQL-function executor for every row (placement, folds, reads): about 8 µs a row.
-- A timestamp without time zone gives the same first-of-month for every date (and infinity) and inlines.
CREATE OR REPLACE FUNCTION target_month(d DATE) RETURNS DATE LANGUAGE sql IMMUTABLE AS
$$ SELECT date_trunc('month', greatest(d, DATE '1900-01-01')::timestamp)::date $$;

CREATE OR REPLACE FUNCTION target_rollups_rebuild() RETURNS VOID LANGUAGE plpgsql
-- Each chunk's hash aggregates fit in memory; the rebuild is a maintenance job, not a request.
SET work_mem = '256MB' AS $$
DECLARE
  lo BIGINT;
  top BIGINT;
  chunk CONSTANT BIGINT := 1000000;
  depth INTEGER;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('target_fold'));
  TRUNCATE target_deltas, target_rollup_months, target_rollup_years, target_rollup_totals;
  DROP TABLE IF EXISTS rebuild_periods, rebuild_items, rebuild_placed, rebuild_deltas, rebuild_level, rebuild_next, rebuild_units;

  CREATE TEMP TABLE rebuild_periods ON COMMIT DROP AS
    WITH h AS (
      SELECT unit_id, path, valid_from, valid_to, row_number() OVER (PARTITION BY unit_id ORDER BY valid_from, id) AS n
      FROM unit_path_history
    )
    SELECT unit_id, path, CASE WHEN n = 1 THEN '-infinity'::date ELSE valid_from END AS valid_from,
           coalesce(valid_to, 'infinity'::date) AS valid_to
    FROM h
    UNION ALL
    SELECT u.id, u.path, '-infinity'::date, 'infinity'::date FROM units u
    WHERE NOT EXISTS (SELECT 1 FROM unit_path_history h WHERE h.unit_id = u.id);
  CREATE INDEX ON rebuild_periods (unit_id);
  ANALYZE rebuild_periods;
  CREATE TEMP TABLE rebuild_items (unit_id INTEGER, metric SMALLINT, starts DATE, ends DATE, amount BIGINT) ON COMMIT DROP;
  CREATE TEMP TABLE rebuild_placed (path TEXT, month DATE, metric SMALLINT, amount BIGINT) ON COMMIT DROP;
  CREATE TEMP TABLE rebuild_deltas (path TEXT, month DATE, metric SMALLINT, amount BIGINT) ON COMMIT DROP;
  CREATE TEMP TABLE rebuild_units (unit_id INTEGER, month DATE, metric SMALLINT, amount BIGINT) ON COMMIT DROP;
  -- Awards and initiatives carry their own paths; they are credited with the first chunk.
  INSERT INTO rebuild_placed SELECT * FROM target_place(target_award_items(ARRAY(SELECT a FROM awards a)), '{}');
  INSERT INTO rebuild_placed SELECT * FROM target_place(target_initiative_items(ARRAY(SELECT i FROM initiatives i)), '{}');

  SELECT min(id), max(id) INTO lo, top FROM memberships;
  -- The units' own items go with the first chunk.
  INSERT INTO rebuild_items SELECT (x).unit_id, (x).metric, (x).starts, (x).ends, (x).amount
  FROM unnest(target_unit_items(ARRAY(SELECT u FROM units u))) x;
  LOOP
    IF lo IS NOT NULL AND lo <= top THEN
      INSERT INTO rebuild_items (unit_id, metric, starts, ends, amount)
      WITH j AS (
        SELECT m.unit_id, m.admitted_on AS a, coalesce(m.left_on, 'infinity'::date) AS l, m.left_on, m.admission_kind AS kind,
               p.gender, p.app_activated_on AS app, nullif(btrim(p.official_position), '') IS NOT NULL AS official,
               p.official_trained_on AS trained, p.party_introduced_on AS party
        FROM memberships m JOIN members p ON p.id = m.member_id
        WHERE m.id >= lo AND m.id < lo + chunk
      )
      SELECT unit_id, 1, a, l, 1 FROM j
      UNION ALL SELECT unit_id, 2, a, l, 1 FROM j WHERE gender = 'female'
      UNION ALL SELECT unit_id, 3, greatest(a, app), l, 1 FROM j WHERE app IS NOT NULL
      UNION ALL SELECT unit_id, 4, a, l, 1 FROM j WHERE official
      UNION ALL SELECT unit_id, 5, greatest(a, trained), l, 1 FROM j WHERE official AND trained IS NOT NULL
      UNION ALL SELECT unit_id, 10, a, NULL, 1 FROM j WHERE kind IN ('new', 'rejoin')
      UNION ALL SELECT unit_id, 11, a, NULL, 1 FROM j
      UNION ALL SELECT unit_id, 12, left_on, NULL, 1 FROM j WHERE left_on IS NOT NULL
      UNION ALL SELECT unit_id, 14, party, NULL, 1 FROM j WHERE party >= a AND party < l;
    END IF;
    ANALYZE rebuild_items;
    INSERT INTO rebuild_placed (path, month, metric, amount)
    SELECT path, month, metric, sum(amount) FROM (
      SELECT p.path, target_month(i.starts) AS month, i.metric, i.amount
      FROM rebuild_items i JOIN rebuild_periods p ON p.unit_id = i.unit_id AND p.valid_from <= i.starts AND i.starts < p.valid_to
      WHERE i.ends IS NULL
      UNION ALL
      SELECT p.path, target_month(greatest(i.starts, p.valid_from)), i.metric, i.amount
      FROM rebuild_items i JOIN rebuild_periods p ON p.unit_id = i.unit_id AND p.valid_from < i.ends AND i.starts < p.valid_to
      WHERE i.ends IS NOT NULL AND i.starts < i.ends
      UNION ALL
      SELECT p.path, target_month(least(i.ends, p.valid_to)), i.metric, -i.amount
      FROM rebuild_items i JOIN rebuild_periods p ON p.unit_id = i.unit_id AND p.valid_from < i.ends AND i.starts < p.valid_to
      WHERE i.ends IS NOT NULL AND i.starts < i.ends AND least(i.ends, p.valid_to) < 'infinity'::date
    ) placed GROUP BY path, month, metric HAVING sum(amount) <> 0;
    -- The chunk's rows credit their path's own unit now; only the sums carried to the parent paths
    -- (a ward's for fifty unions) wait for the levels below.
    INSERT INTO rebuild_units
    SELECT split_part(rtrim(path, '/'), '/', -1)::INTEGER, month, metric, sum(amount) FROM rebuild_placed GROUP BY 1, 2, 3;
    INSERT INTO rebuild_deltas
    SELECT left(path, length(path) - length(split_part(rtrim(path, '/'), '/', -1)) - 1) AS parent, month, metric, sum(amount)
    FROM rebuild_placed GROUP BY 1, 2, 3 HAVING left(path, length(path) - length(split_part(rtrim(path, '/'), '/', -1)) - 1) <> '/';
    TRUNCATE rebuild_items, rebuild_placed;
    lo := lo + chunk;
    EXIT WHEN lo IS NULL OR lo > top;
  END LOOP;

  CREATE TEMP TABLE rebuild_level ON COMMIT DROP AS
    SELECT path, month, metric, sum(amount)::BIGINT AS amount FROM rebuild_deltas GROUP BY path, month, metric;
  DROP TABLE rebuild_deltas;
  LOOP
    SELECT max(length(path) - length(replace(path, '/', ''))) INTO depth FROM rebuild_level;
    EXIT WHEN depth IS NULL;
    INSERT INTO rebuild_units
    SELECT split_part(rtrim(path, '/'), '/', -1)::INTEGER, month, metric, sum(amount) FROM rebuild_level
    WHERE length(path) - length(replace(path, '/', '')) = depth GROUP BY 1, 2, 3;
    -- The deepest level moves up one step and joins the rows already at its parent's depth.
    CREATE TEMP TABLE rebuild_next ON COMMIT DROP AS
      SELECT path, month, metric, sum(amount)::BIGINT AS amount FROM (
        SELECT CASE WHEN length(path) - length(replace(path, '/', '')) = depth
                    THEN left(path, length(path) - length(split_part(rtrim(path, '/'), '/', -1)) - 1) ELSE path END AS path,
               month, metric, amount
        FROM rebuild_level
      ) x WHERE path <> '/' GROUP BY path, month, metric;
    DROP TABLE rebuild_level;
    ALTER TABLE rebuild_next RENAME TO rebuild_level;
  END LOOP;
  DROP TABLE rebuild_level;

  -- Summed again: a unit moved to another depth has rows from two levels. In key order, so the
  -- primary-key index grows at its right edge.
  INSERT INTO target_rollup_months (unit_id, metric, month, amount)
  SELECT unit_id, metric, month, sum(amount) FROM rebuild_units GROUP BY unit_id, month, metric
  HAVING sum(amount) <> 0 ORDER BY unit_id, month, metric;
  DROP TABLE rebuild_units;
  INSERT INTO target_rollup_years (unit_id, metric, year, amount)
  SELECT unit_id, metric, extract(year FROM month)::INTEGER AS year, sum(amount) FROM target_rollup_months
  GROUP BY unit_id, year, metric ORDER BY unit_id, year, metric;
  INSERT INTO target_rollup_totals (unit_id, metric, amount)
  SELECT unit_id, metric, sum(amount) FROM target_rollup_years GROUP BY unit_id, metric ORDER BY unit_id, metric;
END $$;
