-- The rebuild in independent chunks of units (issue 7: the national generation under 15 minutes).
-- Measured on the province profile (556,098 memberships, 5,602 units), the one-chunk rebuild spent
-- its time in three re-aggregations of the same rows: placing on (path, month, metric), then once
-- more to credit each path's unit (the unit id parsed out of the path text, row by row), then a
-- final GROUP BY of every unit row, sorted and inserted. A chunk of memberships also held parts of
-- unions that the next chunk held too, so nothing could be written before the last chunk.
--
-- Now a chunk is a range of unit ids (the memberships of those units, their own items, and the
-- awards and initiatives whose path ends at one of them). 96% of units are unions with no units
-- below them ever ("leaves": never a parent in any path, present or past): all of their rows come
-- from their own chunk, so the chunk writes their months, years and totals at once, and carries only
-- the sums for their parent paths. The few units that ever had units below them ("inner" units) get
-- their rows from the levels, as before, in target_rebuild_finish().
--
-- The chunks touch disjoint rows, so the generator runs them on two connections, each chunk its own
-- transaction (prisma/generate/rollups.ts); the work tables are therefore unlogged tables, not
-- temporary ones (empty between rebuilds; no Prisma model: only these functions read them).
-- target_rollups_rebuild() runs the same three steps in one transaction, as the app and the tests
-- call it. tests/integration/target-rollups.test.ts checks both against the triggers.

-- Every period of every unit, with the parent path the period's rows are carried to.
CREATE UNLOGGED TABLE target_rebuild_periods (
  unit_id    INTEGER NOT NULL,
  path       TEXT NOT NULL,
  parent     TEXT NOT NULL,
  valid_from DATE NOT NULL,
  valid_to   DATE NOT NULL
);
CREATE INDEX target_rebuild_periods_unit_idx ON target_rebuild_periods (unit_id);
-- The items of awards and initiatives (they carry their own paths), by the unit their path ends at.
CREATE UNLOGGED TABLE target_rebuild_path_items (
  unit_id INTEGER NOT NULL,
  path    TEXT NOT NULL,
  metric  SMALLINT NOT NULL,
  starts  DATE NOT NULL,
  ends    DATE,
  amount  BIGINT NOT NULL
);
CREATE INDEX target_rebuild_path_items_unit_idx ON target_rebuild_path_items (unit_id);
-- Units that are a parent somewhere (in a period or on an award's or initiative's path).
CREATE UNLOGGED TABLE target_rebuild_inner (unit_id INTEGER PRIMARY KEY);
-- Sums credited to the unit at `path` (an inner unit): carried to a parent path by the leaves, at
-- their own path from the inner units, then carried one level up at a time. `depth`: slashes in `path`.
CREATE UNLOGGED TABLE target_rebuild_carried (
  path   TEXT NOT NULL,
  depth  SMALLINT NOT NULL,
  month  DATE NOT NULL,
  metric SMALLINT NOT NULL,
  amount BIGINT NOT NULL
);

-- The unit a path ends at, and the path above it ('/' above the root).
CREATE FUNCTION target_path_unit(path TEXT) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS
$$ SELECT split_part(rtrim(path, '/'), '/', -1)::INTEGER $$;
CREATE FUNCTION target_path_parent(path TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS
$$ SELECT left(path, length(path) - length(split_part(rtrim(path, '/'), '/', -1)) - 1) $$;

-- Empties the rollups and the work tables, and fills the periods and the inner units.
CREATE FUNCTION target_rebuild_begin() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('target_fold'));
  TRUNCATE target_deltas, target_rollup_months, target_rollup_years, target_rollup_totals,
           target_rebuild_periods, target_rebuild_path_items, target_rebuild_inner, target_rebuild_carried;
  -- The primary keys are built once at the end (a sort), not row by row: on the province, inserting
  -- into the key cost 2.5 µs a row, three times the row itself.
  ALTER TABLE target_rollup_months DROP CONSTRAINT IF EXISTS target_rollup_months_pkey;
  ALTER TABLE target_rollup_years DROP CONSTRAINT IF EXISTS target_rollup_years_pkey;
  ALTER TABLE target_rollup_totals DROP CONSTRAINT IF EXISTS target_rollup_totals_pkey;
  -- target_periods' rule, as a table.
  INSERT INTO target_rebuild_periods (unit_id, path, parent, valid_from, valid_to)
  WITH h AS (
    SELECT unit_id, path, valid_from, valid_to, row_number() OVER (PARTITION BY unit_id ORDER BY valid_from, id) AS n
    FROM unit_path_history
  )
  SELECT unit_id, path, target_path_parent(path), CASE WHEN n = 1 THEN '-infinity'::date ELSE valid_from END,
         coalesce(valid_to, 'infinity'::date)
  FROM h
  UNION ALL
  SELECT u.id, u.path, target_path_parent(u.path), '-infinity'::date, 'infinity'::date FROM units u
  WHERE NOT EXISTS (SELECT 1 FROM unit_path_history h WHERE h.unit_id = u.id);
  INSERT INTO target_rebuild_path_items (unit_id, path, metric, starts, ends, amount)
  SELECT target_path_unit((x).path), (x).path, (x).metric, (x).starts, (x).ends, (x).amount
  FROM unnest(target_award_items(ARRAY(SELECT a FROM awards a)) || target_initiative_items(ARRAY(SELECT i FROM initiatives i))) x;
  INSERT INTO target_rebuild_inner
  SELECT DISTINCT s::INTEGER FROM (
    SELECT parent FROM target_rebuild_periods
    UNION SELECT target_path_parent(path) FROM target_rebuild_path_items
  ) x CROSS JOIN LATERAL unnest(string_to_array(btrim(x.parent, '/'), '/')) s;
  ANALYZE target_rebuild_periods, target_rebuild_path_items, target_rebuild_inner;
