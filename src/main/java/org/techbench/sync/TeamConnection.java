package org.techbench.sync;

import java.util.List;
import org.techbench.domain.people.NewTeamMember;
import org.techbench.domain.people.TeamMember;
import org.techbench.domain.people.TeamMemberChange;

/** The requests of the team's accounts that a line to the hub carries besides sync's. */
public interface TeamConnection {

    List<TeamMember> users(String token);

    TeamMember addUser(String token, NewTeamMember user);

    TeamMember changeUser(String token, String name, TeamMemberChange change);

    void resetPassword(String token, String name, String password);

    void changePassword(String token, String current, String next);
}
