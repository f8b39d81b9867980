-- Emulation and commendation: movements and the units that join them, initiatives with their
-- authors, award types (data an admin maintains), nominations, decisions and the awards they create.

CREATE TYPE movement_kind AS ENUM ('regular', 'thematic');
CREATE TYPE initiative_kind AS ENUM ('initiative', 'technical_improvement', 'scientific_topic', 'work_product');
CREATE TYPE recognition_level AS ENUM ('grassroots', 'ward', 'federation', 'confederation');
CREATE TYPE initiative_status AS ENUM ('submitted', 'recognised', 'not_recognised');
CREATE TYPE award_recipient AS ENUM ('individual', 'collective', 'both');
CREATE TYPE nomination_status AS ENUM ('submitted', 'returned', 'approved', 'rejected', 'decided');
CREATE TYPE decision_status AS ENUM ('issued', 'revoked');

CREATE TABLE movements (
  id            SERIAL PRIMARY KEY,
  unit_id       INTEGER NOT NULL REFERENCES units(id),
  name          TEXT NOT NULL,
  kind          movement_kind NOT NULL,
  starts_on     DATE NOT NULL,
  ends_on       DATE NOT NULL,
  description   TEXT,
  criteria      TEXT,
  -- Which units may register: all active units of this kind in the launching unit's subtree.
  audience_kind unit_kind NOT NULL DEFAULT 'grassroots',
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  CONSTRAINT movements_period_order CHECK (ends_on >= starts_on)
);
CREATE INDEX movements_unit_id_starts_on_idx ON movements (unit_id, starts_on);

