-- Dashboards at national scale (issue 7). A dashboard's children breakdown read each child's figures
-- twice through target_figures (this year's, and last year's closing figures for the baselines of
-- level targets: the rollup ranges of two years per child), then the children's targets and the
-- shares of the parent's count targets: 4 statements after listing the children, 2,800–3,600 buffers
-- for a province's hundred children, 14,800 for a ward of 598 unions.
--
-- Now the current row also holds `baseline`: the unit's figures of the previous year at 31 December
-- (flows of that year, stocks at its end), kept by the fold in the same transaction as `figures` and
-- recomputed with it. One function, target_dashboard_children, reads the children, their current
-- rows and their targets in one statement: per child one index probe and one heap tuple for the
-- figures and the baseline, one index range for its targets.

ALTER TABLE target_rollup_current ADD COLUMN baseline BIGINT[];

-- Element-wise sum of two figures arrays.
CREATE FUNCTION target_figures_add(a BIGINT[], b BIGINT[]) RETURNS BIGINT[] LANGUAGE sql IMMUTABLE AS $$
  SELECT array_agg(x + y ORDER BY i) FROM unnest(a, b) WITH ORDINALITY u (x, y, i)
$$;

-- (Re)computes the current rows of these units for `for_month` from the rollups: the month's figures
-- and the previous year's at 31 December. Caller holds the fold lock.
CREATE OR REPLACE FUNCTION target_current_refresh(unit_ids INTEGER[], for_month DATE) RETURNS INTEGER LANGUAGE sql AS $$
  WITH f AS (
    SELECT unit_id, array_agg(metric) AS metrics, array_agg(amount) AS amounts
    FROM target_figures_folded(unit_ids, extract(year FROM for_month)::INTEGER, for_month) GROUP BY unit_id
  ), b AS (
    SELECT unit_id, array_agg(metric) AS metrics, array_agg(amount) AS amounts
    FROM target_figures_folded(unit_ids, extract(year FROM for_month)::INTEGER - 1, make_date(extract(year FROM for_month)::INTEGER - 1, 12, 31))
    GROUP BY unit_id
  ), written AS (
    INSERT INTO target_rollup_current AS c (unit_id, month, figures, baseline)
    SELECT id, for_month, target_figures_array(coalesce(f.metrics, '{}'), coalesce(f.amounts, '{}')),
           target_figures_array(coalesce(b.metrics, '{}'), coalesce(b.amounts, '{}'))
    FROM unnest(unit_ids) id LEFT JOIN f ON f.unit_id = id LEFT JOIN b ON b.unit_id = id
    ON CONFLICT (unit_id) DO UPDATE SET month = excluded.month, figures = excluded.figures, baseline = excluded.baseline
    RETURNING 1
  )
  SELECT count(*)::INTEGER FROM written
$$;

