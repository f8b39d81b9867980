-- Unit profiles (issue 3): sector, employer, workforce, founding decision and collective agreement on
-- each unit, and a timeline of unit events. Hand-written (see README, "Migrations").

CREATE TYPE unit_sector AS ENUM (
  'state_enterprise', 'non_state_enterprise', 'foreign_invested', 'administrative_agency',
  'public_service_unit', 'cooperative', 'informal', 'non_public_education', 'other'
);

ALTER TABLE units
  ADD COLUMN sector                   unit_sector,
  ADD COLUMN employer_name            TEXT,
  ADD COLUMN employer_tax_code        TEXT,
  ADD COLUMN employer_address         TEXT,
  ADD COLUMN workforce_total          INTEGER CHECK (workforce_total >= 0),
  ADD COLUMN workforce_women          INTEGER CHECK (workforce_women >= 0),
  ADD COLUMN founding_decision_number TEXT,
  ADD COLUMN founding_decision_on     DATE,
  ADD COLUMN cba_signed_on            DATE,
  ADD COLUMN cba_expires_on           DATE,
  ADD COLUMN cba_note                 TEXT,
  ADD CONSTRAINT units_workforce_women_le_total CHECK (workforce_women IS NULL OR workforce_total IS NULL OR workforce_women <= workforce_total),
  ADD CONSTRAINT units_cba_period_order CHECK (cba_expires_on IS NULL OR cba_signed_on IS NULL OR cba_expires_on >= cba_signed_on);

-- Keyset pages of the units list in name order, and by founding date, within a path prefix.
CREATE INDEX units_name_search_id_idx ON units (name_search, id);
CREATE INDEX units_founded_on_id_idx ON units (founded_on, id);
-- Case-insensitive search by code ("hp-tn-001" or "HP-TN").
CREATE INDEX units_code_lower_trgm_idx ON units USING gin (lower(code) gin_trgm_ops);
-- The CBA status filter reads expiry dates of a subtree.
CREATE INDEX units_cba_expires_on_idx ON units (cba_expires_on);

CREATE TYPE unit_event_kind AS ENUM ('founded', 'renamed', 'transferred', 'merged', 'dissolved', 'profile_changed');

-- The timeline of a unit: one row per event, written in the same transaction as the change, with the
-- decision that made it and what changed (before/after of the fields touched). Parent links keep
-- their own dated history in unit_parent_links for reports; this table is what people read.
CREATE TABLE unit_events (
  id              BIGSERIAL PRIMARY KEY,
  unit_id         INTEGER NOT NULL REFERENCES units(id),
  kind            unit_event_kind NOT NULL,
  occurred_on     DATE NOT NULL,
  decision_number TEXT,
  from_parent_id  INTEGER REFERENCES units(id),
  to_parent_id    INTEGER REFERENCES units(id),
  actor_id        INTEGER REFERENCES users(id),
  changes         JSONB,
  created_at      TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE INDEX unit_events_unit_id_occurred_on_idx ON unit_events (unit_id, occurred_on, id);
