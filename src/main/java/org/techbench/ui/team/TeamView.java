package org.techbench.ui.team;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.techbench.domain.people.TeamMember;
import org.techbench.i18n.Texts;
import org.techbench.sync.HubApi;
import org.techbench.ui.common.Columns;
import org.techbench.ui.common.Screen;

/**
 * The Team screen, for support managers: the hub's users with their role, sites and state; a form
 * to add one; and for the chosen one, role and sites, disable or enable, and a new password.
 */
public final class TeamView implements Screen {

    private static final List<String> ROLES = List.of("engineer", "support_manager", "service_desk", "consultant");

    private final TeamViewModel model;
    private final Texts messages;
    private final VBox root = new VBox(16);

    public TeamView(TeamViewModel model, Texts messages) {
        this.model = model;
        this.messages = messages;
        root.setId("team");
        root.setPadding(new Insets(24));
        Label title = new Label(messages.get("team.title"));
        title.getStyleClass().add("title-1");
        Label intro = new Label(messages.get("team.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");

        TableView<TeamMember> table = new TableView<>(model.users());
        table.setId("team-users");
        table.setPlaceholder(new Label(messages.get("team.noUsers")));
        table.getColumns().add(Columns.text(messages.get("team.col.name"), 180, TeamMember::name));
        table.getColumns().add(Columns.text(messages.get("team.col.role"), 160, user -> roleWord(user.role())));
        table.getColumns().add(Columns.text(messages.get("team.col.sites"), 200,
                user -> user.sites().isEmpty() ? messages.get("team.everySite") : String.join(", ", user.sites())));
        table.getColumns().add(Columns.text(messages.get("team.col.state"), 110,
                user -> messages.get(user.disabled() ? "team.disabled" : "team.active")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        HBox.setHgrow(table, Priority.ALWAYS);

        VBox side = new VBox(12, newUserForm(), chosenUserForm(table));
        side.setMinWidth(340);
        side.setPrefWidth(360);
        HBox body = new HBox(16, table, side);
        VBox.setVgrow(body, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("team-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(model.problem());
        Label done = new Label();
        done.setId("team-done");
        done.getStyleClass().add("success");
        done.textProperty().bind(model.done());
        root.getChildren().addAll(title, intro, body, problem, done);
    }

    private VBox newUserForm() {
        TextField name = new TextField();
        name.setId("team-name");
        ChoiceBox<String> role = roleChoice("team-role");
        TextField sites = new TextField();
        sites.setId("team-sites");
        sites.setPromptText("S001, S002");
        sites.disableProperty().bind(role.valueProperty().isEqualTo("support_manager"));
        PasswordField password = new PasswordField();
        password.setId("team-password");
        Button add = new Button(messages.get("team.add"));
        add.setId("team-add");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(model.busy().or(name.textProperty().isEmpty()).or(password.textProperty().isEmpty()));
        add.setOnAction(e -> {
            model.add(name.getText().strip(), role.getValue(), sites.getText(), password.getText(),
                    messages.get("team.added", name.getText().strip()));
            password.clear();
        });
        GridPane form = new GridPane(10, 8);
        form.addRow(0, new Label(messages.get("team.col.name")), name);
        form.addRow(1, new Label(messages.get("team.col.role")), role);
        form.addRow(2, new Label(messages.get("team.col.sites")), sites);
        form.addRow(3, new Label(messages.get("team.firstPassword")), password);
        return section(messages.get("team.newUser"), form, add);
    }

    private VBox chosenUserForm(TableView<TeamMember> table) {
        ChoiceBox<String> role = roleChoice("team-edit-role");
        TextField sites = new TextField();
        sites.setId("team-edit-sites");
        sites.disableProperty().bind(role.valueProperty().isEqualTo("support_manager"));
        PasswordField password = new PasswordField();
        password.setId("team-new-password");
        Button save = new Button(messages.get("team.save"));
        save.setId("team-save");
        Button disable = new Button();
        disable.setId("team-disable");
        Button reset = new Button(messages.get("team.reset"));
        reset.setId("team-reset");
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, user) -> {
            if (user != null) {
                role.setValue(user.role());
                sites.setText(String.join(", ", user.sites()));
            }
        });
        var chosen = table.getSelectionModel().selectedItemProperty();
        save.disableProperty().bind(model.busy().or(chosen.isNull()));
        disable.disableProperty().bind(save.disableProperty());
        reset.disableProperty().bind(save.disableProperty().or(password.textProperty().isEmpty()));
        disable.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                chosen.get() != null && chosen.get().disabled() ? "team.enable" : "team.disable"), chosen));
        save.setOnAction(e -> model.change(chosen.get().name(), role.getValue(), sites.getText(), null,
                messages.get("team.saved", chosen.get().name())));
        disable.setOnAction(e -> {
            TeamMember user = chosen.get();
            model.change(user.name(), null, null, !user.disabled(),
                    messages.get(user.disabled() ? "team.enabled" : "team.disabledDone", user.name()));
        });
        reset.setOnAction(e -> {
            model.resetPassword(chosen.get().name(), password.getText(), messages.get("team.resetDone", chosen.get().name()));
            password.clear();
        });
        GridPane form = new GridPane(10, 8);
        form.addRow(0, new Label(messages.get("team.col.role")), role);
        form.addRow(1, new Label(messages.get("team.col.sites")), sites);
        form.addRow(2, new Label(messages.get("team.newPassword")), password);
        HBox actions = new HBox(8, save, disable, reset);
        return section(messages.get("team.chosenUser"), form, actions);
    }

    private ChoiceBox<String> roleChoice(String id) {
        ChoiceBox<String> role = new ChoiceBox<>();
        role.setId(id);
        role.getItems().setAll(ROLES);
        role.setValue("engineer");
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : roleWord(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        return role;
    }

    private String roleWord(String role) {
        return messages.get("team.role." + role.toLowerCase(Locale.ROOT));
    }

    private static VBox section(String heading, Node... content) {
        Label title = new Label(heading);
        title.getStyleClass().add("title-4");
        VBox box = new VBox(10, title);
        box.getChildren().addAll(content);
        box.getStyleClass().add("card");
        box.setPadding(new Insets(14));
        return box;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void activate() {
        model.load();
    }

    @Override
    public void deactivate() {
    }
}