END $$;

-- Ranges [lo, hi) of unit ids covering every id, each with about `members_per_chunk` active members
-- (unit_counters; a unit counts at least one), so chunks are of similar work whatever the unions' sizes.
CREATE FUNCTION target_rebuild_chunks(members_per_chunk INTEGER) RETURNS TABLE (lo BIGINT, hi BIGINT) LANGUAGE sql STABLE AS $$
  WITH weighted AS (
    SELECT u.id, sum(coalesce(c.active_members, 0) + 1) OVER (ORDER BY u.id) AS upto
    FROM units u LEFT JOIN unit_counters c ON c.unit_id = u.id
  ), starts AS (
    SELECT min(id)::BIGINT AS lo FROM weighted GROUP BY (upto - 1) / members_per_chunk
  ), bounded AS (
    SELECT CASE WHEN lo = (SELECT min(s.lo) FROM starts s) THEN -2147483648 ELSE lo END AS lo FROM starts
    UNION ALL SELECT -2147483648 WHERE NOT EXISTS (SELECT 1 FROM units)
  )
  SELECT lo, coalesce(lead(lo) OVER (ORDER BY lo), 2147483648) AS hi FROM bounded ORDER BY lo
$$;

-- Writes the rollup rows of the leaves (a chunk) or of the inner units (the levels) from `source`'s
-- (unit_id, month, metric, amount) rows: months summed per key, in key order (a unit's rows side by
-- side in the table), then years and totals as sums of the month rows written.
CREATE FUNCTION target_rebuild_write(source REGCLASS, leaves BOOLEAN) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($sql$
  WITH months AS (
    INSERT INTO target_rollup_months (unit_id, metric, month, amount)
    SELECT unit_id, metric, month, sum(amount) FROM %s r
    WHERE %s EXISTS (SELECT 1 FROM target_rebuild_inner n WHERE n.unit_id = r.unit_id)
    GROUP BY unit_id, month, metric HAVING sum(amount) <> 0 ORDER BY unit_id, month, metric
    RETURNING unit_id, metric, month, amount
  ), years AS (
    INSERT INTO target_rollup_years (unit_id, metric, year, amount)
    SELECT unit_id, metric, extract(year FROM month)::INTEGER AS year, sum(amount) FROM months
    GROUP BY unit_id, year, metric ORDER BY unit_id, year, metric
    RETURNING unit_id, metric, amount
  )
  INSERT INTO target_rollup_totals (unit_id, metric, amount)
  SELECT unit_id, metric, sum(amount) FROM years GROUP BY unit_id, metric ORDER BY unit_id, metric
  $sql$, source, CASE WHEN leaves THEN 'NOT' ELSE '' END);
END $$;

-- One chunk: the units with lo <= id < hi. Rows of other chunks are not read or written, so chunks
-- may run at the same time on several connections (after target_rebuild_begin() has committed).
CREATE FUNCTION target_rebuild_chunk(lo BIGINT, hi BIGINT) RETURNS VOID LANGUAGE plpgsql
-- The chunk's hash aggregates fit in memory; the rebuild is a maintenance job, not a request. The
-- chunks already keep the cores busy: no parallel workers.
SET work_mem = '256MB' SET max_parallel_workers_per_gather = 0 AS $$
DECLARE
  first_member INTEGER;
  last_member INTEGER;
