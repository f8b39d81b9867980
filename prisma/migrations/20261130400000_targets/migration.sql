-- Yearly targets (issue 6) and the rollups that give every dashboard figure without scanning members.
--
-- Rollups, in three layers (README, "Targets and dashboards" in the architecture section):
--   1. Triggers on the base tables (memberships, members, units, unit_path_history, awards,
--      award_decisions, initiatives) append signed deltas to `target_deltas`: (path of the unit at the
--      event's date, month, metric, amount). They only INSERT, so concurrent writers never wait on each
--      other and never deadlock; every writer (including code written later) keeps them exact.
--      Each trigger emits (contribution of the rows after the statement) − (before), so the deltas
--      always telescope to the contribution of the current base tables: a full recount.
--   2. `target_fold()` moves the deltas into per-unit rollups for every ancestor on the path (month,
--      year and all-time totals). Only one fold runs at a time (advisory lock); it is the only writer
--      of the rollup tables. Each app instance runs it every second (instrumentation.ts).
--   3. Reads add the rollup rows of the unit and the not-yet-folded deltas under it, in one statement
--      (one snapshot), so a figure is exact whether or not a fold ran in between.
-- `target_rollups_rebuild()` recomputes everything from the base tables (bulk loads, repairs).

CREATE TYPE target_metric AS ENUM (
  'new_members', 'net_growth', 'new_grassroots', 'cba_coverage', 'app_adoption', 'officials_trained',
  'party_introduced', 'party_per_grassroots', 'clc_topics', 'initiatives', 'initiative_value', 'awards', 'manual'
);
CREATE TYPE target_shape AS ENUM ('count', 'share_units', 'share_people');

-- One target of a unit for a year. Shares are percentages (65–70 is value_min 65, value_max 70).
-- A child's share of its parent's count target points at it with parent_target_id.
CREATE TABLE targets (
  id               SERIAL PRIMARY KEY,
  unit_id          INTEGER NOT NULL REFERENCES units (id),
  year             INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  metric           target_metric NOT NULL,
  shape            target_shape NOT NULL,
  value_min        NUMERIC(20, 2) NOT NULL CHECK (value_min >= 0),
  value_max        NUMERIC(20, 2) CHECK (value_max IS NULL OR value_max >= value_min),
  -- What the goal says in the resolution's words (required for a manual metric).
  label            TEXT,
  -- The denominator as the resolution states it, when it differs from the metric's standard one.
  denominator_note TEXT,
  parent_target_id INTEGER REFERENCES targets (id) ON DELETE SET NULL,
  -- A manual metric's actual, entered by the union with its evidence.
  manual_actual    NUMERIC(20, 2) CHECK (manual_actual IS NULL OR manual_actual >= 0),
  evidence_note    TEXT,
  manual_updated_on DATE,
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  updated_at       TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  CONSTRAINT targets_share_at_most_100 CHECK (shape = 'count' OR coalesce(value_max, value_min) <= 100),
  CONSTRAINT targets_manual_has_label CHECK (metric <> 'manual' OR label IS NOT NULL)
);
CREATE UNIQUE INDEX targets_one_per_metric ON targets (unit_id, year, metric) WHERE metric <> 'manual';
CREATE INDEX targets_unit_id_year_idx ON targets (unit_id, year);
CREATE INDEX targets_parent_target_id_idx ON targets (parent_target_id);

-- Rollup metrics (smallint codes, lib/targets/rollup-metrics.ts holds the same list):
--   stocks (a value at a date, the sum of all deltas up to it): 1 members, 2 women, 3 app users,
--   4 officials, 5 officials trained, 6 grassroots unions, 7 CBA-eligible unions, 8 unions with a valid CBA;
--   flows (events in a period): 10 gross admissions, 11 membership openings, 12 closings,
--   13 grassroots unions founded, 14 Party introductions, 15 awards, 16 Creative Labour Certificates,
--   17 recognised initiatives, 18 their value in VND.
CREATE TABLE target_deltas (
  id     BIGSERIAL PRIMARY KEY,
  path   TEXT NOT NULL,
  month  DATE NOT NULL,
  metric SMALLINT NOT NULL,
  amount BIGINT NOT NULL
);
CREATE TABLE target_rollup_months (
  unit_id INTEGER NOT NULL,
  metric  SMALLINT NOT NULL,
  month   DATE NOT NULL,
  amount  BIGINT NOT NULL,
  -- (unit, month) first: a read takes one index range per unit, whatever the figures.
  PRIMARY KEY (unit_id, month, metric)
);
CREATE TABLE target_rollup_years (
  unit_id INTEGER NOT NULL,
  metric  SMALLINT NOT NULL,
  year    INTEGER NOT NULL,
  amount  BIGINT NOT NULL,
  PRIMARY KEY (unit_id, year, metric)
);
CREATE TABLE target_rollup_totals (
  unit_id INTEGER NOT NULL,
  metric  SMALLINT NOT NULL,
  amount  BIGINT NOT NULL,
  PRIMARY KEY (unit_id, metric)
);

-- An item contributes either an event (ends IS NULL: +amount at `starts`) or an interval
-- [starts, ends) to a stock (+amount at the start, −amount at the end; 'infinity' = still open).
-- `path` set: the item carries its own path (awards, initiatives); otherwise the unit's periods place it.
CREATE TYPE target_item AS (unit_id INTEGER, path TEXT, metric SMALLINT, starts DATE, ends DATE, amount BIGINT);
-- The path a unit had over [valid_from, valid_to); the first period reaches back to -infinity.
CREATE TYPE target_period AS (unit_id INTEGER, path TEXT, valid_from DATE, valid_to DATE);

-- The month a change counts in; a union with no founding date has existed "forever": from 1900.
CREATE FUNCTION target_month(d DATE) RETURNS DATE LANGUAGE sql IMMUTABLE AS
$$ SELECT date_trunc('month', greatest(d, DATE '1900-01-01'))::date $$;

-- Periods from path-history rows; a unit with no history row has one period: `fallback_path`, always.
CREATE FUNCTION target_periods(unit_ids INTEGER[], history unit_path_history[], fallback target_period[])
RETURNS target_period[] LANGUAGE sql STABLE AS $$
  WITH h AS (
    SELECT (x).unit_id, (x).path, (x).valid_from, (x).valid_to,
           row_number() OVER (PARTITION BY (x).unit_id ORDER BY (x).valid_from, (x).id) AS n
    FROM unnest(history) x WHERE (x).unit_id = ANY (unit_ids)
  )
  SELECT coalesce(array_agg(p), '{}') FROM (
    SELECT ROW(unit_id, path, CASE WHEN n = 1 THEN '-infinity'::date ELSE valid_from END,
               coalesce(valid_to, 'infinity'::date))::target_period AS p FROM h
    UNION ALL
    SELECT ROW(f.unit_id, f.path, '-infinity'::date, 'infinity'::date)::target_period
    FROM unnest(fallback) f WHERE f.unit_id = ANY (unit_ids) AND NOT EXISTS (SELECT 1 FROM h WHERE h.unit_id = f.unit_id)
  ) s
$$;

-- The current periods of these units.
CREATE FUNCTION target_current_periods(unit_ids INTEGER[]) RETURNS target_period[] LANGUAGE sql STABLE AS $$
  SELECT target_periods(
    unit_ids,
    ARRAY(SELECT h FROM unit_path_history h WHERE h.unit_id = ANY (unit_ids)),
    ARRAY(SELECT ROW(u.id, u.path, NULL, NULL)::target_period FROM units u WHERE u.id = ANY (unit_ids)))
$$;

-- What membership periods contribute, given the member rows to read attributes from.
CREATE FUNCTION target_membership_items(ms memberships[], people members[]) RETURNS target_item[] LANGUAGE sql IMMUTABLE AS $$
  WITH m AS (
    SELECT (x).unit_id, (x).admitted_on AS a, coalesce((x).left_on, 'infinity'::date) AS l, (x).left_on,
           (x).admission_kind AS kind, (x).member_id FROM unnest(ms) x
  ), j AS (
    SELECT m.*, (p).gender, (p).app_activated_on AS app, nullif(btrim((p).official_position), '') IS NOT NULL AS official,
           (p).official_trained_on AS trained, (p).party_introduced_on AS party
    FROM m JOIN unnest(people) p ON (p).id = m.member_id
  )
  SELECT coalesce(array_agg(i), '{}') FROM (
    SELECT ROW(unit_id, NULL, 1, a, l, 1)::target_item AS i FROM j
    UNION ALL SELECT ROW(unit_id, NULL, 2, a, l, 1)::target_item FROM j WHERE gender = 'female'
    UNION ALL SELECT ROW(unit_id, NULL, 3, greatest(a, app), l, 1)::target_item FROM j WHERE app IS NOT NULL
    UNION ALL SELECT ROW(unit_id, NULL, 4, a, l, 1)::target_item FROM j WHERE official
    UNION ALL SELECT ROW(unit_id, NULL, 5, greatest(a, trained), l, 1)::target_item FROM j WHERE official AND trained IS NOT NULL
    UNION ALL SELECT ROW(unit_id, NULL, 10, a, NULL, 1)::target_item FROM j WHERE kind IN ('new', 'rejoin')
    UNION ALL SELECT ROW(unit_id, NULL, 11, a, NULL, 1)::target_item FROM j
    UNION ALL SELECT ROW(unit_id, NULL, 12, left_on, NULL, 1)::target_item FROM j WHERE left_on IS NOT NULL
    UNION ALL SELECT ROW(unit_id, NULL, 14, party, NULL, 1)::target_item FROM j WHERE party >= a AND party < l
  ) s
$$;

-- What a unit itself contributes: a grassroots union counts from its founding while active; it is
-- CBA-eligible when its employer is an enterprise; its agreement is valid from signing to expiry.
CREATE FUNCTION target_unit_items(us units[]) RETURNS target_item[] LANGUAGE sql IMMUTABLE AS $$
  WITH u AS (
    SELECT (x).id, coalesce((x).founded_on, '-infinity'::date) AS f, (x).founded_on, (x).status, (x).sector,
           (x).cba_signed_on AS s, coalesce((x).cba_expires_on, 'infinity'::date) AS e
    FROM unnest(us) x WHERE (x).kind = 'grassroots'
  )
  SELECT coalesce(array_agg(i), '{}') FROM (
    SELECT ROW(id, NULL, 13, founded_on, NULL, 1)::target_item AS i FROM u WHERE founded_on IS NOT NULL
    UNION ALL SELECT ROW(id, NULL, 6, f, 'infinity'::date, 1)::target_item FROM u WHERE status = 'active'
    UNION ALL SELECT ROW(id, NULL, 7, f, 'infinity'::date, 1)::target_item FROM u
      WHERE status = 'active' AND sector IN ('state_enterprise', 'non_state_enterprise', 'foreign_invested', 'cooperative')
    UNION ALL SELECT ROW(id, NULL, 8, greatest(f, s), e, 1)::target_item FROM u
      WHERE status = 'active' AND sector IN ('state_enterprise', 'non_state_enterprise', 'foreign_invested', 'cooperative')
        AND s IS NOT NULL
  ) s
$$;

-- Awards count in their year while their decision stands: in the decision's month when signed that
-- year, else in December of the award's year.
CREATE FUNCTION target_award_items(rows awards[]) RETURNS target_item[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(i), '{}') FROM (
    SELECT ROW(NULL, (a).unit_path, m.metric,
               CASE WHEN extract(year FROM d.signed_on) = (a).year THEN d.signed_on ELSE make_date((a).year, 12, 1) END,
               NULL, 1)::target_item AS i
    FROM unnest(rows) a
    JOIN award_decisions d ON d.id = (a).decision_id AND d.status = 'issued'
    JOIN award_types t ON t.id = (a).award_type_id
    CROSS JOIN LATERAL (VALUES (15::smallint), (CASE WHEN t.code = 'BANG_LDST' THEN 16::smallint END)) m (metric)
    WHERE m.metric IS NOT NULL
  ) s
$$;

-- Recognised initiatives count (and add their value) in the month applied, else December of their year.
CREATE FUNCTION target_initiative_items(rows initiatives[]) RETURNS target_item[] LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(i), '{}') FROM (
    SELECT ROW(NULL, (x).unit_path, m.metric,
               CASE WHEN extract(year FROM (x).applied_on) = (x).year THEN (x).applied_on ELSE make_date((x).year, 12, 1) END,
               NULL, m.amount)::target_item AS i
    FROM unnest(rows) x
    CROSS JOIN LATERAL (VALUES (17::smallint, 1::bigint), (18::smallint, (x).value_vnd)) m (metric, amount)
    WHERE (x).status = 'recognised' AND m.amount <> 0
  ) s
