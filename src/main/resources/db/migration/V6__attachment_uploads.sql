-- Laptop: attachment bytes the hub has confirmed it holds whole, so they are not offered again.
CREATE TABLE sync_blob_sent (
  sha256   CHAR(64)  NOT NULL PRIMARY KEY,
  sent_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
