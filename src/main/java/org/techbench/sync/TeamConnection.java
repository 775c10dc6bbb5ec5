package org.techbench.sync;

import java.util.List;

/** The requests of the team's accounts that a line to the hub carries besides sync's. */
public interface TeamConnection {

    List<HubApi.User> users(String token);

    HubApi.User addUser(String token, HubApi.NewUser user);

    HubApi.User changeUser(String token, String name, HubApi.UserChange change);

    void resetPassword(String token, String name, String password);

    void changePassword(String token, String current, String next);
}
