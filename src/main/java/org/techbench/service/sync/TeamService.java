package org.techbench.service.sync;

import java.util.List;
import org.techbench.sync.HubApi;

/** The team's accounts on the hub this laptop syncs with, for the Team screen; every call goes to the hub. */
public final class TeamService {

    private final SyncService sync;

    public TeamService(SyncService sync) {
        this.sync = sync;
    }

    public List<HubApi.User> users() {
        return sync.team((team, token) -> team.users(token));
    }

    public HubApi.User add(HubApi.NewUser user) {
        return sync.team((team, token) -> team.addUser(token, user));
    }

    public HubApi.User change(String name, HubApi.UserChange change) {
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
        sync.team((team, token) -> {
            team.changePassword(token, current, next);
            return null;
        });
    }
}