-- The fold, keeping the baseline too: a folded delta goes into a row's figures when it counts in the
-- row's month (flows of the row's year, stocks up to the row's month), into its baseline when it
-- counts in the previous year's close (flows of that year, stocks before the row's year), or both.
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
    SET figures = target_figures_add(c.figures, d.figures), baseline = target_figures_add(c.baseline, d.baseline)
    FROM (
      SELECT x.unit_id,
             target_figures_array(coalesce(array_agg(x.metric) FILTER (WHERE x.in_month), '{}'),
                                  coalesce(array_agg(x.amount) FILTER (WHERE x.in_month), '{}')) AS figures,
             target_figures_array(coalesce(array_agg(x.metric) FILTER (WHERE x.in_baseline), '{}'),
                                  coalesce(array_agg(x.amount) FILTER (WHERE x.in_baseline), '{}')) AS baseline
      FROM (
        SELECT b.unit_id, b.metric, b.amount,
               (b.metric >= 10 AND extract(year FROM b.month) = extract(year FROM r.month)) OR (b.metric < 10 AND b.month <= r.month) AS in_month,
               (b.metric >= 10 AND extract(year FROM b.month) = extract(year FROM r.month) - 1)
                 OR (b.metric < 10 AND b.month < make_date(extract(year FROM r.month)::INTEGER, 1, 1)) AS in_baseline
        FROM target_fold_batch b JOIN target_rollup_current r ON r.unit_id = b.unit_id
      ) x
      WHERE x.in_month OR x.in_baseline
      GROUP BY x.unit_id
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

-- Every current row with its baseline (the rebuild truncates and recomputes them).
SELECT target_current_rebuild();
ALTER TABLE target_rollup_current ALTER COLUMN baseline SET NOT NULL;

-- The children of a dashboard in one statement. For each child: name, kind, status; `figures`, its
-- figures of for_year at as_of (flows over the year, stocks at the end of as_of's month); `baseline`,
-- its figures of the previous year at 31 December; `targets`, its targets of the year (metric, shape,
-- min, max) as four parallel arrays. Both figures arrays are indexed by figure (1–18) and include pending deltas exactly once.
-- A child's current row serves both arrays when it is for as_of's month of for_year (the current
-- year's dashboard: one index probe and one heap tuple); otherwise (a past year, a row not yet moved
-- to the new month) the rollup ranges do, and the baseline only when the parent has a target of one
-- of `level_metrics` (the metrics measured from the previous year's close; NULL baseline otherwise).
-- `child_ids` NULL: the unit's children today; a past year passes the children it had then.
-- One more row, with unit_id NULL, carries in `shares` the shares of the parent's targets of
-- `count_metrics` (the metrics a parent splits among children): [{id, sum, children}].
CREATE FUNCTION target_dashboard_children(for_unit INTEGER, child_ids INTEGER[], for_year INTEGER, as_of DATE,
                                          level_metrics target_metric[], count_metrics target_metric[])
RETURNS TABLE (unit_id INTEGER, name TEXT, kind TEXT, status TEXT, figures BIGINT[], baseline BIGINT[],
               target_metrics TEXT[], target_shapes TEXT[], target_mins FLOAT8[], target_maxes FLOAT8[], shares JSONB)
LANGUAGE plpgsql STABLE SET max_parallel_workers_per_gather = 0
-- The plan's shape does not depend on the arguments (a probe per child, a fallback for the rest), and
-- planning the statement anew on every call cost about 1 ms, whatever the number of children.
SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  kids units[];
  kid_ids INTEGER[];
  with_baseline BOOLEAN := EXISTS (SELECT 1 FROM targets t WHERE t.unit_id = for_unit AND t.year = for_year AND t.metric = ANY (level_metrics));
BEGIN
  IF child_ids IS NULL THEN
    kids := ARRAY(SELECT u FROM units u WHERE u.parent_id = for_unit ORDER BY u.name);
  ELSE
    kids := ARRAY(SELECT u FROM units u WHERE u.id = ANY (child_ids) ORDER BY u.name);
  END IF;
  kid_ids := ARRAY(SELECT k.id FROM unnest(kids) k);
  RETURN QUERY
  WITH kid AS (
    -- One primary-key probe per child (OFFSET 0 keeps the planner from hashing the whole table).
    SELECT k.id, k.name, k.kind, k.status, c.figures, c.baseline FROM unnest(kids) k
    LEFT JOIN LATERAL (
      SELECT r.figures, r.baseline FROM target_rollup_current r
      WHERE r.unit_id = k.id AND r.month = target_month(as_of) AND extract(year FROM r.month) = for_year OFFSET 0
    ) c ON true
  ),
  folded AS (SELECT ARRAY(SELECT kid.id FROM kid WHERE kid.figures IS NULL) AS ids),
  pending AS (SELECT p.unit_id, p.month, p.metric, p.amount FROM target_pending(kid_ids) p),
  parts AS (
    SELECT f.unit_id, f.metric, f.amount, false AS before FROM folded, target_figures_folded(folded.ids, for_year, as_of) f
    UNION ALL
    SELECT f.unit_id, f.metric, f.amount, true FROM folded,
      target_figures_folded(CASE WHEN with_baseline THEN folded.ids ELSE '{}' END, for_year - 1, make_date(for_year - 1, 12, 31)) f
    UNION ALL
    SELECT p.unit_id, p.metric, p.amount, false FROM pending p
    WHERE (p.metric >= 10 AND extract(year FROM p.month) = for_year) OR (p.metric < 10 AND p.month <= target_month(as_of))
    UNION ALL
    SELECT p.unit_id, p.metric, p.amount, true FROM pending p
    WHERE (p.metric >= 10 AND extract(year FROM p.month) = for_year - 1) OR (p.metric < 10 AND p.month < make_date(for_year, 1, 1))
  ),
  extra AS (
    SELECT x.unit_id,
           target_figures_array(coalesce(array_agg(x.metric) FILTER (WHERE NOT x.before), '{}'),
                                coalesce(array_agg(x.amount) FILTER (WHERE NOT x.before), '{}')) AS figures,
           target_figures_array(coalesce(array_agg(x.metric) FILTER (WHERE x.before), '{}'),
                                coalesce(array_agg(x.amount) FILTER (WHERE x.before), '{}')) AS baseline
    FROM parts x GROUP BY x.unit_id
  )
  SELECT k.id, k.name, k.kind::TEXT, k.status::TEXT,
         CASE WHEN e.unit_id IS NULL THEN coalesce(k.figures, array_fill(0::BIGINT, ARRAY[18]))
              ELSE target_figures_add(coalesce(k.figures, array_fill(0::BIGINT, ARRAY[18])), e.figures) END,
         CASE WHEN k.baseline IS NULL AND NOT with_baseline THEN NULL
              WHEN e.unit_id IS NULL THEN coalesce(k.baseline, array_fill(0::BIGINT, ARRAY[18]))
              ELSE target_figures_add(coalesce(k.baseline, array_fill(0::BIGINT, ARRAY[18])), e.baseline) END,
         tg.metrics, tg.shapes, tg.mins, tg.maxes, NULL::JSONB
  FROM kid k LEFT JOIN extra e ON e.unit_id = k.id
  -- One index range per child; arrays rather than JSON objects (a third of the time for 256 children).
  LEFT JOIN LATERAL (
    SELECT array_agg(t.metric::TEXT) AS metrics, array_agg(t.shape::TEXT) AS shapes,
           array_agg(t.value_min::FLOAT8) AS mins, array_agg(t.value_max::FLOAT8) AS maxes
    FROM targets t WHERE t.unit_id = k.id AND t.year = for_year AND t.metric <> 'manual'
  ) tg ON true
  UNION ALL
  SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('id', s.id, 'sum', s.total, 'children', s.n)), '[]')
          FROM (SELECT t.id, sum(c.value_min) AS total, count(*) AS n FROM targets t JOIN targets c ON c.parent_target_id = t.id
                WHERE t.unit_id = for_unit AND t.year = for_year AND t.metric = ANY (count_metrics) GROUP BY t.id) s);
