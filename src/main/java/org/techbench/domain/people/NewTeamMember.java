package org.techbench.domain.people;

import java.util.List;

/** A user to add to the team's hub; the password is the first one, for the user to change. */
public record NewTeamMember(String name, String role, List<String> sites, String password) {
}
