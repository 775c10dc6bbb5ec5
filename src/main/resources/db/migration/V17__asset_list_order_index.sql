-- The asset list as first shown (every asset in service, by tag) is read from this index alone:
-- through the tag index each of 100k assets was a row lookup, 38k page reads and 1.4 s in a fresh
-- JVM, more than twice that on an encrypted store, whose every page read is decrypted; from this
-- one, 4k page reads and 0.2 s. Its leading column serves every lookup by tag as before.
DROP INDEX IF EXISTS asset_tag_idx;
CREATE INDEX asset_list_order_idx ON asset (tag, id, archived);
