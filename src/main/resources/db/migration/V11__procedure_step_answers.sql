-- Procedures (issue 20): a recorded step names the definition's step and keeps the answer given
-- ("pass", a reading, a choice's value, a text); a step of outcome BACK takes the one before it back.
-- Rows written before this carry neither (empty).
ALTER TABLE procedure_step ADD COLUMN step_id VARCHAR(60);
ALTER TABLE procedure_step ADD COLUMN answer VARCHAR(4000);
