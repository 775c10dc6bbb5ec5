-- Hub: every change a manager (or a user to their own password) makes to the team's accounts, kept
-- for review: who did what to whom and when. The hub only ever adds to it.
CREATE TABLE hub_user_audit (
  id        UUID         NOT NULL PRIMARY KEY,
  at        TIMESTAMP WITH TIME ZONE NOT NULL,
  actor     VARCHAR(100) NOT NULL,
  action    VARCHAR(30)  NOT NULL,
  target    VARCHAR(100) NOT NULL,
  detail    VARCHAR(2000)
);
CREATE INDEX hub_user_audit_at_idx ON hub_user_audit (at);
