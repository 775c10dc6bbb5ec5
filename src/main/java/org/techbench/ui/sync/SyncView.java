package org.techbench.ui.sync;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.sync.RefusedChange;
import org.techbench.domain.sync.SyncConflict;
import org.techbench.domain.sync.SyncMerge;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.Navigator;
import org.techbench.ui.common.Place;
import org.techbench.ui.common.Screen;

/**
 * The Sync screen: the hub and sign-in, where sync stands, and the conflicts, refused changes and
 * merged duplicates to review, each opening its record.
 */
public final class SyncView implements Screen {

    private final SyncViewModel model;
    private final Texts messages;
    private final DateTimeFormatter times;
    private final VBox root = new VBox(16);
    private final Navigator navigator;

    public SyncView(SyncViewModel model, Texts messages, Navigator navigator) {
        this.model = model;
        this.messages = messages;
        this.navigator = navigator;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(messages.locale());
        root.setId("sync");
        root.setPadding(new Insets(24));
        Label title = new Label(messages.get("sync.title"));
        title.getStyleClass().add("title-1");
        Label intro = new Label(messages.get("sync.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        TabPane lists = new TabPane(conflictsTab(), refusedTab(), mergesTab());
        lists.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(lists, Priority.ALWAYS);
        root.getChildren().addAll(title, intro, new HBox(24, hubCard(), statusCard()), clockWarning(), lists);
    }

    private Node hubCard() {
        TextField url = new TextField();
        url.setId("hub-url");
        url.setPromptText("https://hub.example.com:8470");
        url.setPrefColumnCount(26);
        url.textProperty().bindBidirectional(model.hubUrl());
        TextField user = new TextField();
        user.setId("hub-user");
        user.textProperty().bindBidirectional(model.user());
        PasswordField password = new PasswordField();
        password.setId("hub-password");
        password.textProperty().bindBidirectional(model.password());
        password.setOnAction(e -> model.signIn());
        Button signIn = new Button(messages.get("sync.signIn"), new FontIcon("mdal-login"));
        signIn.setId("sign-in");
        signIn.disableProperty().bind(model.running().or(model.hubUrl().isEmpty()).or(model.user().isEmpty())
                .or(model.password().isEmpty()));
        signIn.setOnAction(e -> model.signIn());
        Button signOut = new Button(messages.get("sync.signOut"));
        signOut.setId("sign-out");
        signOut.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.standing().get() != null && model.standing().get().refreshToken() != null, model.standing()));
        signOut.setOnAction(e -> model.signOut());
        GridPane form = new GridPane(12, 8);
        form.addRow(0, new Label(messages.get("sync.hub")), url);
        form.addRow(1, new Label(messages.get("sync.user")), user);
        form.addRow(2, new Label(messages.get("sync.password")), password);
        Button changePassword = new Button(messages.get("sync.changePassword"));
        changePassword.setId("change-password");
        changePassword.visibleProperty().bind(signOut.visibleProperty());
        changePassword.disableProperty().bind(model.running());
        changePassword.setOnAction(e -> askNewPassword());
        HBox buttons = new HBox(8, signIn, signOut, changePassword);
        form.add(buttons, 1, 3);
        Label hint = new Label(messages.get("sync.passwordHint"));
        hint.getStyleClass().add("text-small");
        hint.setWrapText(true);
        hint.setMaxWidth(400);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return card(messages.get("sync.hubCard"), form, hint);
    }

