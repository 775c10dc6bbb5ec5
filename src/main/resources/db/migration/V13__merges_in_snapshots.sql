-- A laptop's first sync copies the hub's tables, which no longer hold the rows merged before it
-- began; the laptop may hold one of them (its own push, merged by a later one). The snapshot's
-- start lists the merges with the site they belong to, so that the laptop redoes them.
ALTER TABLE hub_merge ADD COLUMN site_id UUID;
ALTER TABLE hub_merge ADD COLUMN natural_key VARCHAR(300);
