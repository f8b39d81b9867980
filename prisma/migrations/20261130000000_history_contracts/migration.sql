-- Two pieces of history that transfers, imports and the targets dashboards all read, added before
-- those features so they share one shape.

-- How a membership period began. Gross admissions ("new members" in the targets) count `new` and
-- `rejoin`; a `transfer` period is the receiving end of a transfer between unions, whose sending end
-- closes with leave_reason 'transferred'. Net growth of a subtree counts every opening and closing.
CREATE TYPE admission_kind AS ENUM ('new', 'rejoin', 'transfer');
ALTER TABLE memberships ADD COLUMN admission_kind admission_kind NOT NULL DEFAULT 'new';
UPDATE memberships m SET admission_kind = 'rejoin'
 WHERE EXISTS (SELECT 1 FROM memberships p WHERE p.member_id = m.member_id AND p.id <> m.id AND p.left_on IS NOT NULL AND p.left_on <= m.admitted_on);

-- The materialised path each unit had over time. `units.path` is today's; a report for a past date D
-- finds the subtree of X as it stood then with
--   valid_from <= D AND (valid_to IS NULL OR valid_to > D) AND path LIKE <X's path at D> || '%'.
-- A transfer closes the unit's open row (and those of its whole subtree) and opens new ones.
CREATE TABLE unit_path_history (
  id         SERIAL PRIMARY KEY,
  unit_id    INTEGER NOT NULL REFERENCES units (id),
  path       TEXT NOT NULL,
  valid_from DATE NOT NULL,
  valid_to   DATE,
  CONSTRAINT unit_path_history_period_order CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX unit_path_history_path_idx ON unit_path_history (path text_pattern_ops, valid_from);
CREATE INDEX unit_path_history_unit_id_valid_from_idx ON unit_path_history (unit_id, valid_from);
CREATE UNIQUE INDEX unit_path_history_one_open_per_unit ON unit_path_history (unit_id) WHERE valid_to IS NULL;
INSERT INTO unit_path_history (unit_id, path, valid_from)
SELECT id, path, COALESCE(founded_on, DATE '1900-01-01') FROM units;
