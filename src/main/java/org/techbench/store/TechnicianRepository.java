package org.techbench.store;

import static org.techbench.schema.Tables.TECHNICIAN;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.people.Role;
import org.techbench.domain.people.Technician;
import org.techbench.replication.CapturingTransaction;
import org.techbench.schema.tables.records.TechnicianRecord;

/** Technicians: the people whose work the store records. */
public final class TechnicianRepository {

    private final Store store;

    public TechnicianRepository(Store store) {
        this.store = store;
    }

    public void insert(CapturingTransaction tx, Technician technician) {
        tx.insert(toRecord(technician));
        tx.audit("create", TECHNICIAN.getName(), technician.id(), null, "Technician " + technician.name());
    }

    public void insertAll(CapturingTransaction tx, List<Technician> technicians) {
        tx.insert(technicians.stream().map(TechnicianRepository::toRecord).toList());
    }

    public void update(CapturingTransaction tx, Technician technician) {
        List<String> changed = tx.updateFrom(toRecord(technician));
        if (!changed.isEmpty()) {
            tx.audit("update", TECHNICIAN.getName(), technician.id(), null,
                    "Technician " + technician.name() + ": " + String.join(", ", changed));
        }
    }

    /** Makes this technician the one this laptop works as. */
    public void makeCurrent(CapturingTransaction tx, UUID technicianId) {
        store.setCurrentTechnician(tx.dsl(), technicianId);
    }

    public Optional<Technician> find(UUID id) {
        return store.dsl().selectFrom(TECHNICIAN).where(TECHNICIAN.ID.eq(id)).fetchOptional(TechnicianRepository::toTechnician);
    }

    public List<Technician> all() {
        return store.dsl().selectFrom(TECHNICIAN).where(TECHNICIAN.ARCHIVED.isFalse())
                .orderBy(TECHNICIAN.NAME).fetch(TechnicianRepository::toTechnician);
    }

    static TechnicianRecord toRecord(Technician t) {
        TechnicianRecord r = new TechnicianRecord();
        r.setId(t.id());
        r.setName(t.name());
        r.setRole(t.role().name());
        r.setSkills(t.skills().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        r.setOsUser(t.osUser());
        r.setArchived(t.archived());
        return r;
    }

    static Technician toTechnician(TechnicianRecord r) {
        Set<FaultCategory> skills = r.getSkills().isBlank() ? EnumSet.noneOf(FaultCategory.class)
                : Arrays.stream(r.getSkills().split(",")).map(FaultCategory::valueOf).collect(Collectors.toSet());
        return new Technician(r.getId(), r.getName(), Role.valueOf(r.getRole()), skills, r.getOsUser(), r.getArchived());
    }
}
