package org.techbench.service.site;

/** A refused site field: its name and why. */
public record SiteProblem(String field, Code code) {

    /** Why a site field was refused. */
    public enum Code { REQUIRED, TOO_LONG, TAKEN, NOT_AN_EMAIL, UNKNOWN_ZONE }
}
