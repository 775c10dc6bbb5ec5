-- Faults (issue 18): how many users a fault keeps from working, asked for when it is reported
-- (empty when nobody knows yet).
ALTER TABLE fault ADD COLUMN users_affected INTEGER;
