package org.techbench.store;

import static org.techbench.schema.Tables.FAULT;
import static org.techbench.schema.Tables.FAULT_EVENT;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.fault.Urgency;
import org.techbench.replication.CapturingTransaction;
import org.techbench.schema.tables.records.FaultEventRecord;
import org.techbench.schema.tables.records.FaultRecord;

/** Faults and their append-only journals. */
public final class FaultRepository {

    private final Store store;

    public FaultRepository(Store store) {
        this.store = store;
    }

    public void insert(CapturingTransaction tx, Fault fault) {
        tx.insert(toRecord(fault));
        tx.audit("create", FAULT.getName(), fault.id(), fault.siteId(), "Fault " + fault.number());
    }

    public void insertAll(CapturingTransaction tx, List<Fault> faults) {
        tx.insert(faults.stream().map(FaultRepository::toRecord).toList());
    }

    public void update(CapturingTransaction tx, Fault fault) {
        List<String> changed = tx.updateFrom(toRecord(fault));
        if (!changed.isEmpty()) {
            tx.audit("update", FAULT.getName(), fault.id(), fault.siteId(),
                    "Fault " + fault.number() + ": " + String.join(", ", changed));
        }
    }

    public void appendEvents(CapturingTransaction tx, List<FaultEvent> events) {
        tx.insert(events.stream().map(FaultRepository::toRecord).toList());
    }

    public Optional<Fault> find(UUID id) {
        return store.dsl().selectFrom(FAULT).where(FAULT.ID.eq(id)).fetchOptional(FaultRepository::toFault);
    }

    public List<FaultEvent> events(UUID faultId) {
        return store.dsl().selectFrom(FAULT_EVENT).where(FAULT_EVENT.FAULT_ID.eq(faultId))
                .orderBy(FAULT_EVENT.HAPPENED_AT, FAULT_EVENT.ID)
                .fetch(r -> new FaultEvent(r.getId(), r.getSiteId(), r.getFaultId(), FaultEventKind.valueOf(r.getKind()),
                        r.getBody(), r.getTechnicianId(), r.getHappenedAt()));
    }

    static FaultRecord toRecord(Fault f) {
        FaultRecord r = new FaultRecord();
        r.setId(f.id());
        r.setSiteId(f.siteId());
        r.setAssetId(f.assetId());
        r.setNumber(f.number());
        r.setCategory(f.category().name());
        r.setSubcategory(f.subcategory().name());
        r.setSymptom(f.symptom());
        r.setOccurredAt(f.occurredAt());
        r.setPlace(f.place());
        r.setReporterName(f.reporterName());
        r.setReporterContact(f.reporterContact());
        r.setBusinessImpact(f.businessImpact());
        r.setImpact(f.impact().name());
        r.setUrgency(f.urgency().name());
        r.setPriority(f.priority().name());
        r.setStatus(f.status().name());
        r.setAssigneeId(f.assigneeId());
        r.setReportedAt(f.reportedAt());
        r.setRespondedAt(f.respondedAt());
        r.setResolvedAt(f.resolvedAt());
        r.setClosedAt(f.closedAt());
        r.setRootCause(f.rootCause());
        r.setResolution(f.resolution());
        r.setLessons(f.lessons());
        r.setPrevention(f.prevention());
        r.setSatisfaction(f.satisfaction());
        r.setSatisfactionComment(f.satisfactionComment());
        r.setArchived(false);
        return r;
    }

    static Fault toFault(FaultRecord r) {
        return new Fault(r.getId(), r.getSiteId(), r.getAssetId(), r.getNumber(), FaultCategory.valueOf(r.getCategory()),
                FaultSubcategory.valueOf(r.getSubcategory()), r.getSymptom(), r.getOccurredAt(), r.getPlace(),
                r.getReporterName(), r.getReporterContact(), r.getBusinessImpact(), Impact.valueOf(r.getImpact()),
                Urgency.valueOf(r.getUrgency()), Priority.valueOf(r.getPriority()), FaultStatus.valueOf(r.getStatus()),
                r.getAssigneeId(), r.getReportedAt(), r.getRespondedAt(), r.getResolvedAt(), r.getClosedAt(),
                r.getRootCause(), r.getResolution(), r.getLessons(), r.getPrevention(), r.getSatisfaction(),
                r.getSatisfactionComment());
    }

    static FaultEventRecord toRecord(FaultEvent e) {
        FaultEventRecord r = new FaultEventRecord();
        r.setId(e.id());
        r.setSiteId(e.siteId());
        r.setFaultId(e.faultId());
        r.setKind(e.kind().name());
        r.setBody(e.body());
        r.setTechnicianId(e.technicianId());
        r.setHappenedAt(e.happenedAt());
        return r;
    }
}
