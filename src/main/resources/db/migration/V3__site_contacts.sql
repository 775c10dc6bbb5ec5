-- A site has more than one person to call: the main contact stays on the site row (it is the one
-- reports name), the others are rows here.
CREATE TABLE site_contact (
  id            UUID         NOT NULL PRIMARY KEY,
  site_id       UUID         NOT NULL,
  name          VARCHAR(200) NOT NULL,
  role          VARCHAR(100),
  phone         VARCHAR(50),
  email         VARCHAR(200),
  archived      BOOLEAN      NOT NULL,
  hlc           BIGINT       NOT NULL,
  field_clocks  VARCHAR      NOT NULL,
  cl            INTEGER      NOT NULL
);
CREATE INDEX site_contact_site_idx ON site_contact (site_id);
