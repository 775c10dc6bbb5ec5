package org.techbench.ui.welcome;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.people.Role;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.ChoiceNames;
import org.techbench.ui.common.LookChoices;
import org.techbench.ui.sync.SyncViewModel;
import org.techbench.ui.welcome.WelcomeViewModel.Step;
import org.techbench.ui.welcome.WelcomeViewModel.Way;

/** The first-start welcome, shown in place of the workbench until it is done. */
public final class WelcomeView {

    private final WelcomeViewModel model;
    private final SyncViewModel sync;
    private final Texts messages;
    private final BorderPane root = new BorderPane();
    private final VBox page = new VBox(18);
    private final HBox steps = new HBox(24);

    public WelcomeView(WelcomeViewModel model, SyncViewModel sync, Texts messages) {
        this.model = model;
        this.sync = sync;
        this.messages = messages;
        root.setId("welcome");
        Label brand = new Label("TechBench", new FontIcon("mdal-build"));
        brand.getStyleClass().addAll("title-2", "brand");
        steps.setAlignment(Pos.CENTER_LEFT);
        HBox header = new HBox(32, brand, steps);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(20, 32, 8, 32));
        header.setMaxWidth(1100);
        root.setTop(new javafx.scene.layout.StackPane(header));
        page.setPadding(new Insets(16, 32, 24, 32));
        page.setMaxWidth(1100);
        // The page keeps a readable width on a wide screen and stands in its middle.
        javafx.scene.layout.StackPane centred = new javafx.scene.layout.StackPane(page);
        centred.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        model.step().addListener((obs, old, now) -> show(now));
        // A first sync started here ends the welcome's last page with what it brought.
        sync.lastReport().addListener((obs, old, report) -> {
            if (report != null && model.step().get() == Step.START) {
                model.hubSynced(report.pulled() + report.snapshotRows());
            }
        });
        show(model.step().get());
    }

    public Parent node() {
        return root;
    }

    private void show(Step step) {
        steps.getChildren().clear();
        for (Step each : Step.values()) {
            Label label = new Label((each.ordinal() + 1) + "  " + messages.get("welcome.step." + each.name().toLowerCase(Locale.ROOT)));
            label.getStyleClass().add(each == step ? "text-bold" : "text-muted");
            steps.getChildren().add(label);
        }
        page.getChildren().setAll(switch (step) {
            case LOOK -> lookPage();
            case PROFILE -> profilePage();
            case START -> startPage();
        });
    }

    private Node[] lookPage() {
        Label title = title("welcome.title");
        Label intro = paragraph(messages.get("welcome.intro"));
        ComboBox<Locale> language = LookChoices.language("welcome-language", model.locale().get(), model::chooseLocale);
        HBox themes = LookChoices.theme(messages, "welcome", model.dark().get(), model::chooseDark);
        GridPane form = form();
        form.addRow(0, caption("welcome.language"), language);
        form.addRow(1, caption("settings.theme"), themes);
        return new Node[] {title, intro, form, buttons(null, next())};
    }

    private Node[] profilePage() {
        TextField name = new TextField();
        name.setId("welcome-name");
        name.setPrefColumnCount(24);
        name.textProperty().bindBidirectional(model.name());
        ComboBox<Role> role = new ComboBox<>();
        role.setId("welcome-role");
        role.getItems().addAll(Role.values());
        role.setConverter(ChoiceNames.by(value -> messages.get("team.role." + value.name().toLowerCase(Locale.ROOT))));
        role.valueProperty().bindBidirectional(model.role());
        HBox skills = new HBox(16);
        for (FaultCategory category : FaultCategory.values()) {
            CheckBox box = new CheckBox(messages.get("faultCategory." + category.name()));
            box.setId("welcome-skill-" + category.name());
            box.setSelected(model.skills().contains(category));
            // The model outlives this page: it holds the box only weakly, the box holds the listener.
            javafx.collections.SetChangeListener<FaultCategory> follow = change -> box.setSelected(model.skills().contains(category));
            box.getProperties().put("follows-skills", follow);
            model.skills().addListener(new javafx.collections.WeakSetChangeListener<>(follow));
            box.selectedProperty().addListener((obs, old, selected) -> {
                if (selected) {
                    model.skills().add(category);
                } else {
                    model.skills().remove(category);
                }
            });
            skills.getChildren().add(box);
        }
        GridPane form = form();
        form.addRow(0, caption("welcome.name"), name);
        form.addRow(1, caption("welcome.role"), role);
        form.addRow(2, caption("welcome.skills"), skills);
        if (model.offerEncryption()) {
            javafx.scene.control.PasswordField passphrase = new javafx.scene.control.PasswordField();
            passphrase.setId("welcome-passphrase");
            passphrase.setPromptText(messages.get("settings.encryption.new"));
            passphrase.textProperty().bindBidirectional(model.passphrase());
            javafx.scene.control.PasswordField again = new javafx.scene.control.PasswordField();
            again.setId("welcome-passphrase-again");
            again.setPromptText(messages.get("settings.encryption.again"));
            again.textProperty().bindBidirectional(model.passphraseAgain());
            Label hint = paragraph(messages.get("welcome.encryption.hint"));
            hint.getStyleClass().add("text-muted");
            form.addRow(3, caption("welcome.encryption"), new javafx.scene.layout.VBox(8, new HBox(8, passphrase, again), hint));
        }
        Button next = next();
        next.disableProperty().bind(model.busy().or(model.name().isEmpty()));
        name.setOnAction(e -> next.fire());
        return new Node[] {title("welcome.profile.title"), paragraph(messages.get("welcome.profile.intro")), form,
                problemLabel(), buttons(back(), next)};
    }

    private Node[] startPage() {
        HBox ways = new HBox(16, demoCard(), importCard(), hubCard());
        ways.getChildren().forEach(card -> HBox.setHgrow(card, Priority.ALWAYS));
        Hyperlink skip = new Hyperlink(messages.get("welcome.skip"));
        skip.setId("welcome-skip");
        skip.disableProperty().bind(model.busy().or(sync.running()));
        skip.setOnAction(e -> model.finish(Way.DASHBOARD));
        Button open = new Button(messages.get("welcome.open"), new FontIcon("mdal-arrow_forward"));
        open.setId("welcome-open");
        open.setDefaultButton(true);
        open.visibleProperty().bind(model.demoMade().isNotNull().or(model.hubRecords().isNotNull()));
        open.managedProperty().bind(open.visibleProperty());
        // Once a way has brought data, starting empty is no longer what the link says.
        skip.visibleProperty().bind(open.visibleProperty().not());
        open.setOnAction(e -> model.finish(Way.DASHBOARD));
        Button back = back();
        back.disableProperty().bind(model.busy().or(sync.running()));
        HBox buttons = buttons(back, open);
        buttons.getChildren().add(1, skip);
        return new Node[] {title("welcome.start.title"), ways, problemLabel(), buttons};
    }

    private VBox demoCard() {
        Button load = new Button(messages.get("welcome.demo.action"), new FontIcon("mdal-explore"));
        load.setId("welcome-demo");
        load.disableProperty().bind(model.busy().or(sync.running()).or(model.storeEmpty().not()));
        load.setOnAction(e -> model.loadDemoData());
        ProgressBar bar = new ProgressBar();
        bar.setId("welcome-demo-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.demoProgress());
        bar.visibleProperty().bind(model.busy());
        Label note = small("");
        note.setId("welcome-demo-note");
        note.textProperty().bind(Bindings.createStringBinding(() -> {
            var made = model.demoMade().get();
            if (made != null) {
                return messages.get("welcome.demo.done", made.sites(), made.assets(), made.faults());
            }
            return model.storeEmpty().get() ? "" : messages.get("welcome.demo.notEmpty");
        }, model.demoMade(), model.storeEmpty()));
        return card("mdal-explore", "welcome.demo.title", "welcome.demo.text", load, bar, note);
    }

    private VBox importCard() {
        Button choose = new Button(messages.get("welcome.import.action"), new FontIcon("mdal-file_upload"));
        choose.setId("welcome-import");
        choose.disableProperty().bind(model.busy().or(sync.running()));
        choose.setOnAction(e -> model.finish(Way.IMPORT));
        return card("mdal-file_upload", "welcome.import.title", "welcome.import.text", choose);
    }

    private VBox hubCard() {
        TextField url = new TextField();
        url.setId("welcome-hub-url");
        url.setPromptText("https://hub.example.com:8470");
        url.textProperty().bindBidirectional(sync.hubUrl());
        TextField user = new TextField();
        user.setId("welcome-hub-user");
        user.textProperty().bindBidirectional(sync.user());
        PasswordField password = new PasswordField();
        password.setId("welcome-hub-password");
        password.textProperty().bindBidirectional(sync.password());
        GridPane form = new GridPane(8, 6);
        form.addRow(0, new Label(messages.get("sync.hub")), url);
        form.addRow(1, new Label(messages.get("sync.user")), user);
        form.addRow(2, new Label(messages.get("sync.password")), password);
        GridPane.setHgrow(url, Priority.ALWAYS);
        Button connect = new Button(messages.get("welcome.hub.action"), new FontIcon("mdal-login"));
        connect.setId("welcome-connect");
        connect.disableProperty().bind(model.busy().or(sync.running()).or(sync.hubUrl().isEmpty())
                .or(sync.user().isEmpty()).or(sync.password().isEmpty()));
        connect.setOnAction(e -> sync.signIn());
        password.setOnAction(e -> connect.fire());
        ProgressBar bar = new ProgressBar();
        bar.setId("welcome-sync-progress");
        bar.progressProperty().bind(sync.progress());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(messages.get("sync.cancel"));
        cancel.setId("welcome-cancel");
        cancel.setOnAction(e -> sync.cancel());
        Label stage = small("");
        stage.textProperty().bind(sync.stage());
        HBox running = new HBox(8, bar, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        VBox progress = new VBox(4, running, stage);
        progress.visibleProperty().bind(sync.running());
        progress.managedProperty().bind(progress.visibleProperty());
        Label note = small("");
        note.setId("welcome-hub-note");
        note.textProperty().bind(Bindings.createStringBinding(() -> model.hubRecords().get() != null
                        ? messages.get("welcome.hub.done", model.hubRecords().get()) : sync.message().get(),
                model.hubRecords(), sync.message()));
        return card("mdal-cloud_queue", "welcome.hub.title", "welcome.hub.text", form, connect, progress, note);
    }

    private VBox card(String icon, String titleKey, String textKey, Node... content) {
        FontIcon graphic = new FontIcon(icon);
        graphic.setIconSize(28);
        Label heading = new Label(messages.get(titleKey), graphic);
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        VBox card = new VBox(12, heading, small(messages.get(textKey)));
        card.getChildren().addAll(content);
        card.getStyleClass().add("card-box");
        card.setPadding(new Insets(18));
        card.setPrefWidth(360);
        card.setMinWidth(300);
        return card;
    }

    private Label problemLabel() {
        Label problem = new Label();
        problem.setId("welcome-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem());
        problem.visibleProperty().bind(model.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    private Button next() {
        Button next = new Button(messages.get("welcome.next"), new FontIcon("mdal-arrow_forward"));
        next.setId("welcome-next");
        next.setDefaultButton(true);
        next.setOnAction(e -> model.next());
        return next;
    }

    private Button back() {
        Button back = new Button(messages.get("welcome.back"));
        back.setId("welcome-back");
        back.setOnAction(e -> model.back());
        return back;
    }

    private static HBox buttons(Button back, Button forward) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(12);
        if (back != null) {
            row.getChildren().add(back);
        }
        row.getChildren().addAll(spacer, forward);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(12, 0, 0, 0));
        return row;
    }

    private Label title(String key) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("title-1");
        return title;
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(760);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label small(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("text-small");
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private Label caption(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("text-bold");
        return label;
    }

    private static GridPane form() {
        GridPane form = new GridPane(16, 14);
        form.setPadding(new Insets(8, 0, 0, 0));
        return form;
    }
}
