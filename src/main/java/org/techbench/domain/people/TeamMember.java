package org.techbench.domain.people;

import java.util.List;

/** A user of the team's hub as a support manager sees them: role in lower case, site codes (none: every site). */
public record TeamMember(String name, String role, List<String> sites, boolean disabled) {

    public TeamMember {
        sites = sites == null ? List.of() : List.copyOf(sites);
    }
}
