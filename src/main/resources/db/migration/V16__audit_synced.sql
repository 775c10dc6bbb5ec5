-- The audit trail syncs (issue 23): a manager sees the team's, not only their own laptop's. An entry
-- is append-only, so it has a clock and no field clocks. Entries made before this version stay on
-- the laptop that made them (clock 0, never in the outbox).
ALTER TABLE audit_event ADD COLUMN hlc BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX audit_event_technician_idx ON audit_event (technician_id, happened_at);
