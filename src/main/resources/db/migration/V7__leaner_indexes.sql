-- Outbox entries of one mutation have consecutive sequence numbers (a local transaction holds the
-- store's write lock), so sync finds them by that range. The index on mutation_id cost every
-- local write a fifth of its change-capture overhead.
DROP INDEX IF EXISTS sync_outbox_mutation_idx;
-- Component serials and software names are shown with their asset, never looked up by the
-- database: no query reads these two indexes, and each slowed every insert of the two largest
-- tables (a first sync rebuilt both, 3.7 s for 100k assets' components and software).
DROP INDEX IF EXISTS component_serial_idx;
DROP INDEX IF EXISTS installed_software_name_idx;
