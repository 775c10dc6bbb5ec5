package org.techbench.domain.people;

/** One change to the team's accounts: when (an ISO instant), by whom, what, to whom. */
public record TeamAuditEntry(String at, String actor, String action, String target, String detail) {
}