$$;

-- Items placed on paths and months: events at the period holding their date; intervals split at
-- every period boundary they cross.
CREATE FUNCTION target_place(items target_item[], periods target_period[])
RETURNS TABLE (path TEXT, month DATE, metric SMALLINT, amount BIGINT) LANGUAGE sql IMMUTABLE AS $$
  WITH i AS (SELECT * FROM unnest(items)), p AS (SELECT * FROM unnest(periods))
  SELECT i.path, target_month(i.starts), i.metric, i.amount FROM i WHERE i.path IS NOT NULL
  UNION ALL
  SELECT p.path, target_month(i.starts), i.metric, i.amount
  FROM i JOIN p ON p.unit_id = i.unit_id AND p.valid_from <= i.starts AND i.starts < p.valid_to
  WHERE i.path IS NULL AND i.ends IS NULL
  UNION ALL
  SELECT p.path, target_month(greatest(i.starts, p.valid_from)), i.metric, i.amount
  FROM i JOIN p ON p.unit_id = i.unit_id AND p.valid_from < i.ends AND i.starts < p.valid_to
  WHERE i.path IS NULL AND i.ends IS NOT NULL AND i.starts < i.ends
  UNION ALL
  SELECT p.path, target_month(least(i.ends, p.valid_to)), i.metric, -i.amount
  FROM i JOIN p ON p.unit_id = i.unit_id AND p.valid_from < i.ends AND i.starts < p.valid_to
  WHERE i.path IS NULL AND i.ends IS NOT NULL AND i.starts < i.ends AND least(i.ends, p.valid_to) < 'infinity'::date