CREATE TABLE movement_registrations (
  id             SERIAL PRIMARY KEY,
  movement_id    INTEGER NOT NULL REFERENCES movements(id),
  unit_id        INTEGER NOT NULL REFERENCES units(id),
  registered_on  DATE NOT NULL,
  result_text    TEXT,
  result_figures JSONB,
  reported_on    DATE,
  created_at     TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX movement_registrations_movement_id_unit_id_key ON movement_registrations (movement_id, unit_id);

CREATE TABLE initiatives (
  id                SERIAL PRIMARY KEY,
  unit_id           INTEGER NOT NULL REFERENCES units(id),
  unit_path         TEXT NOT NULL,
  title             TEXT NOT NULL,
  kind              initiative_kind NOT NULL,
  field             TEXT,
  year              INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2200),
  applied_on        DATE,
  -- VND has no minor unit; BIGINT holds values far beyond "thousands of billions".
  value_vnd         BIGINT NOT NULL DEFAULT 0 CHECK (value_vnd >= 0),
  recognition_level recognition_level,
  status            initiative_status NOT NULL DEFAULT 'submitted',
  movement_id       INTEGER REFERENCES movements(id),
  version           INTEGER NOT NULL DEFAULT 1,
  created_at        TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
-- Totals by subtree and year are one prefix range on the path.
CREATE INDEX initiatives_unit_path_year_idx ON initiatives (unit_path text_pattern_ops, year);

CREATE TABLE initiative_authors (
  id            SERIAL PRIMARY KEY,
  initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
  member_id     INTEGER REFERENCES members(id),
  outside_name  TEXT,
  CONSTRAINT initiative_authors_one_kind CHECK ((member_id IS NULL) <> (outside_name IS NULL))
);
CREATE INDEX initiative_authors_initiative_id_idx ON initiative_authors (initiative_id);
CREATE INDEX initiative_authors_member_id_idx ON initiative_authors (member_id);

CREATE TABLE award_types (
  id            SERIAL PRIMARY KEY,
  code          TEXT NOT NULL,
  name          TEXT NOT NULL,
  recipient     award_recipient NOT NULL,
  issuing_level recognition_level NOT NULL,
  note          TEXT,
  is_active     BOOLEAN NOT NULL DEFAULT true,
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX award_types_code_key ON award_types (code);

CREATE TABLE award_decisions (
  id               SERIAL PRIMARY KEY,
  issuing_unit_id  INTEGER NOT NULL REFERENCES units(id),
  number           TEXT NOT NULL,
  signed_on        DATE NOT NULL,
  signer           TEXT NOT NULL,
  status           decision_status NOT NULL DEFAULT 'issued',
  revoked_reason   TEXT,
  revoked_on       DATE,
  created_at       TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  CONSTRAINT award_decisions_revocation CHECK ((status = 'revoked') = (revoked_reason IS NOT NULL))
);
CREATE UNIQUE INDEX award_decisions_issuing_unit_id_number_key ON award_decisions (issuing_unit_id, number);

CREATE TABLE nominations (
  id                   SERIAL PRIMARY KEY,
  award_type_id        INTEGER NOT NULL REFERENCES award_types(id),
  nominating_unit_id   INTEGER NOT NULL REFERENCES units(id),
  issuing_unit_id      INTEGER NOT NULL REFERENCES units(id),
  member_id            INTEGER REFERENCES members(id),
  recipient_unit_id    INTEGER REFERENCES units(id),
  movement_id          INTEGER REFERENCES movements(id),
  period_year          INTEGER NOT NULL,
  achievements         TEXT NOT NULL,
  attachments          TEXT,
  status               nomination_status NOT NULL DEFAULT 'submitted',
  review_note          TEXT,
  decision_id          INTEGER REFERENCES award_decisions(id),
  version              INTEGER NOT NULL DEFAULT 1,
  created_at           TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  CONSTRAINT nominations_one_recipient CHECK ((member_id IS NULL) <> (recipient_unit_id IS NULL))
);
CREATE INDEX nominations_issuing_unit_id_status_idx ON nominations (issuing_unit_id, status);

CREATE TABLE awards (
  id             SERIAL PRIMARY KEY,
  decision_id    INTEGER NOT NULL REFERENCES award_decisions(id),
  award_type_id  INTEGER NOT NULL REFERENCES award_types(id),
  nomination_id  INTEGER REFERENCES nominations(id),
  member_id      INTEGER REFERENCES members(id),
  recipient_unit_id INTEGER REFERENCES units(id),
  -- The unit the award counts under (the recipient union, or the member's union then), for subtree filters.
  unit_id        INTEGER NOT NULL REFERENCES units(id),
  unit_path      TEXT NOT NULL,
  year           INTEGER NOT NULL,
  created_at     TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  CONSTRAINT awards_one_recipient CHECK ((member_id IS NULL) <> (recipient_unit_id IS NULL))
);
CREATE INDEX awards_unit_path_year_idx ON awards (unit_path text_pattern_ops, year);
CREATE INDEX awards_decision_id_idx ON awards (decision_id);

-- The award types in use nationally (reference data, not demo data): admins add and retire types.
INSERT INTO award_types (code, name, recipient, issuing_level, note) VALUES
  ('BANG_LDST', 'Bằng Lao động sáng tạo', 'both', 'confederation', 'Tặng cho giải pháp, đề tài có giá trị làm lợi lớn'),
  ('BANG_KHEN_TLD', 'Bằng khen của Tổng Liên đoàn Lao động Việt Nam', 'both', 'confederation', NULL),
  ('BANG_KHEN_LDLD', 'Bằng khen của Liên đoàn Lao động tỉnh, thành phố', 'both', 'federation', NULL),
  ('GIAY_KHEN', 'Giấy khen', 'both', 'ward', 'Do công đoàn cấp trên trực tiếp cơ sở tặng'),
  ('CO_THI_DUA_TLD', 'Cờ thi đua của Tổng Liên đoàn Lao động Việt Nam', 'collective', 'confederation', NULL),
  ('CO_THI_DUA_LDLD', 'Cờ thi đua của Liên đoàn Lao động tỉnh, thành phố', 'collective', 'federation', NULL),
  ('GIAI_NGUYEN_DUC_CANH', 'Giải thưởng Nguyễn Đức Cảnh', 'individual', 'confederation', 'Xét tặng 5 năm một lần cho công nhân, lao động tiêu biểu'),
  ('GIAI_NGUYEN_VAN_LINH', 'Giải thưởng Nguyễn Văn Linh', 'individual', 'confederation', 'Dành cho cán bộ công đoàn');
