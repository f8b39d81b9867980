-- Member and unit profiles list their awards and initiatives: a member's awards, a union's
-- collective awards and a union's own initiatives are looked up by id, not by the recorded path
-- (which may predate a transfer), so each needs its own index to stay a lookup at national scale.
CREATE INDEX awards_member_id_idx ON awards (member_id);
CREATE INDEX awards_recipient_unit_id_idx ON awards (recipient_unit_id);
CREATE INDEX initiatives_unit_id_year_idx ON initiatives (unit_id, year);
