-- Outbox entries of one mutation have consecutive sequence numbers (a local transaction holds the
-- store's write lock), so sync finds them by that range. The index on mutation_id cost every
-- local write a fifth of its change-capture overhead.
DROP INDEX sync_outbox_mutation_idx;
