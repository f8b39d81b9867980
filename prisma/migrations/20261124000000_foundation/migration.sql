-- Foundation: the union tree, members with membership periods, accounts, role grants, sign-in
-- attempts and the audit log. Hand-written (see README, "Migrations"); applied in one transaction.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TYPE unit_kind AS ENUM ('confederation', 'federation', 'ward_union', 'grassroots', 'group');
CREATE TYPE unit_status AS ENUM ('active', 'merged', 'dissolved');
CREATE TYPE role AS ENUM ('admin', 'staff', 'chair', 'leader');
CREATE TYPE gender AS ENUM ('male', 'female');
CREATE TYPE leave_reason AS ENUM ('retired', 'changed_job', 'moved', 'voluntary', 'deceased', 'transferred', 'other');

CREATE TABLE units (
  id          SERIAL PRIMARY KEY,
  kind        unit_kind NOT NULL,
  parent_id   INTEGER REFERENCES units(id),
  path        TEXT NOT NULL,
  depth       INTEGER NOT NULL,
  code        TEXT NOT NULL,
  name        TEXT NOT NULL,
  short_name  TEXT,
  name_search TEXT NOT NULL,
  status      unit_status NOT NULL DEFAULT 'active',
  founded_on  DATE,
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  updated_at  TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  CONSTRAINT units_path_shape CHECK (path ~ '^(/[0-9]+)+/$'),
  CONSTRAINT units_root_has_no_parent CHECK ((parent_id IS NULL) = (depth = 0))
);
CREATE UNIQUE INDEX units_code_key ON units (code);
-- Subtree filters are prefix matches on the path: text_pattern_ops makes LIKE 'prefix%' indexable.
CREATE UNIQUE INDEX units_path_key ON units (path text_pattern_ops);
CREATE INDEX units_parent_id_name_idx ON units (parent_id, name);
CREATE INDEX units_name_search_trgm_idx ON units USING gin (name_search gin_trgm_ops);

CREATE TABLE unit_parent_links (
  id              SERIAL PRIMARY KEY,
  unit_id         INTEGER NOT NULL REFERENCES units(id),
  from_parent_id  INTEGER REFERENCES units(id),
  to_parent_id    INTEGER REFERENCES units(id),
  effective_on    DATE NOT NULL,
  decision_number TEXT,
  created_at      TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE INDEX unit_parent_links_unit_id_effective_on_idx ON unit_parent_links (unit_id, effective_on);

CREATE TABLE unit_counters (
  unit_id        INTEGER PRIMARY KEY REFERENCES units(id),
  active_members INTEGER NOT NULL DEFAULT 0 CHECK (active_members >= 0),
  active_women   INTEGER NOT NULL DEFAULT 0 CHECK (active_women >= 0)
);

CREATE TABLE members (
  id          SERIAL PRIMARY KEY,
  cccd        CHAR(12) NOT NULL CHECK (cccd ~ '^[0-9]{12}$'),
  full_name   TEXT NOT NULL,
  name_search TEXT NOT NULL,
  gender      gender NOT NULL,
  birth_date  DATE NOT NULL,
  phone       TEXT,
  job_title   TEXT,
  card_number TEXT NOT NULL,
  unit_id     INTEGER REFERENCES units(id),
  unit_path   TEXT,
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  updated_at  TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
-- One person per CCCD; their single open membership is enforced on memberships below.
CREATE UNIQUE INDEX members_cccd_key ON members (cccd);
CREATE UNIQUE INDEX members_card_number_key ON members (card_number);
-- Keyset lists of one union ordered by unaccented name.
CREATE INDEX members_unit_id_name_search_id_idx ON members (unit_id, name_search, id);
-- Keyset lists and prefix search over a subtree.
CREATE INDEX members_unit_path_name_search_id_idx ON members (unit_path text_pattern_ops, name_search, id);
CREATE INDEX members_name_search_prefix_idx ON members (name_search text_pattern_ops);

CREATE TABLE memberships (
  id           SERIAL PRIMARY KEY,
  member_id    INTEGER NOT NULL REFERENCES members(id),
  unit_id      INTEGER NOT NULL REFERENCES units(id),
  admitted_on  DATE NOT NULL,
  left_on      DATE,
  leave_reason leave_reason,
  leave_note   TEXT,
  created_at   TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  CONSTRAINT memberships_period_order CHECK (left_on IS NULL OR left_on >= admitted_on),
  CONSTRAINT memberships_reason_when_left CHECK ((left_on IS NULL) = (leave_reason IS NULL))
);
CREATE INDEX memberships_unit_id_admitted_on_idx ON memberships (unit_id, admitted_on);
CREATE INDEX memberships_member_id_idx ON memberships (member_id);
-- A person is an active member of one union at a time.
CREATE UNIQUE INDEX memberships_one_open_per_member ON memberships (member_id) WHERE left_on IS NULL;

CREATE TABLE users (
  id            SERIAL PRIMARY KEY,
  email         TEXT NOT NULL CHECK (email = lower(email)),
  username      TEXT CHECK (username = lower(username)),
  display_name  TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  is_active     BOOLEAN NOT NULL DEFAULT true,
  member_id     INTEGER REFERENCES members(id),
  created_at    TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE UNIQUE INDEX users_username_key ON users (username);
CREATE UNIQUE INDEX users_member_id_key ON users (member_id);

CREATE TABLE role_grants (
  id            SERIAL PRIMARY KEY,
  user_id       INTEGER NOT NULL REFERENCES users(id),
  unit_id       INTEGER NOT NULL REFERENCES units(id),
  role          role NOT NULL,
  granted_by_id INTEGER REFERENCES users(id),
  created_at    TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX role_grants_user_id_unit_id_role_key ON role_grants (user_id, unit_id, role);
CREATE INDEX role_grants_unit_id_idx ON role_grants (unit_id);

CREATE TABLE login_attempts (
  id         BIGSERIAL PRIMARY KEY,
  identifier TEXT NOT NULL,
  succeeded  BOOLEAN NOT NULL,
  created_at TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE INDEX login_attempts_identifier_created_at_idx ON login_attempts (identifier, created_at);

CREATE TABLE audit_log (
  id         BIGSERIAL PRIMARY KEY,
  actor_id   INTEGER REFERENCES users(id),
  action     TEXT NOT NULL,
  entity     TEXT NOT NULL,
  entity_id  TEXT NOT NULL,
  unit_id    INTEGER REFERENCES units(id),
  before     JSONB,
  after      JSONB,
  created_at TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_unit_id_created_at_idx ON audit_log (unit_id, created_at);
CREATE INDEX audit_log_entity_entity_id_idx ON audit_log (entity, entity_id);

-- Union card numbers generated when none is given: opaque, unique, never reused.
CREATE SEQUENCE member_card_number_seq START 1;
