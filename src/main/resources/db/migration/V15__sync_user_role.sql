-- The role the hub gave the signed-in user, so that the window shows the Team screen to support
-- managers only, also before the hub can be reached.
ALTER TABLE sync_state ADD COLUMN user_role VARCHAR(30);
