package org.techbench.store;

import static org.techbench.schema.Tables.ASSET;
import static org.techbench.schema.Tables.FAULT;
import static org.techbench.schema.Tables.INSPECTION;
import static org.techbench.schema.Tables.SITE;
import static org.techbench.schema.Tables.SYNC_OUTBOX;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.jooq.impl.DSL;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.quality.Overview;

/** Read-only figures for the dashboard and the status bar, counted in the database. */
public final class OverviewQueries {

    private final Store store;

    public OverviewQueries(Store store) {
        this.store = store;
    }

    public Overview overview(OffsetDateTime monthStart, OffsetDateTime monthEnd) {
        var dsl = store.dsl();
        Map<AssetKind, Long> byKind = new EnumMap<>(AssetKind.class);
        dsl.select(ASSET.KIND, DSL.count()).from(ASSET).where(ASSET.ARCHIVED.isFalse()).groupBy(ASSET.KIND)
                .forEach(r -> byKind.put(AssetKind.valueOf(r.value1()), r.value2().longValue()));
        var bySite = dsl.select(SITE.ID, SITE.CODE, SITE.NAME, DSL.count())
                .from(ASSET).join(SITE).on(SITE.ID.eq(ASSET.SITE_ID))
                .where(ASSET.ARCHIVED.isFalse())
                .groupBy(SITE.ID, SITE.CODE, SITE.NAME)
                .orderBy(DSL.count().desc(), SITE.CODE)
                .fetch(r -> new Overview.SiteAssets(r.value1(), r.value2(), r.value3(), r.value4().longValue()));
        Map<FaultStatus, Long> byStatus = new EnumMap<>(FaultStatus.class);
        Map<Priority, Long> openByPriority = new EnumMap<>(Priority.class);
        dsl.select(FAULT.STATUS, FAULT.PRIORITY, DSL.count()).from(FAULT).where(FAULT.ARCHIVED.isFalse())
                .groupBy(FAULT.STATUS, FAULT.PRIORITY)
                .forEach(r -> {
                    FaultStatus status = FaultStatus.valueOf(r.value1());
                    long count = r.value3().longValue();
                    byStatus.merge(status, count, Long::sum);
                    if (status.isOpen()) {
                        openByPriority.merge(Priority.valueOf(r.value2()), count, Long::sum);
                    }
                });
        var month = dsl.select(DSL.count(), DSL.count().filterWhere(INSPECTION.OUTCOME.eq("FAIL")))
                .from(INSPECTION)
                .where(INSPECTION.STARTED_AT.ge(monthStart)).and(INSPECTION.STARTED_AT.lt(monthEnd))
                .and(INSPECTION.ARCHIVED.isFalse())
                .fetchSingle();
        long assets = byKind.values().stream().mapToLong(Long::longValue).sum();
        return new Overview(assets, byKind, bySite, byStatus, openByPriority, month.value1(), month.value2());
    }

    /** Changes made here that the hub has not yet received (their audit entries, which go with them, not counted). */
    public long pendingChanges() {
        return store.dsl().fetchCount(SYNC_OUTBOX, SYNC_OUTBOX.TABLE_NAME.ne(org.techbench.replication.SyncState.AUDIT_TABLE));
    }
}
