package org.techbench.ui.audit;

import org.techbench.ui.common.Place;

/** The Audit screen: who did what to which record, and when. */
public record AuditPlace() implements Place {

    public static final String SCREEN = "audit";

    @Override
    public String screen() {
        return SCREEN;
    }
}