$$;

-- Appends (new contribution − old contribution), netted per path, month and metric.
CREATE FUNCTION target_emit(old_items target_item[], old_periods target_period[], new_items target_item[], new_periods target_period[])
RETURNS VOID LANGUAGE sql AS $$
  INSERT INTO target_deltas (path, month, metric, amount)
  SELECT path, month, metric, sum(amount) FROM (
    SELECT path, month, metric, -amount AS amount FROM target_place(old_items, old_periods)
    UNION ALL SELECT path, month, metric, amount FROM target_place(new_items, new_periods)
  ) d GROUP BY path, month, metric HAVING sum(amount) <> 0
$$;

-- ── Triggers (statement level with transition tables: one set-based emit per statement, so bulk
--    writes such as imports cost one query, not one per row) ─────────────────────────────────────

CREATE FUNCTION target_memberships_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  old_rows memberships[] := '{}';
  new_rows memberships[] := '{}';
  ids INTEGER[];
  people members[];
  periods target_period[];
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN old_rows := ARRAY(SELECT o::memberships FROM old_table o); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN new_rows := ARRAY(SELECT n::memberships FROM new_table n); END IF;
  ids := ARRAY(SELECT DISTINCT (r).unit_id FROM unnest(old_rows || new_rows) r);
  people := ARRAY(SELECT p FROM members p WHERE p.id IN (SELECT (r).member_id FROM unnest(old_rows || new_rows) r));
  periods := target_current_periods(ids);
  PERFORM target_emit(target_membership_items(old_rows, people), periods, target_membership_items(new_rows, people), periods);
  RETURN NULL;
