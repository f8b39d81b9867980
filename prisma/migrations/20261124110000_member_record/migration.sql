-- The full member record (issue 4, step 1): ethnicity (as data: the 54 officially recognised groups),
-- nationality, email, education and professional qualification, union official, union-app activation
-- and Party introduction. Every new column is optional, so existing rows stay valid.

-- General schooling completed ("trình độ giáo dục phổ thông").
CREATE TYPE education_level AS ENUM ('none', 'primary', 'lower_secondary', 'upper_secondary');
-- Highest professional qualification ("trình độ chuyên môn, nghiệp vụ").
CREATE TYPE qualification AS ENUM ('none', 'elementary', 'intermediate', 'college', 'university', 'master', 'doctorate');

-- The 54 ethnic groups with the codes of the General Statistics Office's list (Decision
-- 121-TCTK/PPCĐ), which census and civil-registry data use; a table, not an enum, so reports can
-- join it and a future change is a data migration, not a type change.
CREATE TABLE ethnicities (
  code        SMALLINT PRIMARY KEY CHECK (code BETWEEN 1 AND 99),
  name        TEXT NOT NULL UNIQUE,
  name_search TEXT NOT NULL
);
INSERT INTO ethnicities (code, name, name_search) VALUES
  (1, 'Kinh', 'kinh'), (2, 'Tày', 'tay'), (3, 'Thái', 'thai'), (4, 'Hoa', 'hoa'), (5, 'Khơ-me', 'kho-me'),
  (6, 'Mường', 'muong'), (7, 'Nùng', 'nung'), (8, 'Mông', 'mong'), (9, 'Dao', 'dao'), (10, 'Gia-rai', 'gia-rai'),
  (11, 'Ngái', 'ngai'), (12, 'Ê-đê', 'e-de'), (13, 'Ba-na', 'ba-na'), (14, 'Xơ-đăng', 'xo-dang'),
  (15, 'Sán Chay', 'san chay'), (16, 'Cơ-ho', 'co-ho'), (17, 'Chăm', 'cham'), (18, 'Sán Dìu', 'san diu'),
  (19, 'Hrê', 'hre'), (20, 'Mnông', 'mnong'), (21, 'Ra-glai', 'ra-glai'), (22, 'Xtiêng', 'xtieng'),
  (23, 'Bru-Vân Kiều', 'bru-van kieu'), (24, 'Thổ', 'tho'), (25, 'Giáy', 'giay'), (26, 'Cơ-tu', 'co-tu'),
  (27, 'Gié-Triêng', 'gie-trieng'), (28, 'Mạ', 'ma'), (29, 'Khơ-mú', 'kho-mu'), (30, 'Co', 'co'),
  (31, 'Tà-ôi', 'ta-oi'), (32, 'Chơ-ro', 'cho-ro'), (33, 'Kháng', 'khang'), (34, 'Xinh-mun', 'xinh-mun'),
  (35, 'Hà Nhì', 'ha nhi'), (36, 'Chu-ru', 'chu-ru'), (37, 'Lào', 'lao'), (38, 'La Chí', 'la chi'),
  (39, 'La Ha', 'la ha'), (40, 'Phù Lá', 'phu la'), (41, 'La Hủ', 'la hu'), (42, 'Lự', 'lu'),
  (43, 'Lô Lô', 'lo lo'), (44, 'Chứt', 'chut'), (45, 'Mảng', 'mang'), (46, 'Pà Thẻn', 'pa then'),
  (47, 'Cơ Lao', 'co lao'), (48, 'Cống', 'cong'), (49, 'Bố Y', 'bo y'), (50, 'Si La', 'si la'),
  (51, 'Pu Péo', 'pu peo'), (52, 'Brâu', 'brau'), (53, 'Ơ Đu', 'o du'), (54, 'Rơ-măm', 'ro-mam');

ALTER TABLE members
  -- Sensitive personal data (Law 91/2025/QH15): shown only to roles that need it, every view audited.
  ADD COLUMN ethnicity_code      SMALLINT REFERENCES ethnicities(code),
  -- ISO 3166-1 alpha-2; foreign workers may join the union.
  ADD COLUMN nationality         CHAR(2) NOT NULL DEFAULT 'VN' CHECK (nationality ~ '^[A-Z]{2}$'),
  ADD COLUMN email               TEXT CHECK (email = lower(email)),
  ADD COLUMN education_level     education_level,
  ADD COLUMN qualification       qualification,
  -- Union official: the position held ("chủ tịch", "tổ trưởng"…) and when they were trained.
  ADD COLUMN official_position   TEXT,
  ADD COLUMN official_trained_on DATE,
  -- When the member activated the union's mobile app (the "share of members using the app" target).
  ADD COLUMN app_activated_on    DATE,
  -- Sensitive, like political affiliation: the date the union introduced the member to the Party.
  ADD COLUMN party_introduced_on DATE,
  ADD CONSTRAINT members_trained_needs_position CHECK (official_trained_on IS NULL OR official_position IS NOT NULL);

-- Filters of the member list (official, app activated) within a subtree.
CREATE INDEX members_unit_path_official_idx ON members (unit_path text_pattern_ops) WHERE official_position IS NOT NULL;
