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