END $$;
CREATE TRIGGER target_memberships_insert AFTER INSERT ON memberships REFERENCING NEW TABLE AS new_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_memberships_changed();
CREATE TRIGGER target_memberships_update AFTER UPDATE ON memberships REFERENCING OLD TABLE AS old_table NEW TABLE AS new_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_memberships_changed();
CREATE TRIGGER target_memberships_delete AFTER DELETE ON memberships REFERENCING OLD TABLE AS old_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_memberships_changed();

-- A member's gender, app activation, official position, training or Party introduction changed:
-- re-place all their membership periods with the old and the new attributes.
CREATE FUNCTION target_members_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  old_people members[];
  new_people members[];
  ms memberships[];
  periods target_period[];
BEGIN
  old_people := ARRAY(SELECT o::members FROM old_table o JOIN new_table n ON n.id = o.id
    WHERE (o.gender, o.app_activated_on, o.official_position, o.official_trained_on, o.party_introduced_on)
      IS DISTINCT FROM (n.gender, n.app_activated_on, n.official_position, n.official_trained_on, n.party_introduced_on));
  IF cardinality(old_people) = 0 THEN RETURN NULL; END IF;
  new_people := ARRAY(SELECT n::members FROM new_table n WHERE n.id IN (SELECT (p).id FROM unnest(old_people) p));
  ms := ARRAY(SELECT m FROM memberships m WHERE m.member_id IN (SELECT (p).id FROM unnest(old_people) p));
  periods := target_current_periods(ARRAY(SELECT DISTINCT (m).unit_id FROM unnest(ms) m));
  PERFORM target_emit(target_membership_items(ms, old_people), periods, target_membership_items(ms, new_people), periods);
  RETURN NULL;