END $$;

-- A dashboard's own month series, as PL/pgSQL: a session keeps the plan of RETURN QUERY, where the SQL
-- function (not inlinable: it sets a parameter) was planned on every call (0.7 ms for 12 buffers).
DROP FUNCTION target_months(INTEGER, INTEGER);
CREATE FUNCTION target_months(for_unit INTEGER, for_year INTEGER)
RETURNS TABLE (metric SMALLINT, month DATE, amount BIGINT) LANGUAGE plpgsql STABLE
SET max_parallel_workers_per_gather = 0 AS $$
BEGIN
  RETURN QUERY
  WITH parts AS (
    SELECT m.metric AS figure, m.month AS in_month, m.amount AS change FROM target_rollup_months m
    WHERE m.unit_id = for_unit AND m.month >= make_date(for_year, 1, 1) AND m.month < make_date(for_year + 1, 1, 1)
    UNION ALL
    SELECT t.metric, NULL, t.amount FROM target_rollup_totals t WHERE t.unit_id = for_unit AND t.metric < 10
    UNION ALL
    SELECT y.metric, NULL, -y.amount FROM target_rollup_years y WHERE y.unit_id = for_unit AND y.metric < 10 AND y.year >= for_year
    UNION ALL
    SELECT p.metric, CASE WHEN p.month < make_date(for_year, 1, 1) THEN NULL ELSE p.month END, p.amount
    FROM target_pending(ARRAY[for_unit]) p
    WHERE p.month < make_date(for_year + 1, 1, 1) AND (p.metric < 10 OR p.month >= make_date(for_year, 1, 1))
  )
  SELECT x.figure, x.in_month, sum(x.change)::BIGINT FROM parts x GROUP BY x.figure, x.in_month;
END $$;
