package org.techbench.service;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.people.Role;
import org.techbench.domain.people.Technician;
import org.techbench.i18n.Texts;
import org.techbench.replication.Ids;
import org.techbench.store.Store;
import org.techbench.store.TechnicianRepository;

/** Who is working on this laptop: made from the operating-system user at first start, renamable. */
public final class TechnicianService {

    private final Store store;
    private final TechnicianRepository technicians;
    private final UUID currentId;
    private final Supplier<Texts> refusals;

    public TechnicianService(Store store, TechnicianRepository technicians, String osUser, Supplier<Texts> refusals) {
        this.store = store;
        this.technicians = technicians;
        this.currentId = store.currentTechnician().orElseGet(() -> createFrom(osUser));
        this.refusals = refusals;
    }

    public UUID currentId() {
        return currentId;
    }

    /** The team as this laptop knows it (synced from the hub, with this laptop's own profile), by name. */
    public java.util.List<Technician> all() {
        return technicians.all();
    }

    public Technician current() {
        return technicians.find(currentId).orElseThrow();
    }

    public Technician rename(String name) {
        Technician renamed = current().renamed(checkedName(name));
        store.write(currentId, tx -> {
            technicians.update(tx, renamed);
            return null;
        });
        return renamed;
    }

    /** Saves this laptop's technician as the first-start welcome asks: name, role and skills at once. */
    public Technician saveProfile(String name, Role role, Set<FaultCategory> skills) {
        Technician current = current();
        Technician changed = new Technician(current.id(), checkedName(name), role, skills, current.osUser(), current.archived());
        store.write(currentId, tx -> {
            technicians.update(tx, changed);
            return null;
        });
        return changed;
    }

    private String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new RefusedException(refusals.get(), "refusal.technicianNameRequired");
        }
        if (trimmed.length() > 200) {
            throw new RefusedException(refusals.get(), "refusal.technicianNameTooLong");
        }
        return trimmed;
    }

    /** Gives this laptop's technician another role (a support manager reviews articles). */
    public Technician changeRole(Role role) {
        Technician current = current();
        Technician changed = new Technician(current.id(), current.name(), role, current.skills(), current.osUser(),
                current.archived());
        store.write(currentId, tx -> {
            technicians.update(tx, changed);
            return null;
        });
        return changed;
    }

    private UUID createFrom(String osUser) {
        String user = osUser == null || osUser.isBlank() ? "technician" : osUser.strip();
        Technician technician = new Technician(Ids.next(), user, Role.ENGINEER,
                EnumSet.allOf(FaultCategory.class), user, false);
        // The technician records their own creation: there is nobody else yet.
        store.write(technician.id(), tx -> {
            technicians.insert(tx, technician);
            technicians.makeCurrent(tx, technician.id());
            return null;
        });
        return technician.id();
    }
}