    /** Asks for the current password and the new one twice, then has the hub change it. */
    private void askNewPassword() {
        PasswordField current = new PasswordField();
        current.setId("current-password");
        PasswordField next = new PasswordField();
        next.setId("new-password");
        PasswordField again = new PasswordField();
        again.setId("repeat-password");
        GridPane form = new GridPane(12, 8);
        form.addRow(0, new Label(messages.get("sync.currentPassword")), current);
        form.addRow(1, new Label(messages.get("sync.newPassword")), next);
        form.addRow(2, new Label(messages.get("sync.repeatPassword")), again);
        Label mismatch = new Label(messages.get("sync.passwordsDiffer"));
        mismatch.getStyleClass().add("danger");
        mismatch.visibleProperty().bind(again.textProperty().isNotEmpty().and(again.textProperty().isNotEqualTo(next.textProperty())));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("sync.changePassword"));
        dialog.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        dialog.getDialogPane().setContent(new VBox(10, form, mismatch));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(current.textProperty().isEmpty()
                .or(next.textProperty().isEmpty()).or(again.textProperty().isNotEqualTo(next.textProperty())));
        dialog.getDialogPane().getStylesheets().addAll(root.getScene() == null ? List.of() : root.getScene().getStylesheets());
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok ->
                model.changePassword(current.getText(), next.getText(), messages.get("sync.passwordChanged")));
    }

    private Node statusCard() {
        Label state = new Label();
        state.setId("sync-state");
        state.getStyleClass().add("title-4");
        state.textProperty().bind(Bindings.createStringBinding(() -> stateText(), model.state(), model.standing()));
        Label pending = new Label();
        pending.setId("sync-pending");
        pending.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("sync.pending", model.pending().get()), model.pending()));
        Label message = new Label();
        message.setId("sync-message");
        message.setWrapText(true);
        message.setMaxWidth(420);
        message.getStyleClass().add("text-small");
        message.textProperty().bind(model.message());
        Button now = new Button(messages.get("sync.now"), new FontIcon("mdmz-sync"));
        now.setId("sync-now");
        now.setDefaultButton(false);
        now.disableProperty().bind(model.running().or(Bindings.createBooleanBinding(
                () -> model.standing().get() == null || model.standing().get().refreshToken() == null, model.standing())));
        now.setOnAction(e -> model.syncNow());
        ProgressBar bar = new ProgressBar();
        bar.setId("sync-progress");
        bar.progressProperty().bind(model.progress());
        bar.setPrefWidth(220);
        Label stage = new Label();
        stage.textProperty().bind(model.stage());
        stage.getStyleClass().add("text-small");
        Button cancel = new Button(messages.get("sync.cancel"));
        cancel.setOnAction(e -> model.cancel());
        HBox running = new HBox(8, bar, stage, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.running());
        running.managedProperty().bind(model.running());
        return card(messages.get("sync.statusCard"), state, pending, now, running, message);
    }

    private Node clockWarning() {
        FontIcon icon = new FontIcon("mdmz-schedule");
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            Long offset = model.clockOffset().get();
            return offset == null ? "" : messages.get(offset > 0 ? "sync.clockBehind" : "sync.clockAhead",
                    Math.abs(offset) / 60_000);
        }, model.clockOffset()));
        HBox warning = new HBox(10, icon, text);
        warning.setId("clock-warning");
        warning.getStyleClass().add("warning-banner");
        warning.setPadding(new Insets(10, 14, 10, 14));
        warning.setAlignment(Pos.CENTER_LEFT);
        warning.visibleProperty().bind(model.clockOffset().isNotNull());
        warning.managedProperty().bind(warning.visibleProperty());
        return warning;
    }

    private Tab conflictsTab() {
        TableView<SyncConflict> table = new TableView<>(model.conflicts());
        table.setId("conflicts");
        table.setPlaceholder(new Label(messages.get("sync.noConflicts")));
        table.getColumns().add(column(messages.get("sync.col.when"), c -> when(c.detectedAt()), 150));
        table.getColumns().add(column(messages.get("sync.col.record"), c -> record(c.table(), c.label()), 200));
        table.getColumns().add(column(messages.get("sync.col.field"), SyncConflict::field, 140));
        table.getColumns().add(column(messages.get("sync.col.yours"), c -> Objects.requireNonNullElse(c.lostValue(), ""), 200));
        table.getColumns().add(column(messages.get("sync.col.kept"), c -> Objects.requireNonNullElse(c.wonValue(), ""), 200));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        opensOnDoubleClick(table, c -> RecordPlaces.of(c.table(), c.rowId(), null, c.label()));
        Button restore = new Button(messages.get("sync.restore"), new FontIcon("mdmz-restore"));
        restore.setId("restore-conflict");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> model.restore(table.getSelectionModel().getSelectedItem()));
        Button dismiss = new Button(messages.get("sync.dismiss"));
        dismiss.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        dismiss.setOnAction(e -> model.dismiss(table.getSelectionModel().getSelectedItem()));
        Label hint = new Label(messages.get("sync.conflictsHint"));
        hint.getStyleClass().add("text-small");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return tab("sync.conflicts", table, new HBox(8, hint, spacer, dismiss, restore));
    }

    /** A tab titled with its list's size, the list above a row of hint and actions. */
    private <T> Tab tab(String titleKey, TableView<T> table, HBox actions) {
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, table, actions);
        box.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        Tab tab = new Tab();
        tab.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get(titleKey, table.getItems().size()), table.getItems()));
        tab.setContent(box);
        return tab;
    }

    private Tab refusedTab() {
        TableView<RefusedChange> table = new TableView<>(model.refused());
        table.setId("refused");
        table.setPlaceholder(new Label(messages.get("sync.noRefused")));
        table.getColumns().add(column(messages.get("sync.col.when"), r -> when(r.refusedAt()), 150));
        table.getColumns().add(column(messages.get("sync.col.record"), r -> record(r.table(), r.label()), 200));
        table.getColumns().add(column(messages.get("sync.col.changes"), SyncView::summary, 260));
        table.getColumns().add(column(messages.get("sync.col.reason"), RefusedChange::reason, 360));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        opensOnDoubleClick(table, r -> RecordPlaces.of(r.table(), r.rowId(), null, r.label()));
        Tab tab = new Tab();
        tab.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("sync.refused", model.refused().size()), model.refused()));
        VBox box = new VBox(8, table);
        box.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        tab.setContent(box);
        return tab;
    }

    private Tab mergesTab() {
        TableView<SyncMerge> table = new TableView<>(model.merges());
        table.setId("merges");
        table.setPlaceholder(new Label(messages.get("sync.noMerges")));
        table.getColumns().add(column(messages.get("sync.col.when"), m -> when(m.mergedAt()), 150));
        table.getColumns().add(column(messages.get("sync.col.record"), m -> record(m.table(), m.label()), 220));
        table.getColumns().add(column(messages.get("sync.col.key"), SyncMerge::key, 260));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        java.util.function.Function<SyncMerge, Optional<Place>> place =
                m -> RecordPlaces.of(m.table(), m.survivor(), m.assetId(), m.label());
        opensOnDoubleClick(table, place);
        Button open = new Button(messages.get("sync.open"), new FontIcon("mdmz-open_in_new"));
        open.setId("open-merged");
        open.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            SyncMerge chosen = table.getSelectionModel().getSelectedItem();
            return chosen == null || place.apply(chosen).isEmpty();
        }, table.getSelectionModel().selectedItemProperty()));
        open.setOnAction(e -> place.apply(table.getSelectionModel().getSelectedItem()).ifPresent(navigator::goTo));
        // The long hint wraps instead: at 1366 pixels it squeezed the button to "...".
        open.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label(messages.get("sync.mergesHint"));
        hint.getStyleClass().add("text-small");
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.ALWAYS);
        return tab("sync.merges", table, new HBox(8, hint, open));
    }

    /** A double click on a row opens its record, where a screen shows it. */
    private <T> void opensOnDoubleClick(TableView<T> table, java.util.function.Function<T, Optional<Place>> place) {
        org.techbench.ui.common.RowClicks.opensOnDoubleClick(table, place, navigator);
    }

    private String stateText() {
        var standing = model.standing().get();
        return switch (model.state().get()) {
            case NOT_CONNECTED -> messages.get("sync.state.NOT_CONNECTED");
            case SIGN_IN_NEEDED -> messages.get("sync.state.SIGN_IN_NEEDED");
            case SYNCING -> messages.get("sync.state.SYNCING");
            case OFFLINE -> messages.get("sync.state.OFFLINE");
            case FAILED -> messages.get("sync.state.FAILED");
            case SYNCED -> standing == null || standing.lastSyncAt() == null ? messages.get("sync.state.SIGN_IN_NEEDED")
                    : messages.get("sync.state.SYNCED", when(standing.lastSyncAt()));
        };
    }

    private String record(String table, String label) {
        String key = "table." + table;
        return (messages.has(key) ? messages.get(key) : table) + " " + label;
    }

    private static String summary(RefusedChange change) {
        Map<String, String> fields = change.fields();
        return fields.entrySet().stream().filter(e -> !e.getKey().equals("cl") && !e.getKey().equals("_base") && !e.getKey().equals("site_id")
                && !e.getKey().equals("id"))
                .limit(4).map(e -> e.getKey() + "=" + Objects.requireNonNullElse(e.getValue(), "")).collect(Collectors.joining(", "));
    }

    private String when(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(ZoneId.systemDefault()).format(times);
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        // Reasons and values can be longer than their column: the whole text shows on hover.
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static VBox card(String heading, Node... children) {
        Label title = new Label(heading);
        title.getStyleClass().add("title-4");
        VBox card = new VBox(10, title);
        card.getChildren().addAll(children);
        card.getStyleClass().add("card-box");
        card.setPadding(new Insets(16));
        card.setMinWidth(420);
        return card;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void activate() {
        model.refresh();
    }

    @Override
    public void deactivate() {
        // The lists stay as they are; the next visit reads them again.
    }
}