END $$;
CREATE TRIGGER target_members_update AFTER UPDATE ON members REFERENCING OLD TABLE AS old_table NEW TABLE AS new_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_members_changed();

-- A unit's own facts changed (kind, status, sector, founding, agreement), or, for a unit without path
-- history, its path: re-place its own items, and its members' periods when its path moved.
CREATE FUNCTION target_units_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  old_rows units[] := '{}';
  new_rows units[] := '{}';
  ids INTEGER[];
  moved INTEGER[];
  ms memberships[];
  people members[];
  history unit_path_history[];
  old_periods target_period[];
  new_periods target_period[];
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN old_rows := ARRAY(SELECT o::units FROM old_table o); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN new_rows := ARRAY(SELECT n::units FROM new_table n); END IF;
  ids := ARRAY(SELECT DISTINCT (r).id FROM unnest(old_rows || new_rows) r);
  history := ARRAY(SELECT h FROM unit_path_history h WHERE h.unit_id = ANY (ids));
  moved := ARRAY(SELECT (o).id FROM unnest(old_rows) o JOIN unnest(new_rows) n ON (n).id = (o).id
    WHERE (o).path <> (n).path AND NOT EXISTS (SELECT 1 FROM unnest(history) h WHERE (h).unit_id = (o).id));
  ms := ARRAY(SELECT m FROM memberships m WHERE m.unit_id = ANY (moved));
  people := ARRAY(SELECT p FROM members p WHERE p.id IN (SELECT (m).member_id FROM unnest(ms) m));
  old_periods := target_periods(ids, history, ARRAY(SELECT ROW((r).id, (r).path, NULL, NULL)::target_period FROM unnest(old_rows) r));
  new_periods := target_periods(ids, history, ARRAY(SELECT ROW((r).id, (r).path, NULL, NULL)::target_period FROM unnest(new_rows) r));
  PERFORM target_emit(
    target_unit_items(old_rows) || target_membership_items(ms, people), old_periods,
    target_unit_items(new_rows) || target_membership_items(ms, people), new_periods);
  RETURN NULL;
