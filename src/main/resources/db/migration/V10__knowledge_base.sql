-- Knowledge base (issue 19): an article is a symptom, its cause and the solution's steps (in body,
-- one step a line), for a category, the makes/models and component kinds it applies to, in one
-- language. Every edit keeps the version before it; every time an article's fix is applied to a
-- fault is recorded, so articles that helped rank higher. Articles are the team's: site_id empty.
ALTER TABLE article ADD COLUMN symptom VARCHAR(2000) DEFAULT '' NOT NULL;
ALTER TABLE article ADD COLUMN cause VARCHAR(4000) DEFAULT '' NOT NULL;
ALTER TABLE article ADD COLUMN language VARCHAR(10) DEFAULT 'en' NOT NULL;
ALTER TABLE article ADD COLUMN models VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE article ADD COLUMN component_kinds VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE article ADD COLUMN author VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE article ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE article ADD COLUMN reviewed_by VARCHAR(200);
ALTER TABLE article ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE article_revision (
  id           UUID          NOT NULL PRIMARY KEY,
  site_id      UUID,
  article_id   UUID          NOT NULL,
  version      INTEGER       NOT NULL,
  title        VARCHAR(300)  NOT NULL,
  symptom      VARCHAR(2000) NOT NULL,
  cause        VARCHAR(4000) NOT NULL,
  body         VARCHAR       NOT NULL,
  author       VARCHAR(200)  NOT NULL,
  edited_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  hlc          BIGINT        NOT NULL
);
CREATE INDEX article_revision_article_idx ON article_revision (article_id, version);

CREATE TABLE article_use (
  id             UUID         NOT NULL PRIMARY KEY,
  site_id        UUID,
  article_id     UUID         NOT NULL,
  fault_id       UUID         NOT NULL,
  technician_id  UUID         NOT NULL,
  used_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  hlc            BIGINT       NOT NULL
);
CREATE INDEX article_use_article_idx ON article_use (article_id);
CREATE INDEX article_use_fault_idx ON article_use (fault_id);
