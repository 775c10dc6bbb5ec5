-- Laptop: attachment bytes the hub has confirmed it holds whole, so they are not offered again.
CREATE TABLE sync_blob_sent (
  sha256   CHAR(64)  NOT NULL PRIMARY KEY,
  sent_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Laptop: rows whose local edits the hub refused; each is replaced by the hub's version at the
-- next chance, and stays listed here until it has been.
CREATE TABLE sync_stale_row (
  table_name  VARCHAR(40)  NOT NULL,
  row_id      UUID         NOT NULL,
  PRIMARY KEY (table_name, row_id)
);

-- Laptop: secondary indexes set aside while a first sync fills their empty table (building an
-- index once afterwards is several times faster than keeping it up row by row); each is created
-- again when its table is done, or by the next sync if this one was cut off.
CREATE TABLE sync_suspended_index (
  index_name  VARCHAR(100)  NOT NULL PRIMARY KEY,
  table_name  VARCHAR(40)   NOT NULL,
  ddl         VARCHAR(1000) NOT NULL
);
