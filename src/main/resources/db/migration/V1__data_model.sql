-- TechBench data model, version 1. Portable SQL: runs on H2 (laptop) and PostgreSQL (hub).
--
-- Every synced row carries:
--   id            UUID version 7, made where the row was created
--   site_id       the sync scope: the customer site the row belongs to (NULL = shared by all sites)
--   hlc           hybrid logical clock of the row's last change
-- Mutable synced rows also carry:
--   field_clocks  the clock of each field ("*" for the fields untouched since creation)
--   cl            causal length: odd = alive, even = removed
-- Append-only synced tables (inspection_result, fault_event, procedure_step) never change a row,
-- so they need neither.

CREATE TABLE technician (
  id            UUID         NOT NULL PRIMARY KEY,
  site_id       UUID,
  name          VARCHAR(200) NOT NULL,
  role          VARCHAR(30)  NOT NULL,
  skills        VARCHAR(200) NOT NULL,
  os_user       VARCHAR(100),
  email         VARCHAR(200),
  phone         VARCHAR(50),
  archived      BOOLEAN      NOT NULL,
  hlc           BIGINT       NOT NULL,
  field_clocks  VARCHAR      NOT NULL,
  cl            INTEGER      NOT NULL
);

CREATE TABLE site (
  id            UUID         NOT NULL PRIMARY KEY,
  site_id       UUID         NOT NULL,
  code          VARCHAR(40)  NOT NULL,
  name          VARCHAR(200) NOT NULL,
  address       VARCHAR(500),
  time_zone     VARCHAR(60)  NOT NULL,
  contact_name  VARCHAR(200),
  contact_phone VARCHAR(50),
  contact_email VARCHAR(200),
  archived      BOOLEAN      NOT NULL,
  hlc           BIGINT       NOT NULL,
  field_clocks  VARCHAR      NOT NULL,
  cl            INTEGER      NOT NULL
);
CREATE INDEX site_code_idx ON site (code);

CREATE TABLE contract (
  id                     UUID         NOT NULL PRIMARY KEY,
  site_id                UUID         NOT NULL,
  number                 VARCHAR(60)  NOT NULL,
  starts_on              DATE         NOT NULL,
  ends_on                DATE         NOT NULL,
  free_support_months    INTEGER      NOT NULL,
  p1_response_minutes    INTEGER      NOT NULL,
  p1_resolution_minutes  INTEGER      NOT NULL,
  p2_response_minutes    INTEGER      NOT NULL,
  p2_resolution_minutes  INTEGER      NOT NULL,
  p3_response_minutes    INTEGER      NOT NULL,
  p3_resolution_minutes  INTEGER      NOT NULL,
  p4_response_minutes    INTEGER      NOT NULL,
  p4_resolution_minutes  INTEGER      NOT NULL,
  archived      BOOLEAN      NOT NULL,
  hlc           BIGINT       NOT NULL,
  field_clocks  VARCHAR      NOT NULL,
  cl            INTEGER      NOT NULL
);
CREATE INDEX contract_site_idx ON contract (site_id);

CREATE TABLE asset (
  id               UUID         NOT NULL PRIMARY KEY,
  site_id          UUID         NOT NULL,
  tag              VARCHAR(60)  NOT NULL,
  name             VARCHAR(200) NOT NULL,
  kind             VARCHAR(30)  NOT NULL,
  make             VARCHAR(100),
  model            VARCHAR(100),
  serial           VARCHAR(100),
  location         VARCHAR(200),
  ip_address       VARCHAR(45),
  hostname         VARCHAR(255),
  status           VARCHAR(30)  NOT NULL,
  purchased_on     DATE,
  warranty_ends_on DATE,
  notes            VARCHAR(2000),
  archived      BOOLEAN      NOT NULL,
  hlc           BIGINT       NOT NULL,
  field_clocks  VARCHAR      NOT NULL,
  cl            INTEGER      NOT NULL
);
CREATE INDEX asset_site_tag_idx ON asset (site_id, tag);
CREATE INDEX asset_tag_idx ON asset (tag);
CREATE INDEX asset_serial_idx ON asset (serial);
CREATE INDEX asset_name_idx ON asset (name);
CREATE INDEX asset_hostname_idx ON asset (hostname);
CREATE INDEX asset_ip_idx ON asset (ip_address);
CREATE INDEX asset_kind_idx ON asset (kind);
CREATE INDEX asset_warranty_idx ON asset (warranty_ends_on);

