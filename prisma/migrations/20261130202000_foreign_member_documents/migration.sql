-- Foreign workers may join: for them `cccd` holds a passport or ID number (letters and digits, 6 to
-- 20), while a Vietnamese citizen's stays a 12-digit CCCD. One column keeps de-duplication, search
-- and the unique index in one place; the nationality says which kind of number it is.
ALTER TABLE members DROP CONSTRAINT members_cccd_check;
ALTER TABLE members ALTER COLUMN cccd TYPE TEXT;
ALTER TABLE members ADD CONSTRAINT members_identity_format
  CHECK (cccd ~ '^[0-9]{12}$' OR (nationality <> 'VN' AND cccd ~ '^[A-Z0-9]{6,20}$'));
