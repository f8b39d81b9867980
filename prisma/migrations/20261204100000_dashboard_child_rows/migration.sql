-- A dashboard's children breakdown, read as stored rows (issue 7: "dashboard of any unit, database
-- time ≤ 5 ms"). target_dashboard_children reads each child's unit row, current row and targets by
-- index probes, then turns it all into JSON: about 20 µs a child. The largest ward union (598 unions)
-- took 17 ms and a federation with 2,963 unions directly under it 90 ms, half of it the JSON.
--
-- Now each current row also keeps its unit's parent and `child_row`: the unit's line of its parent's
-- breakdown, as JSON text, for the row's month: [id, name, kind, status, figures, baseline, target
-- metrics, shapes, mins, maxes] (the year's targets, `manual` left out). A trigger fills both whenever
-- the row is written (the fold, the month's refresh, the rebuild), and the unit's and targets'
-- triggers rewrite the row when what it shows changes (a rename, a move, a closure, a target edited).
-- Reading a breakdown is then one index range over the parent's children, joined as text: 1.8–2.4 ms
-- for the ward of 598 unions, 4.5–6.6 ms for the federation of 2,963 (psql, national data set).
--
-- Children whose line cannot be used go through target_dashboard_children as before: those with
-- deltas not yet folded (about a second's worth), those without a current row for as_of's month (a
-- unit created since the last fold, the minute after a month turns), and every child of a past year.

ALTER TABLE target_rollup_current ADD COLUMN parent_id INTEGER, ADD COLUMN child_row TEXT;
-- The fold rewrites these rows every second: room on each page keeps the updates HOT (no index writes).
ALTER TABLE target_rollup_current SET (fillfactor = 70);

-- Fills parent_id and child_row from the row's figures, its unit and the unit's targets of the row's year.
CREATE FUNCTION target_current_row_fill() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  SELECT u.parent_id,
         json_build_array(u.id, u.name, u.kind, u.status, NEW.figures, NEW.baseline, tg.metrics, tg.shapes, tg.mins, tg.maxes)::TEXT
  INTO NEW.parent_id, NEW.child_row
  FROM units u LEFT JOIN LATERAL (
    SELECT array_agg(t.metric::TEXT) AS metrics, array_agg(t.shape::TEXT) AS shapes,
           array_agg(t.value_min::FLOAT8) AS mins, array_agg(t.value_max::FLOAT8) AS maxes
    FROM targets t WHERE t.unit_id = u.id AND t.year = extract(year FROM NEW.month)::INTEGER AND t.metric <> 'manual'
  ) tg ON true
  WHERE u.id = NEW.unit_id;
  RETURN NEW;
END $$;
CREATE TRIGGER target_current_row_fill BEFORE INSERT OR UPDATE ON target_rollup_current
  FOR EACH ROW EXECUTE FUNCTION target_current_row_fill();

-- Rewrites the current rows of these units (the fill trigger recomputes their lines). Under the fold's
-- lock, so that a fold and an edit never lock the same rows in opposite orders.
CREATE FUNCTION target_current_touch(unit_ids INTEGER[]) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(unit_ids) = 0 THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(hashtext('target_fold'));
  UPDATE target_rollup_current SET child_row = NULL WHERE unit_id = ANY (unit_ids);
END $$;

-- A unit renamed, moved, closed or merged: its line changes (its parent, name, kind or status).
CREATE FUNCTION target_current_unit_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM target_current_touch(ARRAY[NEW.id]);
  RETURN NULL;
END $$;
CREATE TRIGGER target_current_unit_changed AFTER UPDATE OF name, kind, status, parent_id ON units FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.kind IS DISTINCT FROM NEW.kind
        OR OLD.status IS DISTINCT FROM NEW.status OR OLD.parent_id IS DISTINCT FROM NEW.parent_id)
  EXECUTE FUNCTION target_current_unit_changed();

-- Targets set, edited or removed: the lines of their units. Linking a share to its parent target
-- (parent_target_id) or editing a label does not change a line.
CREATE FUNCTION target_current_targets_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM target_current_touch(ARRAY(SELECT DISTINCT n.unit_id FROM new_table n WHERE n.metric <> 'manual'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM target_current_touch(ARRAY(SELECT DISTINCT o.unit_id FROM old_table o WHERE o.metric <> 'manual'));
  ELSE
    PERFORM target_current_touch(ARRAY(
      SELECT o.unit_id FROM old_table o JOIN new_table n ON n.id = o.id
      WHERE (o.unit_id, o.year, o.metric, o.shape, o.value_min, o.value_max) IS DISTINCT FROM (n.unit_id, n.year, n.metric, n.shape, n.value_min, n.value_max)
      UNION
      SELECT n.unit_id FROM old_table o JOIN new_table n ON n.id = o.id
      WHERE (o.unit_id, o.year, o.metric, o.shape, o.value_min, o.value_max) IS DISTINCT FROM (n.unit_id, n.year, n.metric, n.shape, n.value_min, n.value_max)));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER target_current_targets_insert AFTER INSERT ON targets REFERENCING NEW TABLE AS new_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_current_targets_changed();
CREATE TRIGGER target_current_targets_update AFTER UPDATE ON targets REFERENCING OLD TABLE AS old_table NEW TABLE AS new_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_current_targets_changed();
CREATE TRIGGER target_current_targets_delete AFTER DELETE ON targets REFERENCING OLD TABLE AS old_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_current_targets_changed();

-- Every existing row's line.
UPDATE target_rollup_current SET child_row = NULL;
CREATE INDEX target_rollup_current_parent_id_month_idx ON target_rollup_current (parent_id, month);

-- A share of a parent's count target is its children's minimums summed: read from the index alone
-- (for the ward of 598 unions, 598 heap tuples took 1 ms; targets are seldom written, so their pages
-- stay all-visible).
DROP INDEX targets_parent_target_id_idx;
CREATE INDEX targets_parent_target_id_idx ON targets (parent_target_id) INCLUDE (value_min);

-- The shares of a unit's count targets of a year (the metrics a parent splits among children), as
-- target_dashboard_children's last row has them: [{id, sum, children}]. PL/pgSQL, whose plan a session
-- keeps: as an SQL function it was planned on every call (0.8 ms, more than the 0.5 ms it runs).
CREATE FUNCTION target_dashboard_shares(for_unit INTEGER, for_year INTEGER, count_metrics target_metric[]) RETURNS TEXT
LANGUAGE plpgsql STABLE AS $$
BEGIN
  -- Summed per parent target (a lateral aggregate): a join grouped by target sorted all the children's
  -- rows first, 1.8 against 0.9 ms for the 2,963 shares of the largest federation.
  RETURN (
    SELECT coalesce(jsonb_agg(jsonb_build_object('id', t.id, 'sum', s.total, 'children', s.n)), '[]')::TEXT
    FROM targets t CROSS JOIN LATERAL (SELECT sum(c.value_min) AS total, count(*) AS n FROM targets c WHERE c.parent_target_id = t.id) s
    WHERE t.unit_id = for_unit AND t.year = for_year AND t.metric = ANY (count_metrics) AND s.n > 0);
END $$;

-- The children breakdown of a dashboard: `children`, a JSON array of lines (as child_row above), and
-- `shares`, the shares of the parent's count targets (target_dashboard_shares). Arguments as
-- target_dashboard_children's. The stored lines serve the current year's breakdown of today's
-- children; the children they cannot serve (see the top of this file) and every other breakdown go
-- through target_dashboard_children, whose lines are the same.
CREATE FUNCTION target_dashboard_breakdown(for_unit INTEGER, child_ids INTEGER[], for_year INTEGER, as_of DATE,
                                           level_metrics target_metric[], count_metrics target_metric[],
                                           OUT children TEXT, OUT shares TEXT)
LANGUAGE plpgsql STABLE SET max_parallel_workers_per_gather = 0 SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  this_month DATE := target_month(as_of);
  pending INTEGER[];
  found BIGINT;
  lines TEXT;
  rest INTEGER[] := child_ids;
  more TEXT;
BEGIN
  IF child_ids IS NULL AND extract(year FROM this_month) = for_year THEN
    -- The children with deltas not yet folded: their lines lack them.
    pending := array_remove(ARRAY(
      SELECT DISTINCT substring(d.path FROM '/' || for_unit || '/([0-9]+)/')::INTEGER FROM target_deltas d
      WHERE strpos(d.path, '/' || for_unit || '/') > 0), NULL);
    SELECT count(*), string_agg(r.child_row, ',') FILTER (WHERE r.unit_id <> ALL (pending)),
           coalesce(array_agg(r.unit_id) FILTER (WHERE r.unit_id = ANY (pending)), '{}')
    INTO found, lines, rest
    FROM target_rollup_current r WHERE r.parent_id = for_unit AND r.month = this_month AND r.child_row IS NOT NULL;
    -- Usually every child has its line: counting them reads the units' index only.
    IF (SELECT count(*) FROM units u WHERE u.parent_id = for_unit) <> found THEN
      rest := rest || ARRAY(SELECT u.id FROM units u WHERE u.parent_id = for_unit AND NOT EXISTS (
        SELECT 1 FROM target_rollup_current r
        WHERE r.unit_id = u.id AND r.parent_id = for_unit AND r.month = this_month AND r.child_row IS NOT NULL));
    END IF;
  END IF;
  shares := target_dashboard_shares(for_unit, for_year, count_metrics);
  -- Calling it for no child at all costs more than the stored lines' whole read.
  IF rest IS NULL OR cardinality(rest) > 0 THEN
    SELECT string_agg(json_build_array(x.unit_id, x.name, x.kind, x.status, x.figures, x.baseline,
                                       x.target_metrics, x.target_shapes, x.target_mins, x.target_maxes)::TEXT, ',')
    INTO more
    FROM target_dashboard_children(for_unit, rest, for_year, as_of, level_metrics, count_metrics) x WHERE x.unit_id IS NOT NULL;
  END IF;
  children := '[' || concat_ws(',', lines, more) || ']';
END $$;
