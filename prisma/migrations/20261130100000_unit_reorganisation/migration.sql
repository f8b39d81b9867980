-- Reorganising the tree (issue 3): merging and dissolving grassroots unions, the provisional chair
-- named at establishment, and the pipeline of employers without a union in a ward.

-- A merged or dissolved unit keeps its row (history, honours and old reports point at it) and says
-- when and by which decision it closed; a merged one also names the union that took its members.
ALTER TABLE units
  ADD COLUMN merged_into_id          INTEGER REFERENCES units (id),
  ADD COLUMN closed_on               DATE,
  ADD COLUMN closing_decision_number TEXT,
  ADD COLUMN closing_reason          TEXT,
  ADD COLUMN provisional_chair       TEXT,
  ADD CONSTRAINT units_merged_has_survivor CHECK ((status = 'merged') = (merged_into_id IS NOT NULL)),
  ADD CONSTRAINT units_closed_when_not_active CHECK ((status = 'active') = (closed_on IS NULL));
CREATE INDEX units_merged_into_id_idx ON units (merged_into_id) WHERE merged_into_id IS NOT NULL;

-- The survivor's side of a merger: "took in the members of …".
ALTER TYPE unit_event_kind ADD VALUE 'absorbed';

CREATE TYPE employer_status AS ENUM ('identified', 'mobilising', 'established', 'abandoned');

-- Employers in a ward that have no grassroots union yet, and how far the mobilisation has come
-- (DESIGN.md: a group of at least 3 workers, at least 5 applications, a founding conference, then the
-- decision). Establishing a union from one links both ways: the employer row names the new unit.
CREATE TABLE unionless_employers (
  id                     SERIAL PRIMARY KEY,
  ward_unit_id           INTEGER NOT NULL REFERENCES units (id),
  name                   TEXT NOT NULL,
  name_search            TEXT NOT NULL,
  tax_code               TEXT,
  address                TEXT,
  workforce_total        INTEGER CHECK (workforce_total >= 0),
  group_formed_on        DATE,
  applications_received  INTEGER NOT NULL DEFAULT 0 CHECK (applications_received >= 0),
  founding_conference_on DATE,
  status                 employer_status NOT NULL DEFAULT 'identified',
  established_unit_id    INTEGER REFERENCES units (id),
  version                INTEGER NOT NULL DEFAULT 1,
  created_at             TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  updated_at             TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  CONSTRAINT unionless_employers_established_has_unit CHECK ((status = 'established') = (established_unit_id IS NOT NULL))
);
CREATE UNIQUE INDEX unionless_employers_established_unit_id_key ON unionless_employers (established_unit_id);
CREATE INDEX unionless_employers_ward_unit_id_name_search_idx ON unionless_employers (ward_unit_id, name_search, id);