CREATE TABLE component (
  id            UUID         NOT NULL PRIMARY KEY,
  site_id       UUID         NOT NULL,
  asset_id      UUID         NOT NULL,
  kind          VARCHAR(30)  NOT NULL,
  make          VARCHAR(100),
  model         VARCHAR(100),
  serial        VARCHAR(100),
  capacity      VARCHAR(60),
  fitted_on     DATE,
  removed_on    DATE,
  archived      BOOLEAN      NOT NULL,
  hlc           BIGINT       NOT NULL,
  field_clocks  VARCHAR      NOT NULL,
  cl            INTEGER      NOT NULL
);
CREATE INDEX component_asset_idx ON component (asset_id);
CREATE INDEX component_serial_idx ON component (serial);

CREATE TABLE installed_software (
  id            UUID         NOT NULL PRIMARY KEY,
  site_id       UUID         NOT NULL,
  asset_id      UUID         NOT NULL,
  name          VARCHAR(200) NOT NULL,
  version       VARCHAR(60),
  vendor        VARCHAR(200),
  installed_on  DATE,
  licence       VARCHAR(200),
  archived      BOOLEAN      NOT NULL,
  hlc           BIGINT       NOT NULL,
  field_clocks  VARCHAR      NOT NULL,
  cl            INTEGER      NOT NULL
);
CREATE INDEX installed_software_asset_idx ON installed_software (asset_id);
CREATE INDEX installed_software_name_idx ON installed_software (name);

CREATE TABLE checklist_template (
  id            UUID         NOT NULL PRIMARY KEY,
  site_id       UUID,
  code          VARCHAR(60)  NOT NULL,
  version       INTEGER      NOT NULL,
  name          VARCHAR(200) NOT NULL,
  asset_kinds   VARCHAR(300) NOT NULL,
  archived      BOOLEAN      NOT NULL,
  hlc           BIGINT       NOT NULL,
  field_clocks  VARCHAR      NOT NULL,
  cl            INTEGER      NOT NULL
);
CREATE INDEX checklist_template_code_idx ON checklist_template (code, version);

CREATE TABLE checklist_item (
  id             UUID         NOT NULL PRIMARY KEY,
  site_id        UUID,
  template_id    UUID         NOT NULL,
  position       INTEGER      NOT NULL,
  component_kind VARCHAR(30)  NOT NULL,
  check_text     VARCHAR(500) NOT NULL,
  method         VARCHAR(500),
  tools          VARCHAR(300),
  frequency      VARCHAR(20)  NOT NULL,
  answer_type    VARCHAR(20)  NOT NULL,
  unit           VARCHAR(20),
  lower_limit    DECIMAL(14,4),
  upper_limit    DECIMAL(14,4),
  choices        VARCHAR(500),
  required       BOOLEAN      NOT NULL,
  archived      BOOLEAN      NOT NULL,
  hlc           BIGINT       NOT NULL,
  field_clocks  VARCHAR      NOT NULL,
  cl            INTEGER      NOT NULL
);
CREATE INDEX checklist_item_template_idx ON checklist_item (template_id, position);

CREATE TABLE inspection (
  id               UUID         NOT NULL PRIMARY KEY,
  site_id          UUID         NOT NULL,
  asset_id         UUID         NOT NULL,
  template_id      UUID         NOT NULL,
  template_version INTEGER      NOT NULL,
  technician_id    UUID         NOT NULL,
  started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at      TIMESTAMP WITH TIME ZONE,
  outcome          VARCHAR(20)  NOT NULL,
  signed_by        VARCHAR(200),
  signature_id     UUID,
  notes            VARCHAR(2000),
  archived      BOOLEAN      NOT NULL,
  hlc           BIGINT       NOT NULL,
  field_clocks  VARCHAR      NOT NULL,
  cl            INTEGER      NOT NULL
);
CREATE INDEX inspection_asset_idx ON inspection (asset_id, started_at);
CREATE INDEX inspection_started_idx ON inspection (started_at);