BEGIN
  -- Shared: chunks run side by side; a fold waits for them.
  PERFORM pg_advisory_xact_lock_shared(hashtext('target_fold'));
  DROP TABLE IF EXISTS rebuild_items, rebuild_placed;
  CREATE TEMP TABLE rebuild_items (unit_id INTEGER, path TEXT, metric SMALLINT, starts DATE, ends DATE, amount BIGINT) ON COMMIT DROP;
  -- The members of a range of unions are a narrow range of member ids (registered union by union):
  -- bounded so, the join reads that range of members. Without the bounds, a chunk of 1% of the
  -- memberships was planned as a hash join over a sequential scan of every member.
  -- (`+ 0`: min(member_id) alone is planned as a walk of the member_id index from its end until a row
  -- of these unions turns up, seconds a chunk nationally.)
  SELECT min(member_id + 0), max(member_id + 0) INTO first_member, last_member FROM memberships WHERE unit_id >= lo AND unit_id < hi;
  -- target_membership_items' rule, read from the tables. EXECUTE: planned for this chunk's bounds.
  EXECUTE $sql$
  INSERT INTO rebuild_items (unit_id, metric, starts, ends, amount)
  WITH j AS (
    SELECT m.unit_id, m.admitted_on AS a, coalesce(m.left_on, 'infinity'::date) AS l, m.left_on, m.admission_kind AS kind,
           p.gender, p.app_activated_on AS app, nullif(btrim(p.official_position), '') IS NOT NULL AS official,
           p.official_trained_on AS trained, p.party_introduced_on AS party
    FROM memberships m JOIN members p ON p.id = m.member_id
    WHERE m.unit_id >= $1 AND m.unit_id < $2 AND p.id >= $3 AND p.id <= $4
  )
  SELECT unit_id, 1, a, l, 1 FROM j
  UNION ALL SELECT unit_id, 2, a, l, 1 FROM j WHERE gender = 'female'
  UNION ALL SELECT unit_id, 3, greatest(a, app), l, 1 FROM j WHERE app IS NOT NULL
  UNION ALL SELECT unit_id, 4, a, l, 1 FROM j WHERE official
  UNION ALL SELECT unit_id, 5, greatest(a, trained), l, 1 FROM j WHERE official AND trained IS NOT NULL
  UNION ALL SELECT unit_id, 10, a, NULL, 1 FROM j WHERE kind IN ('new', 'rejoin')
  UNION ALL SELECT unit_id, 11, a, NULL, 1 FROM j
  UNION ALL SELECT unit_id, 12, left_on, NULL, 1 FROM j WHERE left_on IS NOT NULL
  UNION ALL SELECT unit_id, 14, party, NULL, 1 FROM j WHERE party >= a AND party < l
  $sql$ USING lo, hi, first_member, last_member;
  INSERT INTO rebuild_items SELECT (x).unit_id, NULL, (x).metric, (x).starts, (x).ends, (x).amount
  FROM unnest(target_unit_items(ARRAY(SELECT u FROM units u WHERE u.id >= lo AND u.id < hi))) x;
  -- Awards and initiatives: the chunk of the unit their path ends at takes them.
  INSERT INTO rebuild_items SELECT * FROM target_rebuild_path_items WHERE unit_id >= lo AND unit_id < hi;
  ANALYZE rebuild_items;

  -- target_place's rule, netted per (unit, parent path, month, metric).
  CREATE TEMP TABLE rebuild_placed ON COMMIT DROP AS
  SELECT unit_id, parent, month, metric, sum(amount)::BIGINT AS amount FROM (
    SELECT i.unit_id, target_path_parent(i.path) AS parent, target_month(i.starts) AS month, i.metric, i.amount
    FROM rebuild_items i WHERE i.path IS NOT NULL
    UNION ALL
    SELECT p.unit_id, p.parent, target_month(i.starts), i.metric, i.amount
    FROM rebuild_items i JOIN target_rebuild_periods p ON p.unit_id = i.unit_id AND p.valid_from <= i.starts AND i.starts < p.valid_to
      AND p.unit_id >= lo AND p.unit_id < hi
    WHERE i.path IS NULL AND i.ends IS NULL
    UNION ALL
    SELECT p.unit_id, p.parent, target_month(greatest(i.starts, p.valid_from)), i.metric, i.amount
    FROM rebuild_items i JOIN target_rebuild_periods p ON p.unit_id = i.unit_id AND p.valid_from < i.ends AND i.starts < p.valid_to
      AND p.unit_id >= lo AND p.unit_id < hi
    WHERE i.path IS NULL AND i.ends IS NOT NULL AND i.starts < i.ends
    UNION ALL
    SELECT p.unit_id, p.parent, target_month(least(i.ends, p.valid_to)), i.metric, -i.amount
    FROM rebuild_items i JOIN target_rebuild_periods p ON p.unit_id = i.unit_id AND p.valid_from < i.ends AND i.starts < p.valid_to
      AND p.unit_id >= lo AND p.unit_id < hi
    WHERE i.path IS NULL AND i.ends IS NOT NULL AND i.starts < i.ends AND least(i.ends, p.valid_to) < 'infinity'::date
  ) placed GROUP BY unit_id, parent, month, metric HAVING sum(amount) <> 0;
  DROP TABLE rebuild_items;
  ANALYZE rebuild_placed;

  -- Leaves: their rows are complete here.
  PERFORM target_rebuild_write('rebuild_placed', true);
  -- The leaves' sums go to their parent paths; the inner units' own rows wait at their own path.
  INSERT INTO target_rebuild_carried (path, depth, month, metric, amount)
  SELECT path, length(path) - length(replace(path, '/', '')), month, metric, sum(amount) FROM (
    SELECT CASE WHEN n.unit_id IS NULL THEN pl.parent ELSE pl.parent || pl.unit_id || '/' END AS path, pl.month, pl.metric, pl.amount
    FROM rebuild_placed pl LEFT JOIN target_rebuild_inner n ON n.unit_id = pl.unit_id
  ) x WHERE path <> '/' GROUP BY path, month, metric;
  DROP TABLE rebuild_placed;
