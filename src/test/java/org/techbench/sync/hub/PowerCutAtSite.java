package org.techbench.sync.hub;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.tools.TriggerAdapter;

/** An H2 trigger that fails the insert of the site coded H200, as a power cut in the middle of its mutation would. */
public final class PowerCutAtSite extends TriggerAdapter {

    static final String CODE = "H200";

    @Override
    public void fire(Connection connection, ResultSet oldRow, ResultSet newRow) throws SQLException {
        if (CODE.equals(newRow.getString("CODE"))) {
            throw new SQLException("power cut while writing site " + CODE);
        }
    }
}
