-- The asset list searches an in-memory index of the asset table (substring search over 100k rows
-- takes H2 100-250 ms, the in-memory scan a few ms), so the single-column indexes made for
-- searching are no longer read; each one slowed every insert, most of all a 100k-asset import.
-- The tag indexes stay: uniqueness checks and the list's first rows use them.
DROP INDEX asset_serial_idx;
DROP INDEX asset_name_idx;
DROP INDEX asset_hostname_idx;
DROP INDEX asset_ip_idx;
DROP INDEX asset_kind_idx;
DROP INDEX asset_warranty_idx;
