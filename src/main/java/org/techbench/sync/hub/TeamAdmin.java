package org.techbench.sync.hub;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.techbench.domain.people.HubAccount;
import org.techbench.domain.people.NewTeamMember;
import org.techbench.domain.people.Role;
import org.techbench.domain.people.TeamAuditEntry;
import org.techbench.domain.people.TeamMember;
import org.techbench.domain.people.TeamMemberChange;
import org.techbench.domain.site.SiteCodes;
import org.techbench.sync.HubApi;

/**
 * The team's accounts run through the serving hub: a support manager adds users, sets their role
 * and sites, disables them and resets passwords; every user changes their own password. Each
 * change is written to the audit, with who made it.
 */
final class TeamAdmin {

    private static final int SHORTEST_PASSWORD = 8;

    private final Accounts accounts;

    TeamAdmin(Accounts accounts) {
        this.accounts = accounts;
    }

    List<TeamMember> users(Caller caller) {
        managerOnly(caller);
        return accounts.list().stream().map(TeamAdmin::view).toList();
    }

    TeamMember add(Caller caller, NewTeamMember user) {
        managerOnly(caller);
        String name = user.name() == null ? "" : user.name().strip();
        if (!Accounts.validName(name)) {
            throw new HubRefusal(400, "hub.badUserName", name);
        }
        if (accounts.exists(name)) {
            throw new HubRefusal(409, "hub.userExists", name);
        }
        Role role = role(user.role());
        List<String> sites = sites(name, role, user.sites());
        char[] password = password(user.password());
        accounts.add(name, role, sites, password);
        audit(caller, "add", name, role.name().toLowerCase(Locale.ROOT) + " " + String.join(",", sites));
        return view(find(name));
    }

    TeamMember update(Caller caller, String name, TeamMemberChange change) {
        managerOnly(caller);
        HubAccount account = find(name);
        Role role = change.role() == null ? account.role() : role(change.role());
        List<String> sites = sites(name, role, change.sites() == null ? account.siteCodes() : change.sites());
        accounts.update(name, role, sites);
        if (change.disabled() != null && change.disabled() != account.disabled()) {
            if (change.disabled()) {
                accounts.disable(name);
            } else {
                accounts.enable(name);
            }
        }
        audit(caller, "update", name, role.name().toLowerCase(Locale.ROOT) + " " + String.join(",", sites)
                + (change.disabled() == null ? "" : change.disabled() ? " disabled" : " enabled"));
        return view(find(name));
    }

    void resetPassword(Caller caller, String name, HubApi.PasswordReset reset) {
        managerOnly(caller);
        find(name);
        accounts.resetPassword(name, password(reset.password()));
        audit(caller, "reset-password", name, null);
    }

    /** A user's own password: the current one first, so that a laptop left open cannot change it. */
    void changeOwnPassword(Caller caller, HubApi.PasswordChange change) {
        String name = caller.account().name();
        char[] current = change.current() == null ? new char[0] : change.current().toCharArray();
        try {
            if (!accounts.passwordMatches(name, current)) {
                throw new HubRefusal(403, "hub.wrongCurrentPassword");
            }
        } finally {
            Arrays.fill(current, '\0');
        }
        accounts.resetPassword(name, password(change.next()));
        audit(caller, "change-password", name, null);
    }

    List<TeamAuditEntry> audit(Caller caller) {
        managerOnly(caller);
        return accounts.auditEntries();
    }


    private static void managerOnly(Caller caller) {
        if (!caller.account().everySite()) {
            throw new HubRefusal(403, "hub.managersOnly", caller.account().name());
        }
    }

    private HubAccount find(String name) {
        return accounts.list().stream().filter(account -> account.name().equals(name)).findFirst()
                .orElseThrow(() -> new HubRefusal(404, "hub.noSuchUser", name));
    }

    private static Role role(String text) {
        try {
            return Role.valueOf(String.valueOf(text).strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new HubRefusal(400, "hub.unknownRole", text);
        }
    }

    private static List<String> sites(String name, Role role, List<String> sites) {
        List<String> codes = sites == null ? List.of() : sites.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        for (String code : codes) {
            if (!SiteCodes.valid(code)) {
                throw new HubRefusal(400, "hub.badSiteCode", code);
            }
        }
        if (role != Role.SUPPORT_MANAGER && codes.isEmpty()) {
            throw new HubRefusal(400, "hub.sitesNeeded", name);
        }
        return role == Role.SUPPORT_MANAGER ? List.of() : codes;
    }

    private static char[] password(String text) {
        if (text == null || text.length() < SHORTEST_PASSWORD) {
            throw new HubRefusal(400, "hub.passwordTooShort", SHORTEST_PASSWORD);
        }
        return text.toCharArray();
    }

    private void audit(Caller caller, String action, String target, String detail) {
        accounts.audit(caller.account().name(), action, target, detail);
    }


    private static TeamMember view(HubAccount account) {
        return new TeamMember(account.name(), account.role().name().toLowerCase(Locale.ROOT), account.siteCodes(),
                account.disabled());
    }
}
