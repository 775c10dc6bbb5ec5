-- Sync with a hub. One schema serves both ends: a laptop fills the sync_* tables, a hub the hub_*
-- tables, and both keep the synced rows themselves in the same tables with the same clocks.

-- Laptop: where this store stands with its hub.
CREATE TABLE sync_state (
  singleton        INTEGER      NOT NULL PRIMARY KEY,
  hub_url          VARCHAR(500),
  user_name        VARCHAR(100),
  refresh_token    VARCHAR(200),
  pull_cursor      BIGINT       NOT NULL,
  snapshot_cursor  BIGINT,
  snapshot_table   VARCHAR(40),
  snapshot_after   UUID,
  last_sync_at     TIMESTAMP WITH TIME ZONE,
  hub_offset_ms    BIGINT
);
INSERT INTO sync_state (singleton, pull_cursor) VALUES (1, 0);

-- Laptop: local edits that lost to a concurrent edit from elsewhere, kept for the technician.
CREATE TABLE sync_conflict (
  id           UUID         NOT NULL PRIMARY KEY,
  table_name   VARCHAR(40)  NOT NULL,
  row_id       UUID         NOT NULL,
  site_id      UUID,
  field_name   VARCHAR(60)  NOT NULL,
  lost_value   VARCHAR,
  lost_stamp   VARCHAR(60)  NOT NULL,
  won_value    VARCHAR,
  won_stamp    VARCHAR(60)  NOT NULL,
  detected_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  settled      BOOLEAN      NOT NULL
);
CREATE INDEX sync_conflict_row_idx ON sync_conflict (table_name, row_id);

-- Laptop: outbox entries the hub refused, with its reason; shown, never dropped.
CREATE TABLE sync_refused (
  seq            BIGINT       NOT NULL PRIMARY KEY,
  mutation_id    UUID         NOT NULL,
  table_name     VARCHAR(40)  NOT NULL,
  row_id         UUID         NOT NULL,
  site_id        UUID,
  hlc            BIGINT       NOT NULL,
  changes        VARCHAR      NOT NULL,
  reason         VARCHAR(500) NOT NULL,
  refused_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Hub: accounts. sites holds site codes separated by commas; managers see every site.
CREATE TABLE hub_user (
  name           VARCHAR(100) NOT NULL PRIMARY KEY,
  password_hash  VARCHAR(200) NOT NULL,
  role           VARCHAR(30)  NOT NULL,
  sites          VARCHAR(2000) NOT NULL,
  disabled       BOOLEAN      NOT NULL,
  failed_logins  INTEGER      NOT NULL,
  locked_until   TIMESTAMP WITH TIME ZONE,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Hub: sign-in tokens, kept only as SHA-256 hashes.
CREATE TABLE hub_token (
  token_hash  CHAR(64)     NOT NULL PRIMARY KEY,
  user_name   VARCHAR(100) NOT NULL,
  node_id     VARCHAR(16)  NOT NULL,
  kind        VARCHAR(10)  NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX hub_token_node_idx ON hub_token (node_id);

-- Hub: each laptop, the user it belongs to and the last outbox sequence number applied from it.
CREATE TABLE hub_node (
  node_id        VARCHAR(16)  NOT NULL PRIMARY KEY,
  user_name      VARCHAR(100) NOT NULL,
  last_seq       BIGINT       NOT NULL,
  registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  last_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Hub: the answer given to each mutation, so a repeated push gets the same answer.
CREATE TABLE hub_mutation (
  node_id      VARCHAR(16)  NOT NULL,
  mutation_id  UUID         NOT NULL,
  first_seq    BIGINT       NOT NULL,
  last_seq     BIGINT       NOT NULL,
  status       VARCHAR(10)  NOT NULL,
  reason       VARCHAR(500),
  lost         VARCHAR,
  PRIMARY KEY (node_id, mutation_id)
);

-- Hub: the change log, in one serial order. hub_log_head is locked by every applying
-- transaction, so positions are handed out in commit order and a pull never skips one.
CREATE TABLE hub_change (
  pos         BIGINT       NOT NULL PRIMARY KEY,
  table_name  VARCHAR(40)  NOT NULL,
  row_id      UUID         NOT NULL,
  site_id     UUID,
  hlc         BIGINT       NOT NULL,
  node_id     VARCHAR(16)  NOT NULL,
  changes     VARCHAR      NOT NULL
);

CREATE TABLE hub_log_head (
  singleton  INTEGER  NOT NULL PRIMARY KEY,
  pos        BIGINT   NOT NULL
);
INSERT INTO hub_log_head (singleton, pos) VALUES (1, 0);

-- Hub: attachment bytes, in the database so that several hubs can share one.
CREATE TABLE hub_blob (
  sha256      CHAR(64)  NOT NULL PRIMARY KEY,
  size_bytes  BIGINT    NOT NULL,
  received    BIGINT    NOT NULL,
  complete    BOOLEAN   NOT NULL
);

CREATE TABLE hub_blob_chunk (
  sha256    CHAR(64)  NOT NULL,
  start_at  BIGINT    NOT NULL,
  bytes     BYTEA     NOT NULL,
  PRIMARY KEY (sha256, start_at)
);