END $$;
CREATE TRIGGER target_units_insert AFTER INSERT ON units REFERENCING NEW TABLE AS new_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_units_changed();
CREATE TRIGGER target_units_update AFTER UPDATE ON units REFERENCING OLD TABLE AS old_table NEW TABLE AS new_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_units_changed();
CREATE TRIGGER target_units_delete AFTER DELETE ON units REFERENCING OLD TABLE AS old_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_units_changed();

-- A unit's path history changed (a transfer, a correction): re-place everything the unit and its
-- members contribute, from the old periods to the new ones.
CREATE FUNCTION target_path_history_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  old_rows unit_path_history[] := '{}';
  new_rows unit_path_history[] := '{}';
  ids INTEGER[];
  now_history unit_path_history[];
  before_history unit_path_history[];
  fallback target_period[];
  us units[];
  ms memberships[];
  people members[];
  items target_item[];
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN old_rows := ARRAY(SELECT o::unit_path_history FROM old_table o); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN new_rows := ARRAY(SELECT n::unit_path_history FROM new_table n); END IF;
  ids := ARRAY(SELECT DISTINCT (r).unit_id FROM unnest(old_rows || new_rows) r);
  now_history := ARRAY(SELECT h FROM unit_path_history h WHERE h.unit_id = ANY (ids));
  before_history := ARRAY(SELECT h FROM unnest(now_history) h WHERE (h).id NOT IN (SELECT (n).id FROM unnest(new_rows) n))
                    || old_rows;
  us := ARRAY(SELECT u FROM units u WHERE u.id = ANY (ids));
  fallback := ARRAY(SELECT ROW((u).id, (u).path, NULL, NULL)::target_period FROM unnest(us) u);
  ms := ARRAY(SELECT m FROM memberships m WHERE m.unit_id = ANY (ids));
  people := ARRAY(SELECT p FROM members p WHERE p.id IN (SELECT (m).member_id FROM unnest(ms) m));
  items := target_unit_items(us) || target_membership_items(ms, people);
  PERFORM target_emit(items, target_periods(ids, before_history, fallback), items, target_periods(ids, now_history, fallback));
  RETURN NULL;
END $$;
CREATE TRIGGER target_path_history_insert AFTER INSERT ON unit_path_history REFERENCING NEW TABLE AS new_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_path_history_changed();
CREATE TRIGGER target_path_history_update AFTER UPDATE ON unit_path_history REFERENCING OLD TABLE AS old_table NEW TABLE AS new_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_path_history_changed();
CREATE TRIGGER target_path_history_delete AFTER DELETE ON unit_path_history REFERENCING OLD TABLE AS old_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_path_history_changed();

CREATE FUNCTION target_awards_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  old_rows awards[] := '{}';
  new_rows awards[] := '{}';
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN old_rows := ARRAY(SELECT o::awards FROM old_table o); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN new_rows := ARRAY(SELECT n::awards FROM new_table n); END IF;
  PERFORM target_emit(target_award_items(old_rows), '{}', target_award_items(new_rows), '{}');
  RETURN NULL;
END $$;
CREATE TRIGGER target_awards_insert AFTER INSERT ON awards REFERENCING NEW TABLE AS new_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_awards_changed();
CREATE TRIGGER target_awards_update AFTER UPDATE ON awards REFERENCING OLD TABLE AS old_table NEW TABLE AS new_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_awards_changed();
CREATE TRIGGER target_awards_delete AFTER DELETE ON awards REFERENCING OLD TABLE AS old_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_awards_changed();

