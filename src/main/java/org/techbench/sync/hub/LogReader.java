package org.techbench.sync.hub;

import static org.techbench.schema.Tables.HUB_CHANGE;
import static org.techbench.schema.Tables.HUB_LOG_HEAD;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.techbench.domain.sync.LoggedChange;
import org.techbench.domain.sync.PulledPage;
import org.techbench.domain.sync.RowChange;
import org.techbench.domain.sync.Stamp;
import org.techbench.replication.ChangeJson;
import org.techbench.replication.SyncedTable;

/** The hub's change log as laptops pull it: pages after a cursor, only the sites the caller may see. */
final class LogReader {

    static final int LARGEST_PAGE = 5_000;

    private final DSLContext dsl;
    private final HubMerges merges;

    LogReader(DSLContext dsl, HubMerges merges) {
        this.dsl = dsl;
        this.merges = merges;
    }

    /** The log after {@code cursor}, only the sites the caller may see. */
    PulledPage pull(Caller caller, long cursor, int limit) {
        int size = Math.clamp(limit, 1, LARGEST_PAGE);
        long head = head();
        Condition inScope = caller.account().everySite() ? DSL.trueCondition()
                : HUB_CHANGE.SITE_ID.isNull().or(HUB_CHANGE.SITE_ID.in(caller.siteIds()));
        var rows = dsl.selectFrom(HUB_CHANGE)
                .where(HUB_CHANGE.POS.gt(cursor).and(HUB_CHANGE.POS.le(head)).and(inScope))
                .orderBy(HUB_CHANGE.POS).limit(size).fetch();
        List<LoggedChange> changes = new ArrayList<>(rows.size());
        for (var row : rows) {
            changes.add(new LoggedChange(row.getPos(), new RowChange(row.getTableName(), row.getRowId(), row.getSiteId(),
                    new Stamp(row.getHlc(), row.getNodeId()), ChangeJson.parse(row.getChanges()))));
        }
        changes = merges.markMerged(dsl, changes);
        boolean more = changes.size() == size;
        long next = more ? changes.getLast().position() : Math.max(cursor, head);
        return new PulledPage(changes, next, more);
    }

    long head() {
        return dsl.select(HUB_LOG_HEAD.POS).from(HUB_LOG_HEAD).where(HUB_LOG_HEAD.SINGLETON.eq(1)).fetchSingle(HUB_LOG_HEAD.POS);
    }

    static Condition scope(Caller caller, SyncedTable synced) {
        return caller.account().everySite() ? DSL.trueCondition()
                : synced.siteId().isNull().or(synced.siteId().in(caller.siteIds()));
    }
}