CREATE TABLE inspection_result (
  id             UUID         NOT NULL PRIMARY KEY,
  site_id        UUID         NOT NULL,
  inspection_id  UUID         NOT NULL,
  item_id        UUID         NOT NULL,
  outcome        VARCHAR(20)  NOT NULL,
  reading        DECIMAL(14,4),
  text_value     VARCHAR(1000),
  note           VARCHAR(1000),
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  hlc            BIGINT       NOT NULL
);
CREATE INDEX inspection_result_inspection_idx ON inspection_result (inspection_id);

CREATE TABLE fault (
  id                   UUID          NOT NULL PRIMARY KEY,
  site_id              UUID          NOT NULL,
  asset_id             UUID,
  number               VARCHAR(30)   NOT NULL,
  category             VARCHAR(20)   NOT NULL,
  subcategory          VARCHAR(40)   NOT NULL,
  symptom              VARCHAR(4000) NOT NULL,
  occurred_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  place                VARCHAR(200),
  reporter_name        VARCHAR(200)  NOT NULL,
  reporter_contact     VARCHAR(200),
  business_impact      VARCHAR(2000),
  impact               VARCHAR(10)   NOT NULL,
  urgency              VARCHAR(10)   NOT NULL,
  priority             VARCHAR(2)    NOT NULL,
  status               VARCHAR(20)   NOT NULL,
  assignee_id          UUID,
  reported_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  responded_at         TIMESTAMP WITH TIME ZONE,
  resolved_at          TIMESTAMP WITH TIME ZONE,
  closed_at            TIMESTAMP WITH TIME ZONE,
  root_cause           VARCHAR(4000),
  resolution           VARCHAR(4000),
  lessons              VARCHAR(4000),
  prevention           VARCHAR(4000),
  satisfaction         INTEGER,
  satisfaction_comment VARCHAR(2000),
  archived      BOOLEAN      NOT NULL,
  hlc           BIGINT       NOT NULL,
  field_clocks  VARCHAR      NOT NULL,
  cl            INTEGER      NOT NULL
);
CREATE INDEX fault_status_idx ON fault (status, priority);
CREATE INDEX fault_asset_idx ON fault (asset_id);
CREATE INDEX fault_assignee_idx ON fault (assignee_id, status);
CREATE INDEX fault_reported_idx ON fault (reported_at);

CREATE TABLE fault_event (
  id             UUID          NOT NULL PRIMARY KEY,
  site_id        UUID          NOT NULL,
  fault_id       UUID          NOT NULL,
  kind           VARCHAR(30)   NOT NULL,
  body           VARCHAR(4000) NOT NULL,
  technician_id  UUID          NOT NULL,
  happened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  hlc            BIGINT        NOT NULL
);
CREATE INDEX fault_event_fault_idx ON fault_event (fault_id, happened_at);

CREATE TABLE procedure_definition (
  id            UUID         NOT NULL PRIMARY KEY,
  site_id       UUID,
  code          VARCHAR(60)  NOT NULL,
  version       INTEGER      NOT NULL,
  kind          VARCHAR(30)  NOT NULL,
  title         VARCHAR(200) NOT NULL,
  definition    VARCHAR      NOT NULL,
  archived      BOOLEAN      NOT NULL,
  hlc           BIGINT       NOT NULL,
  field_clocks  VARCHAR      NOT NULL,
  cl            INTEGER      NOT NULL
);
CREATE INDEX procedure_definition_code_idx ON procedure_definition (code, version);

