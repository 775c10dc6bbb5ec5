package org.techbench.domain.people;

import java.util.List;

/** What changes of a team member; null leaves that as it is. */
public record TeamMemberChange(String role, List<String> sites, Boolean disabled) {
}
