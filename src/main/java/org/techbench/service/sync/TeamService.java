package org.techbench.service.sync;

import java.util.List;
import org.techbench.domain.people.NewTeamMember;
import org.techbench.domain.people.TeamMember;
import org.techbench.domain.people.TeamMemberChange;
import org.techbench.sync.HubApi;

/** The team's accounts on the hub this laptop syncs with, for the Team screen; every call goes to the hub. */
public final class TeamService {

    private final SyncService sync;

    public TeamService(SyncService sync) {
        this.sync = sync;
    }

    public List<TeamMember> users() {
        return sync.team((team, token) -> team.users(token));
    }

    public TeamMember add(NewTeamMember user) {
        return sync.team((team, token) -> team.addUser(token, user));
    }

    public TeamMember change(String name, TeamMemberChange change) {
        return sync.team((team, token) -> team.changeUser(token, name, change));
    }

    public void resetPassword(String name, String password) {
        sync.team((team, token) -> {
            team.resetPassword(token, name, password);
            return null;
        });
    }

    /** The signed-in user's own password; the current one first. */
    public void changeOwnPassword(String current, String next) {
        sync.changeOwnPassword(current, next);
    }
}