-- A decision revoked (or re-dated): its awards leave (or move within) the figures. The award items
-- read the decision's current row, so the old side is computed as it stood before.
CREATE FUNCTION target_award_decisions_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  rows awards[];
BEGIN
  rows := ARRAY(SELECT a FROM awards a JOIN old_table o ON o.id = a.decision_id JOIN new_table n ON n.id = o.id
                WHERE (o.status, o.signed_on) IS DISTINCT FROM (n.status, n.signed_on));
  IF cardinality(rows) = 0 THEN RETURN NULL; END IF;
  INSERT INTO target_deltas (path, month, metric, amount)
  SELECT path, month, metric, sum(amount) FROM (
    SELECT a.unit_path AS path,
           target_month(CASE WHEN extract(year FROM o.signed_on) = a.year THEN o.signed_on ELSE make_date(a.year, 12, 1) END) AS month,
           m.metric, -1 AS amount
    FROM unnest(rows) a JOIN old_table o ON o.id = a.decision_id JOIN award_types t ON t.id = a.award_type_id
    CROSS JOIN LATERAL (VALUES (15::smallint), (CASE WHEN t.code = 'BANG_LDST' THEN 16::smallint END)) m (metric)
    WHERE o.status = 'issued' AND m.metric IS NOT NULL
    UNION ALL
    SELECT path, month, metric, amount FROM target_place(target_award_items(rows), '{}')
  ) d GROUP BY path, month, metric HAVING sum(amount) <> 0;
  RETURN NULL;
END $$;
CREATE TRIGGER target_award_decisions_update AFTER UPDATE ON award_decisions REFERENCING OLD TABLE AS old_table NEW TABLE AS new_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_award_decisions_changed();

CREATE FUNCTION target_initiatives_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  old_rows initiatives[] := '{}';
  new_rows initiatives[] := '{}';
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN old_rows := ARRAY(SELECT o::initiatives FROM old_table o); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN new_rows := ARRAY(SELECT n::initiatives FROM new_table n); END IF;
  PERFORM target_emit(target_initiative_items(old_rows), '{}', target_initiative_items(new_rows), '{}');
  RETURN NULL;
END $$;
CREATE TRIGGER target_initiatives_insert AFTER INSERT ON initiatives REFERENCING NEW TABLE AS new_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_initiatives_changed();
CREATE TRIGGER target_initiatives_update AFTER UPDATE ON initiatives REFERENCING OLD TABLE AS old_table NEW TABLE AS new_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_initiatives_changed();
CREATE TRIGGER target_initiatives_delete AFTER DELETE ON initiatives REFERENCING OLD TABLE AS old_table
  FOR EACH STATEMENT EXECUTE FUNCTION target_initiatives_changed();

-- ── Fold, read, rebuild ───────────────────────────────────────────────────────────────────────────

-- Moves every visible delta into the rollups of each unit on its path; the caller holds the fold lock.
CREATE FUNCTION target_fold_locked() RETURNS INTEGER LANGUAGE sql AS $$
  WITH moved AS (DELETE FROM target_deltas RETURNING path, month, metric, amount),
  batch AS (
    SELECT s::INTEGER AS unit_id, month, metric, sum(amount)::BIGINT AS amount
    FROM moved CROSS JOIN LATERAL unnest(string_to_array(btrim(path, '/'), '/')) s
    GROUP BY 1, 2, 3
  ),
  months AS (
    INSERT INTO target_rollup_months AS r (unit_id, metric, month, amount)
    SELECT unit_id, metric, month, amount FROM batch
    ON CONFLICT (unit_id, month, metric) DO UPDATE SET amount = r.amount + excluded.amount
  ),
  years AS (
    INSERT INTO target_rollup_years AS r (unit_id, metric, year, amount)
    SELECT unit_id, metric, extract(year FROM month)::INTEGER, sum(amount) FROM batch GROUP BY 1, 2, 3
    ON CONFLICT (unit_id, year, metric) DO UPDATE SET amount = r.amount + excluded.amount
  ),
  totals AS (
    INSERT INTO target_rollup_totals AS r (unit_id, metric, amount)
    SELECT unit_id, metric, sum(amount) FROM batch GROUP BY 1, 2
    ON CONFLICT (unit_id, metric) DO UPDATE SET amount = r.amount + excluded.amount
  )
  SELECT count(*)::INTEGER FROM batch
