package org.techbench.domain.people;

import java.util.Set;
import java.util.UUID;
import org.techbench.domain.fault.FaultCategory;

/** A member of the support team; every change records which technician made it. */
public record Technician(UUID id, String name, Role role, Set<FaultCategory> skills, String osUser, boolean archived) {
    public Technician {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a technician needs a name");
        }
        skills = Set.copyOf(skills);
    }

    public Technician renamed(String newName) {
        return new Technician(id, newName, role, skills, osUser, archived);
    }
}
