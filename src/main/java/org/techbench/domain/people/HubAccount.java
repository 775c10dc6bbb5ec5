package org.techbench.domain.people;

import java.util.List;

/** A hub user as `hub user list` shows it: role, the site codes they work on, and whether disabled. */
public record HubAccount(String name, Role role, List<String> siteCodes, boolean disabled) {

    public HubAccount {
        siteCodes = List.copyOf(siteCodes);
    }

    /** Managers see and write every site. */
    public boolean everySite() {
        return role == Role.SUPPORT_MANAGER;
    }
}