CREATE TABLE procedure_run (
  id                UUID         NOT NULL PRIMARY KEY,
  site_id           UUID         NOT NULL,
  procedure_code    VARCHAR(60)  NOT NULL,
  procedure_version INTEGER      NOT NULL,
  asset_id          UUID,
  fault_id          UUID,
  technician_id     UUID         NOT NULL,
  started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at       TIMESTAMP WITH TIME ZONE,
  status            VARCHAR(20)  NOT NULL,
  archived      BOOLEAN      NOT NULL,
  hlc           BIGINT       NOT NULL,
  field_clocks  VARCHAR      NOT NULL,
  cl            INTEGER      NOT NULL
);
CREATE INDEX procedure_run_asset_idx ON procedure_run (asset_id, started_at);
CREATE INDEX procedure_run_status_idx ON procedure_run (status);

CREATE TABLE procedure_step (
  id             UUID          NOT NULL PRIMARY KEY,
  site_id        UUID          NOT NULL,
  run_id         UUID          NOT NULL,
  step_number    INTEGER       NOT NULL,
  outcome        VARCHAR(20)   NOT NULL,
  note           VARCHAR(4000),
  technician_id  UUID          NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  hlc            BIGINT        NOT NULL
);
CREATE INDEX procedure_step_run_idx ON procedure_step (run_id, step_number);

CREATE TABLE article (
  id              UUID          NOT NULL PRIMARY KEY,
  site_id         UUID,
  title           VARCHAR(300)  NOT NULL,
  body            VARCHAR       NOT NULL,
  category        VARCHAR(20)   NOT NULL,
  subcategory     VARCHAR(40),
  source_fault_id UUID,
  tags            VARCHAR(500),
  archived      BOOLEAN      NOT NULL,
  hlc           BIGINT       NOT NULL,
  field_clocks  VARCHAR      NOT NULL,
  cl            INTEGER      NOT NULL
);
CREATE INDEX article_category_idx ON article (category, subcategory);

CREATE TABLE attachment (
  id            UUID         NOT NULL PRIMARY KEY,
  site_id       UUID         NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  file_name     VARCHAR(300) NOT NULL,
  media_type    VARCHAR(100) NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  owner_table   VARCHAR(40)  NOT NULL,
  owner_id      UUID         NOT NULL,
  archived      BOOLEAN      NOT NULL,
  hlc           BIGINT       NOT NULL,
  field_clocks  VARCHAR      NOT NULL,
  cl            INTEGER      NOT NULL
);
CREATE INDEX attachment_owner_idx ON attachment (owner_table, owner_id);
CREATE INDEX attachment_sha_idx ON attachment (sha256);

-- Local only: who did what on this laptop, for tracing.
CREATE TABLE audit_event (
  id             UUID          NOT NULL PRIMARY KEY,
  site_id        UUID,
  technician_id  UUID          NOT NULL,
  happened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  action         VARCHAR(40)   NOT NULL,
  table_name     VARCHAR(40)   NOT NULL,
  row_id         UUID,
  summary        VARCHAR(1000) NOT NULL
);
CREATE INDEX audit_event_row_idx ON audit_event (table_name, row_id);
CREATE INDEX audit_event_time_idx ON audit_event (happened_at);

-- Local only: this laptop's identity as a sync node and its clock's high-water mark.
CREATE TABLE sync_node (
  singleton      INTEGER      NOT NULL PRIMARY KEY,
  node_id        VARCHAR(16)  NOT NULL,
  high_water     BIGINT       NOT NULL,
  next_seq       BIGINT       NOT NULL,
  technician_id  UUID
);

-- Local only: changes waiting to be pushed, one entry per written row, grouped by mutation
-- (one local transaction). "changes" holds only the changed columns, as JSON.
CREATE TABLE sync_outbox (
  seq            BIGINT       NOT NULL PRIMARY KEY,
  mutation_id    UUID         NOT NULL,
  table_name     VARCHAR(40)  NOT NULL,
  row_id         UUID         NOT NULL,
  site_id        UUID,
  hlc            BIGINT       NOT NULL,
  node_id        VARCHAR(16)  NOT NULL,
  changes        VARCHAR      NOT NULL,
  schema_version INTEGER      NOT NULL,
  technician_id  UUID         NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sync_outbox_mutation_idx ON sync_outbox (mutation_id);
