-- The "current figures" row (issue 7): one row per unit with its figures for the current month, so a
-- breakdown of ~100 children reads ~100 rows (one index probe and one heap tuple each) instead of
-- the year, total and month ranges of every child (1,850 buffers for 100 ward unions).
-- `figures[m]` is metric m (1–18, lib/targets/rollup-metrics.ts): flows summed over the year of
-- `month`, stocks at the end of `month`: exactly target_figures(unit, year of month, a day of month)
-- without the pending deltas. The fold keeps the rows of folded units in step (in the same
-- transaction as the rollups, so a row never holds a delta that is still pending), and moves rows to
-- the current month when it changes, a few thousand units per fold. A row of another month is never
-- read: target_figures falls back to the rollup ranges for those units.
CREATE TABLE target_rollup_current (
  unit_id INTEGER PRIMARY KEY,
  month   DATE NOT NULL,
  figures BIGINT[] NOT NULL
) WITH (fillfactor = 70);
-- Rows left in a past month, found without a scan when the month turns.
CREATE INDEX target_rollup_current_month_idx ON target_rollup_current (month);

-- The month the portal calls current (todayInVietnam() in lib/i18n/dates.ts: UTC+7).
CREATE FUNCTION target_current_month() RETURNS DATE LANGUAGE sql STABLE AS
$$ SELECT target_month((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) $$;

-- Amounts per metric as a figures array (index = metric, 1–18; absent metrics 0).
CREATE FUNCTION target_figures_array(metrics SMALLINT[], amounts BIGINT[]) RETURNS BIGINT[] LANGUAGE sql IMMUTABLE AS $$
  SELECT array_agg(coalesce(s.amount, 0)::BIGINT ORDER BY g.metric)
  FROM generate_series(1, 18) g (metric)
  LEFT JOIN (SELECT m, sum(a) AS amount FROM unnest(metrics, amounts) x (m, a) GROUP BY m) s ON s.m = g.metric
$$;

-- The folded part of target_figures (rollup rows only, no pending deltas). PL/pgSQL rather than SQL
-- here and in target_figures: a session keeps the plan of RETURN QUERY, where a SQL function that
-- cannot be inlined is planned again on every call (6 ms of planning seen for an empty id list).
CREATE FUNCTION target_figures_folded(unit_ids INTEGER[], for_year INTEGER, as_of DATE)
RETURNS TABLE (unit_id INTEGER, metric SMALLINT, amount BIGINT) LANGUAGE plpgsql STABLE
SET max_parallel_workers_per_gather = 0 AS $$
BEGIN
  IF cardinality(unit_ids) = 0 THEN RETURN; END IF;
  RETURN QUERY
  WITH parts AS (
    SELECT y.unit_id, y.metric, y.amount FROM target_rollup_years y
    WHERE y.unit_id = ANY (unit_ids) AND y.metric >= 10 AND y.year = for_year
    UNION ALL
    SELECT t.unit_id, t.metric, t.amount FROM target_rollup_totals t WHERE t.unit_id = ANY (unit_ids) AND t.metric < 10
    UNION ALL
    SELECT y.unit_id, y.metric, -y.amount FROM target_rollup_years y
    WHERE y.unit_id = ANY (unit_ids) AND y.metric < 10 AND y.year > for_year
    UNION ALL
    SELECT m.unit_id, m.metric, -m.amount FROM target_rollup_months m
    WHERE m.unit_id = ANY (unit_ids) AND m.metric < 10 AND m.month > target_month(as_of) AND m.month < make_date(for_year + 1, 1, 1)
  )
  SELECT p.unit_id, p.metric, sum(p.amount)::BIGINT FROM parts p GROUP BY p.unit_id, p.metric;
END $$;

-- (Re)computes the current rows of these units for `for_month` from the rollups. Caller holds the fold lock.
CREATE FUNCTION target_current_refresh(unit_ids INTEGER[], for_month DATE) RETURNS INTEGER LANGUAGE sql AS $$
  WITH f AS (
    SELECT unit_id, array_agg(metric) AS metrics, array_agg(amount) AS amounts
    FROM target_figures_folded(unit_ids, extract(year FROM for_month)::INTEGER, for_month) GROUP BY unit_id
  ), written AS (
    INSERT INTO target_rollup_current AS c (unit_id, month, figures)
    SELECT id, for_month, target_figures_array(coalesce(f.metrics, '{}'), coalesce(f.amounts, '{}'))
    FROM unnest(unit_ids) id LEFT JOIN f ON f.unit_id = id
    ON CONFLICT (unit_id) DO UPDATE SET month = excluded.month, figures = excluded.figures
    RETURNING 1
  )
  SELECT count(*)::INTEGER FROM written
$$;

-- The fold, now also keeping the current rows: folded deltas are added to the rows of their units
-- (flows of the row's year, stocks up to the row's month); units without a row, and up to 2,000 rows
-- of a past month, are then computed afresh from the rollups (which hold this batch by then).
CREATE OR REPLACE FUNCTION target_fold_locked() RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
  folded INTEGER;
  this_month DATE := target_current_month();
  missing INTEGER[];
BEGIN
  -- One per session; emptied at commit, and here too in case two folds share a transaction.
  CREATE TEMP TABLE IF NOT EXISTS target_fold_batch (unit_id INTEGER, month DATE, metric SMALLINT, amount BIGINT) ON COMMIT DELETE ROWS;
  DELETE FROM target_fold_batch;
  WITH moved AS (DELETE FROM target_deltas RETURNING path, month, metric, amount)
  INSERT INTO target_fold_batch
  SELECT s::INTEGER, month, metric, sum(amount)::BIGINT
  FROM moved CROSS JOIN LATERAL unnest(string_to_array(btrim(path, '/'), '/')) s
  GROUP BY 1, 2, 3;
  GET DIAGNOSTICS folded = ROW_COUNT;
  IF folded > 0 THEN
    INSERT INTO target_rollup_months AS r (unit_id, metric, month, amount)
    SELECT unit_id, metric, month, amount FROM target_fold_batch
    ON CONFLICT (unit_id, month, metric) DO UPDATE SET amount = r.amount + excluded.amount;
    INSERT INTO target_rollup_years AS r (unit_id, metric, year, amount)
    SELECT unit_id, metric, extract(year FROM month)::INTEGER, sum(amount) FROM target_fold_batch GROUP BY 1, 2, 3
    ON CONFLICT (unit_id, year, metric) DO UPDATE SET amount = r.amount + excluded.amount;
    INSERT INTO target_rollup_totals AS r (unit_id, metric, amount)
    SELECT unit_id, metric, sum(amount) FROM target_fold_batch GROUP BY 1, 2
    ON CONFLICT (unit_id, metric) DO UPDATE SET amount = r.amount + excluded.amount;
    UPDATE target_rollup_current c
    SET figures = (SELECT array_agg(x + y ORDER BY i) FROM unnest(c.figures, d.figures) WITH ORDINALITY u (x, y, i))
    FROM (
      SELECT b.unit_id, target_figures_array(array_agg(b.metric), array_agg(b.amount)) AS figures
      FROM target_fold_batch b JOIN target_rollup_current r ON r.unit_id = b.unit_id
      WHERE (b.metric >= 10 AND extract(year FROM b.month) = extract(year FROM r.month)) OR (b.metric < 10 AND b.month <= r.month)
      GROUP BY b.unit_id
    ) d
    WHERE c.unit_id = d.unit_id;
  END IF;
  missing := ARRAY(
    SELECT DISTINCT b.unit_id FROM target_fold_batch b WHERE NOT EXISTS (SELECT 1 FROM target_rollup_current c WHERE c.unit_id = b.unit_id)
    UNION
    (SELECT c.unit_id FROM target_rollup_current c WHERE c.month < this_month LIMIT 2000));
  IF cardinality(missing) > 0 THEN PERFORM target_current_refresh(missing, this_month); END IF;
  RETURN folded;
END $$;

-- Figures of each unit for a year (flows over the year, stocks at the end of as_of's month): from the
-- unit's current row when it is for as_of's month, else from the rollup ranges; plus pending deltas.
-- Was LANGUAGE sql; a function's language cannot change in place, so it is dropped and created.
DROP FUNCTION target_figures(INTEGER[], INTEGER, DATE);
CREATE FUNCTION target_figures(unit_ids INTEGER[], for_year INTEGER, as_of DATE)
RETURNS TABLE (unit_id INTEGER, metric SMALLINT, amount BIGINT) LANGUAGE plpgsql STABLE
SET max_parallel_workers_per_gather = 0 AS $$
BEGIN
  RETURN QUERY
  WITH cur AS (
    SELECT c.unit_id, c.figures FROM target_rollup_current c
    WHERE c.unit_id = ANY (unit_ids) AND c.month = target_month(as_of) AND extract(year FROM c.month) = for_year
  ),
  parts AS (
    SELECT cur.unit_id, i::SMALLINT AS metric, cur.figures[i] AS amount
    FROM cur CROSS JOIN LATERAL generate_subscripts(cur.figures, 1) i WHERE cur.figures[i] <> 0
    UNION ALL
    SELECT f.unit_id, f.metric, f.amount
    FROM target_figures_folded(ARRAY(SELECT id FROM unnest(unit_ids) id EXCEPT SELECT cur.unit_id FROM cur), for_year, as_of) f
    UNION ALL
    SELECT p.unit_id, p.metric, p.amount FROM target_pending(unit_ids) p
    WHERE (p.metric >= 10 AND extract(year FROM p.month) = for_year) OR (p.metric < 10 AND p.month <= target_month(as_of))
  )
  SELECT x.unit_id, x.metric, sum(x.amount)::BIGINT FROM parts x GROUP BY x.unit_id, x.metric;
END $$;

-- Members (1), women (2) and grassroots unions (6) of each unit at the end of as_of's month, for the
-- units pages: the three array cells of the current row when it is for that month (no pivot of all
-- figures), else the rollup ranges; plus pending deltas.
CREATE FUNCTION target_unit_stocks(unit_ids INTEGER[], as_of DATE)
RETURNS TABLE (unit_id INTEGER, members BIGINT, women BIGINT, grassroots BIGINT) LANGUAGE plpgsql STABLE
SET max_parallel_workers_per_gather = 0 AS $$
BEGIN
  RETURN QUERY
  WITH cur AS (
    SELECT c.unit_id, c.figures[1] AS m, c.figures[2] AS w, c.figures[6] AS g FROM target_rollup_current c
    WHERE c.unit_id = ANY (unit_ids) AND c.month = target_month(as_of)
  ),
  parts AS (
    SELECT cur.unit_id, cur.m, cur.w, cur.g FROM cur
    UNION ALL
    SELECT f.unit_id, CASE WHEN f.metric = 1 THEN f.amount ELSE 0 END, CASE WHEN f.metric = 2 THEN f.amount ELSE 0 END,
           CASE WHEN f.metric = 6 THEN f.amount ELSE 0 END
    FROM target_figures_folded(ARRAY(SELECT id FROM unnest(unit_ids) id EXCEPT SELECT cur.unit_id FROM cur),
                               extract(year FROM as_of)::INTEGER, as_of) f
    WHERE f.metric IN (1, 2, 6)
    UNION ALL
    SELECT p.unit_id, CASE WHEN p.metric = 1 THEN p.amount ELSE 0 END, CASE WHEN p.metric = 2 THEN p.amount ELSE 0 END,
           CASE WHEN p.metric = 6 THEN p.amount ELSE 0 END
    FROM target_pending(unit_ids) p WHERE p.metric IN (1, 2, 6) AND p.month <= target_month(as_of)
  )
  SELECT x.unit_id, sum(x.m)::BIGINT, sum(x.w)::BIGINT, sum(x.g)::BIGINT FROM parts x GROUP BY x.unit_id;
END $$;

-- The rebuild recomputes the current rows too (a few thousand units per statement).
ALTER FUNCTION target_rollups_rebuild() RENAME TO target_rollups_rebuild_tables;
CREATE FUNCTION target_current_rebuild() RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
  chunk INTEGER[];
  this_month DATE := target_current_month();
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('target_fold'));
  TRUNCATE target_rollup_current;
  FOR chunk IN SELECT array_agg(id ORDER BY id) FROM (SELECT id, (row_number() OVER (ORDER BY id) - 1) / 5000 AS g FROM units) x GROUP BY g LOOP
    PERFORM target_current_refresh(chunk, this_month);
  END LOOP;
END $$;
CREATE FUNCTION target_rollups_rebuild() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  PERFORM target_rollups_rebuild_tables();
  PERFORM target_current_rebuild();
END $$;

SELECT target_current_rebuild();
