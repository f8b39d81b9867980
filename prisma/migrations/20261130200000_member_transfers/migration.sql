-- Transfers of a member between grassroots unions ("chuyển sinh hoạt"). A request is sent by the
-- member's union and decided by the receiving one; until it is accepted the member stays where they
-- are. A direct transfer by staff holding both unions is recorded here too, already accepted.
-- Accepting closes the old period (leave_reason 'transferred', left_on = effective_on) and opens the
-- new one (admission_kind 'transfer', admitted_on = effective_on) in the same transaction.
CREATE TYPE transfer_status AS ENUM ('pending', 'accepted', 'declined', 'cancelled');

CREATE TABLE member_transfers (
  id            SERIAL PRIMARY KEY,
  member_id     INTEGER NOT NULL REFERENCES members (id),
  from_unit_id  INTEGER NOT NULL REFERENCES units (id),
  to_unit_id    INTEGER NOT NULL REFERENCES units (id),
  effective_on  DATE NOT NULL,
  note          TEXT,
  status        transfer_status NOT NULL DEFAULT 'pending',
  requested_by  INTEGER NOT NULL REFERENCES users (id),
  requested_at  TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  decided_by    INTEGER REFERENCES users (id),
  decided_at    TIMESTAMPTZ(3),
  decision_note TEXT,
  CONSTRAINT member_transfers_other_union CHECK (from_unit_id <> to_unit_id),
  CONSTRAINT member_transfers_decided CHECK ((status = 'pending') = (decided_at IS NULL))
);
-- One pending request per member: a second one is refused even when two are sent at once.
CREATE UNIQUE INDEX member_transfers_one_pending ON member_transfers (member_id) WHERE status = 'pending';
CREATE INDEX member_transfers_to_unit_idx ON member_transfers (to_unit_id, status, requested_at);
CREATE INDEX member_transfers_from_unit_idx ON member_transfers (from_unit_id, status, requested_at);
CREATE INDEX member_transfers_member_idx ON member_transfers (member_id);
