-- Natural keys (issue 22): two laptops that set up the same site, asset or part offline make two
-- rows with one natural key. The hub keeps the row it had first and merges the other into it;
-- hub_merge remembers each merged row, so that changes still naming it are redirected.
CREATE TABLE hub_merge (
  table_name   VARCHAR(40)  NOT NULL,
  dup_id       UUID         NOT NULL,
  survivor_id  UUID         NOT NULL,
  merged_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (table_name, dup_id)
);
CREATE INDEX hub_merge_survivor_idx ON hub_merge (table_name, survivor_id);

-- The rows merged by the hub of a push: a push answered again gives the same merges.
ALTER TABLE hub_mutation ADD COLUMN merged VARCHAR;

-- Laptop: every merge the hub announced, to redirect what still names a merged row; those of
-- rows this laptop held are shown to the technician on the Sync screen.
CREATE TABLE sync_merge (
  table_name   VARCHAR(40)  NOT NULL,
  dup_id       UUID         NOT NULL,
  survivor_id  UUID         NOT NULL,
  site_id      UUID,
  held_here    BOOLEAN      NOT NULL,
  natural_key  VARCHAR(300) NOT NULL,
  merged_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (table_name, dup_id)
);
