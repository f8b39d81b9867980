-- The history of member imports from spreadsheets: who imported which file when, and what it did.
-- An import writes all its rows in one transaction or none, so a row here means the file was applied.
CREATE TABLE member_imports (
  id              SERIAL PRIMARY KEY,
  actor_id        INTEGER NOT NULL REFERENCES users (id),
  file_name       TEXT NOT NULL,
  -- The same content imported again adds nothing; the hash lets the preview say it was seen before.
  file_sha256     CHAR(64) NOT NULL,
  row_count       INTEGER NOT NULL CHECK (row_count >= 0),
  added_count     INTEGER NOT NULL CHECK (added_count >= 0),
  rejoined_count  INTEGER NOT NULL CHECK (rejoined_count >= 0),
  unchanged_count INTEGER NOT NULL CHECK (unchanged_count >= 0),
  created_at      TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE INDEX member_imports_created_at_idx ON member_imports (created_at);
CREATE INDEX member_imports_file_sha256_idx ON member_imports (file_sha256);

-- The grassroots unions an import wrote to (a staff import may reach several), with what each got:
-- who may see an import in the history follows from these unions.
CREATE TABLE member_import_units (
  import_id      INTEGER NOT NULL REFERENCES member_imports (id),
  unit_id        INTEGER NOT NULL REFERENCES units (id),
  added_count    INTEGER NOT NULL CHECK (added_count >= 0),
  rejoined_count INTEGER NOT NULL CHECK (rejoined_count >= 0),
  PRIMARY KEY (import_id, unit_id)
);
CREATE INDEX member_import_units_unit_id_idx ON member_import_units (unit_id);
