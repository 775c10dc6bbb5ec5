package org.techbench.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.techbench.domain.people.HubAccount;
import org.techbench.domain.people.NewTeamMember;
import org.techbench.domain.people.Role;
import org.techbench.domain.people.TeamMember;
import org.techbench.domain.people.TeamMemberChange;
import org.techbench.service.sync.HubHost;
import org.techbench.sync.HubApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code techbench hub user}: the hub's accounts. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = {"Add, list, disable the hub's users and reset their passwords.",
                "With --hub URL through the running hub, signed in as a support manager; without it on a stopped hub's data."},
        subcommands = {HubUserCommand.Add.class, HubUserCommand.ListUsers.class, HubUserCommand.Disable.class,
                HubUserCommand.Reset.class})
public final class HubUserCommand {

    private static BufferedReader standardInput() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    private static Map<String, String> environment() {
        return Map.copyOf(System.getenv());
    }

    /** {@code hub user add NAME --role ROLE --sites S1,S2}, the password read from standard input. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user; the password is read from standard input (one line).")
    static final class Add implements Callable<Integer> {

        @Mixin
        HubOptions hub = new HubOptions();

        @Mixin
        RemoteHubOptions remote = new RemoteHubOptions();

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, description = "engineer, support_manager, service_desk or consultant.")
        String role;

        @Option(names = "--sites", split = ",", paramLabel = "S1,S2", description = "Site codes the user works on (managers see all).")
        List<String> sites = List.of();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Role parsed;
            try {
                parsed = Role.valueOf(role.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown role " + role + "; use engineer, support_manager, service_desk or consultant.", e);
            }
            BufferedReader input = standardInput();
            if (remote.remote()) {
                RemoteTeam team = RemoteTeam.signIn(remote.url, remote.user, environment(), input);
                team.add(new NewTeamMember(name, parsed.name().toLowerCase(Locale.ROOT), sites,
                        RemoteTeam.line(input, "the new user's password")));
            } else {
                String password = input.readLine();
                if (password == null) {
                    throw new IllegalArgumentException("Give the password on standard input, e.g. read -s P; echo \"$P\" | techbench hub user add …");
                }
                try (HubHost host = hub.open(Clock.systemUTC())) {
                    host.addUser(name, parsed, sites, password.toCharArray());
                }
            }
            spec.commandLine().getOut().printf("Added %s (%s%s).%n", name, parsed.name().toLowerCase(Locale.ROOT),
                    sites.isEmpty() ? ", every site" : ", sites " + String.join(", ", sites));
            return 0;
        }
    }

    /** {@code hub user list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the hub's users.")
    static final class ListUsers implements Callable<Integer> {

        @Mixin
        HubOptions hub = new HubOptions();

        @Mixin
        RemoteHubOptions remote = new RemoteHubOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-20s %-16s %-9s %s%n", "USER", "ROLE", "STATE", "SITES");
            if (remote.remote()) {
                for (TeamMember user : RemoteTeam.signIn(remote.url, remote.user, environment(), standardInput()).users()) {
                    out.printf("%-20s %-16s %-9s %s%n", user.name(), user.role(), user.disabled() ? "disabled" : "active",
                            user.sites().isEmpty() ? "(all)" : String.join(",", user.sites()));
                }
            } else {
                try (HubHost host = hub.open(Clock.systemUTC())) {
                    for (HubAccount account : host.users()) {
                        out.printf("%-20s %-16s %-9s %s%n", account.name(), account.role().name().toLowerCase(Locale.ROOT),
                                account.disabled() ? "disabled" : "active",
                                account.everySite() ? "(all)" : String.join(",", account.siteCodes()));
                    }
                }
            }
            out.flush();
            return 0;
        }
    }

    /** {@code hub user disable NAME}. */
    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a user and end their sessions.")
    static final class Disable implements Callable<Integer> {

        @Mixin
        HubOptions hub = new HubOptions();

        @Mixin
        RemoteHubOptions remote = new RemoteHubOptions();

        @Parameters(paramLabel = "NAME")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (remote.remote()) {
                RemoteTeam.signIn(remote.url, remote.user, environment(), standardInput())
                        .change(name, new TeamMemberChange(null, null, true));
            } else {
                try (HubHost host = hub.open(Clock.systemUTC())) {
                    host.disableUser(name);
                }
            }
            spec.commandLine().getOut().printf("Disabled %s; their laptops must sign in again.%n", name);
            return 0;
        }
    }

    /** {@code hub user reset NAME}: a new password, read from standard input; the user's sessions end. */
    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Give a user a new password, read from standard input (after yours, with --hub and no terminal).")
    static final class Reset implements Callable<Integer> {

        @Mixin
        HubOptions hub = new HubOptions();

        @Mixin
        RemoteHubOptions remote = new RemoteHubOptions();

        @Parameters(paramLabel = "NAME")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            BufferedReader input = standardInput();
            if (remote.remote()) {
                RemoteTeam team = RemoteTeam.signIn(remote.url, remote.user, environment(), input);
                team.resetPassword(name, RemoteTeam.line(input, "the new password"));
            } else {
                String password = RemoteTeam.line(input, "the new password");
                try (HubHost host = hub.open(Clock.systemUTC())) {
                    host.resetPassword(name, password.toCharArray());
                }
            }
            spec.commandLine().getOut().printf("New password set for %s; their laptops must sign in again.%n", name);
            return 0;
        }
    }
}
