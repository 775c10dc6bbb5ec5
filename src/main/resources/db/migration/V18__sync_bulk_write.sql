-- A bulk write (a whole export imported) commits in parts: one transaction of 1.4M rows spent a
-- fifth of its time in its commit alone. Until its last part commits it is listed here; a store
-- opened with an entry left (the laptop switched off mid-import) removes the rows its parts wrote,
-- named by their outbox entries from first_seq on, and sync holds those entries back meanwhile.
CREATE TABLE sync_bulk_write (
  first_seq  BIGINT                   NOT NULL PRIMARY KEY,
  started_at TIMESTAMP WITH TIME ZONE NOT NULL
);