END $$;

-- The levels, deepest first: each level's sums are carried, summed, to the parent path, where they
-- join the rows already at that depth; every row of target_rebuild_carried is then a credit to the
-- unit its path ends at (only inner units). Each level is read once: on the national profile,
-- regrouping every remaining row at every level (as the first version did) cost a minute.
CREATE FUNCTION target_rebuild_finish() RETURNS VOID LANGUAGE plpgsql SET work_mem = '256MB' SET maintenance_work_mem = '512MB' AS $$
DECLARE
  level INTEGER;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('target_fold'));
  SELECT max(depth) INTO level FROM target_rebuild_carried;
  -- Depth 2 is the root ('/1/'): nothing above it.
  WHILE level > 2 LOOP
    INSERT INTO target_rebuild_carried (path, depth, month, metric, amount)
    SELECT target_path_parent(path), level - 1, month, metric, sum(amount) FROM target_rebuild_carried
    WHERE depth = level GROUP BY 1, 3, 4;
    level := level - 1;
  END LOOP;
  -- Summed per unit: a unit moved to another depth has rows at two paths.
  DROP VIEW IF EXISTS rebuild_units;
  CREATE TEMP VIEW rebuild_units AS SELECT target_path_unit(path) AS unit_id, month, metric, amount FROM target_rebuild_carried;
  PERFORM target_rebuild_write('rebuild_units', false);
  DROP VIEW rebuild_units;
  TRUNCATE target_rebuild_periods, target_rebuild_path_items, target_rebuild_inner, target_rebuild_carried;
  ALTER TABLE target_rollup_months ADD CONSTRAINT target_rollup_months_pkey PRIMARY KEY (unit_id, month, metric);
  ALTER TABLE target_rollup_years ADD CONSTRAINT target_rollup_years_pkey PRIMARY KEY (unit_id, year, metric);
  ALTER TABLE target_rollup_totals ADD CONSTRAINT target_rollup_totals_pkey PRIMARY KEY (unit_id, metric);
END $$;

-- The same steps in one transaction, for the app and the tests.
CREATE OR REPLACE FUNCTION target_rollups_rebuild_tables() RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
  c RECORD;
BEGIN
  PERFORM target_rebuild_begin();
  FOR c IN SELECT * FROM target_rebuild_chunks(150000) LOOP
    PERFORM target_rebuild_chunk(c.lo, c.hi);
  END LOOP;
  PERFORM target_rebuild_finish();
END $$;
