package org.techbench.ui.team;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.techbench.domain.people.NewTeamMember;
import org.techbench.domain.people.TeamMember;
import org.techbench.domain.people.TeamMemberChange;
import org.techbench.service.sync.TeamService;
import org.techbench.sync.HubApi;
import org.techbench.ui.common.Background;

/** The Team screen's state: the hub's users as last fetched, and what the last request said. */
public final class TeamViewModel {

    private final TeamService team;
    private final Background background;
    private final ObservableList<TeamMember> users = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty done = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public TeamViewModel(TeamService team, Background background) {
        this.team = team;
        this.background = background;
    }

    public ObservableList<TeamMember> users() {
        return users;
    }

    /** The hub's reason when a request failed, empty otherwise. */
    public StringProperty problem() {
        return problem;
    }

    /** What the last request did, for the technician to see it went through. */
    public StringProperty done() {
        return done;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public void load() {
        request(team::users, list -> users.setAll(list), null);
    }

    /** Adds a user; {@code sites} as typed, codes separated by commas or spaces. */
    public void add(String name, String role, String sites, String password, String doneText) {
        request(() -> team.add(new NewTeamMember(name, role, codes(sites), password)), added -> load(), doneText);
    }

    public void change(String name, String role, String sites, Boolean disabled, String doneText) {
        request(() -> team.change(name, new TeamMemberChange(role, sites == null ? null : codes(sites), disabled)),
                changed -> load(), doneText);
    }

    public void resetPassword(String name, String password, String doneText) {
        request(() -> {
            team.resetPassword(name, password);
            return null;
        }, ignored -> { }, doneText);
    }

    static List<String> codes(String sites) {
        return sites == null ? List.of() : Arrays.stream(sites.split("[,，\\s]+")).filter(code -> !code.isBlank()).toList();
    }

    private <T> void request(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> then, String doneText) {
        busy.set(true);
        problem.set("");
        if (doneText != null) {
            done.set("");
        }
        background.run(work, result -> {
            busy.set(false);
            if (doneText != null) {
                done.set(doneText);
            }
            then.accept(result);
        }, error -> {
            busy.set(false);
            problem.set(error.getMessage());
        });
    }
}