$$;

-- Folds unless another fold holds the lock (returns -1 then: readers add the deltas themselves).
CREATE FUNCTION target_fold() RETURNS INTEGER LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('target_fold')) THEN RETURN -1; END IF;
  RETURN target_fold_locked();
END $$;

-- Not-yet-folded deltas, once for each unit on their path that is among `unit_ids`.
CREATE FUNCTION target_pending(unit_ids INTEGER[])
RETURNS TABLE (unit_id INTEGER, month DATE, metric SMALLINT, amount BIGINT) LANGUAGE sql STABLE AS $$
  SELECT s::INTEGER, d.month, d.metric, d.amount
  FROM target_deltas d CROSS JOIN LATERAL unnest(string_to_array(btrim(d.path, '/'), '/')) s
  WHERE s::INTEGER = ANY (unit_ids)
$$;

-- Figures of each unit for a year: flows summed over the year; stocks at the end of `as_of`'s month.
-- Rollup rows (primary-key lookups per unit) plus not-yet-folded deltas, in one snapshot.
CREATE FUNCTION target_figures(unit_ids INTEGER[], for_year INTEGER, as_of DATE)
RETURNS TABLE (unit_id INTEGER, metric SMALLINT, amount BIGINT) LANGUAGE sql STABLE
-- One primary-key range per unit and part; a few hundred rows do not repay starting parallel workers.
SET max_parallel_workers_per_gather = 0 AS $$
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
    UNION ALL
    SELECT p.unit_id, p.metric, p.amount FROM target_pending(unit_ids) p
    WHERE (p.metric >= 10 AND extract(year FROM p.month) = for_year) OR (p.metric < 10 AND p.month <= target_month(as_of))
  )
  SELECT unit_id, metric, sum(amount)::BIGINT FROM parts GROUP BY unit_id, metric
$$;

-- One unit's year month by month: `month` NULL holds each stock's value at the end of the previous
-- year; the other rows are that month's change (stocks) or count (flows).
CREATE FUNCTION target_months(for_unit INTEGER, for_year INTEGER)
RETURNS TABLE (metric SMALLINT, month DATE, amount BIGINT) LANGUAGE sql STABLE
SET max_parallel_workers_per_gather = 0 AS $$
  WITH parts AS (
    SELECT m.metric, m.month, m.amount FROM target_rollup_months m
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
  SELECT metric, month, sum(amount)::BIGINT FROM parts GROUP BY metric, month
$$;

-- Recomputes every rollup from the base tables, a thousand units at a time (after a bulk load with
-- triggers disabled, or to repair). Takes the fold lock so no fold interleaves.
CREATE FUNCTION target_rollups_rebuild() RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
  chunk INTEGER[];
  ms memberships[];
  people members[];
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('target_fold'));
  TRUNCATE target_deltas, target_rollup_months, target_rollup_years, target_rollup_totals;
  FOR chunk IN SELECT array_agg(id) FROM (SELECT id, (row_number() OVER (ORDER BY id) - 1) / 1000 AS g FROM units) x GROUP BY g LOOP
    ms := ARRAY(SELECT m FROM memberships m WHERE m.unit_id = ANY (chunk));
    people := ARRAY(SELECT p FROM members p WHERE p.id IN (SELECT (m).member_id FROM unnest(ms) m));
    PERFORM target_emit('{}', '{}',
      target_unit_items(ARRAY(SELECT u FROM units u WHERE u.id = ANY (chunk))) || target_membership_items(ms, people),
      target_current_periods(chunk));
  END LOOP;
  PERFORM target_emit('{}', '{}', target_award_items(ARRAY(SELECT a FROM awards a)), '{}');
  PERFORM target_emit('{}', '{}', target_initiative_items(ARRAY(SELECT i FROM initiatives i)), '{}');
  PERFORM target_fold_locked();
END $$;

-- Units and members that exist before this migration (demo data, production) get their rollups now.
SELECT target_rollups_rebuild();
