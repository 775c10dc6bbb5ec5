package org.techbench.ui.faults;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.fault.Urgency;
import org.techbench.domain.fault.Waiting;
import org.techbench.domain.people.DispatchCandidate;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.ChoiceNames;
import org.techbench.service.fault.FaultReport;
import org.techbench.service.fault.ResolutionSummary;
import org.techbench.service.knowledge.SuggestionContext;
import org.techbench.ui.knowledge.SuggestionsModel;

/**
 * The forms a fault's moves ask for: the report, the resolution summary, the close with its rating,
 * the hold with whom it waits for, dispatch, and a reason.
 */
final class FaultDialogs {

    /** Takes a filled report; calls {@code saved} when the store took it or {@code refused} with what to correct. */
    interface ReportSubmitter {
        void submit(FaultReport report, Runnable saved, Consumer<String> refused);
    }

    /** Takes the rating (null when not given), its comment and, without a rating, the reason. */
    interface CloseSubmitter {
        void submit(Integer rating, String comment, String reasonWithoutRating);
    }

    /** How a technician types when a fault happened: the same in both languages, as the hint shows. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final Texts messages;

    FaultDialogs(Texts messages) {
        this.messages = messages;
    }

    /**
     * The report form; {@code asset} (may be null) is the asset it was started from, which fixes the
     * site. Priority follows the matrix unless overridden, and an override asks why.
     */
    void report(Window owner, List<Site> sites, Asset asset, SuggestionsModel suggestions, Node suggestionsPanel,
                ReportSubmitter submit) {
        ComboBox<Site> site = new ComboBox<>();
        site.setId("report-site");
        site.getItems().setAll(sites);
        site.setConverter(ChoiceNames.by(s -> s.code() + " · " + s.name()));
        if (asset != null) {
            sites.stream().filter(s -> s.id().equals(asset.siteId())).findFirst().ifPresent(site::setValue);
            site.setDisable(true);
        } else if (sites.size() == 1) {
            site.setValue(sites.getFirst());
        }
        ComboBox<FaultSubcategory> category = new ComboBox<>();
        category.setId("report-category");
        category.getItems().setAll(FaultSubcategory.values());
        category.setConverter(ChoiceNames.by(c -> messages.get("faultCategory." + c.category().name()) + " / "
                + messages.get("faultSubcategory." + c.name())));
        TextArea symptom = area("report-symptom", 3);
        TextField reporter = field("report-reporter");
        TextField contact = field("report-contact");
        TextField place = field("report-place");
        if (asset != null && asset.location() != null) {
            place.setText(asset.location());
        }
        TextArea businessImpact = area("report-business-impact", 2);
        TextField happened = field("report-happened");
        happened.setPromptText(messages.get("faults.form.happenedHint"));
        TextField users = field("report-users");
        users.setPrefColumnCount(6);
        ComboBox<Impact> impact = choice("report-impact", Impact.values(), "impact.", Impact.MEDIUM);
        ComboBox<Urgency> urgency = choice("report-urgency", Urgency.values(), "urgency.", Urgency.MEDIUM);
        Label matrix = new Label();
        matrix.setId("report-priority");
        ComboBox<Priority> override = new ComboBox<>();
        override.setId("report-override");
        override.getItems().add(null);
        override.getItems().addAll(Priority.values());
        override.setCellFactory(list -> new OverrideCell(false));
        override.setButtonCell(new OverrideCell(true));
        TextField reason = field("report-reason");
        reason.setPromptText(messages.get("faults.form.overrideReason"));
        Runnable showPriority = () -> {
            Priority given = Priority.of(impact.getValue(), urgency.getValue());
            matrix.setText(messages.get("faults.matrixPriority", given.name()));
            reason.setDisable(override.getValue() == null || override.getValue() == given);
        };
        impact.valueProperty().addListener((obs, old, value) -> showPriority.run());
        urgency.valueProperty().addListener((obs, old, value) -> showPriority.run());
        override.valueProperty().addListener((obs, old, value) -> showPriority.run());
        showPriority.run();
        // Known fixes follow the symptom as it is typed, and the fault class and asset as chosen.
        Runnable suggest = () -> suggestions.ask(new SuggestionContext(symptom.getText(),
                asset == null ? null : asset.id(), category.getValue(), null));
        symptom.textProperty().addListener((obs, old, text) -> suggest.run());
        category.valueProperty().addListener((obs, old, value) -> suggest.run());
        suggestions.clear();
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        javafx.scene.layout.ColumnConstraints captions = new javafx.scene.layout.ColumnConstraints();
        captions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.getColumnConstraints().add(captions);
        int row = 0;
        if (asset != null) {
            Label about = new Label(asset.tag() + " · " + asset.name());
            about.setId("report-asset");
            form.addRow(row++, new Label(messages.get("faults.form.asset")), about);
        }
        form.addRow(row++, new Label(messages.get("faults.form.site")), site);
        form.addRow(row++, new Label(messages.get("faults.form.category")), category);
        form.addRow(row++, new Label(messages.get("faults.form.symptom")), symptom);
        form.addRow(row++, new Label(messages.get("faults.form.happened")), happened);
        form.addRow(row++, new Label(messages.get("faults.form.reporter")), reporter);
        form.addRow(row++, new Label(messages.get("faults.form.contact")), contact);
        form.addRow(row++, new Label(messages.get("faults.form.place")), place);
        form.addRow(row++, new Label(messages.get("faults.form.businessImpact")), businessImpact);
        form.addRow(row++, new Label(messages.get("faults.form.usersAffected")), users);
        form.addRow(row++, new Label(messages.get("faults.form.impact")), impact);
        form.addRow(row++, new Label(messages.get("faults.form.urgency")), urgency);
        form.addRow(row++, new Label(messages.get("faults.form.priority")), new HBox(10, matrix, override));
        form.addRow(row, new Label(""), reason);
        Label problem = problemLabel("report-problem");
        VBox fields = new VBox(10, form, problem);
        fields.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Dialog<ButtonType> dialog = dialog(owner, messages.get("faults.report"), new HBox(16, fields, suggestionsPanel));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("fault-report");
        Button ok = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().getFirst());
        ok.setId("report-save");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (site.getValue() == null) {
                problem.setText(messages.get("faults.form.chooseSite"));
                site.requestFocus();
                return;
            }
            OffsetDateTime occurred;
            try {
                occurred = happened.getText().isBlank() ? null : LocalDateTime.parse(happened.getText().strip(), WHEN)
                        .atZone(ZoneId.systemDefault()).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                problem.setText(messages.get("faults.form.happenedUnreadable", happened.getText().strip()));
                happened.requestFocus();
                return;
            }
            Integer affected;
            try {
                affected = users.getText().isBlank() ? null : Integer.valueOf(users.getText().strip());
            } catch (NumberFormatException e) {
                problem.setText(messages.get("faults.form.usersNotANumber", users.getText().strip()));
                users.requestFocus();
                return;
            }
            submit.submit(new FaultReport(site.getValue().id(), asset == null ? null : asset.id(), category.getValue(),
                    symptom.getText(), occurred, place.getText(), reporter.getText(), contact.getText(),
                    businessImpact.getText(), impact.getValue(), urgency.getValue(), override.getValue(),
                    reason.getText(), affected), dialog::close, problem::setText);
        });
        dialog.show();
        (asset == null ? site : category).requestFocus();
    }

    /** Putting a fault on hold: whom it waits for, and what. */
    void hold(Window owner, BiConsumer<Waiting, String> submit) {
        ComboBox<Waiting> party = choice("hold-party", Waiting.values(), "faults.waiting.", Waiting.CUSTOMER);
        TextField what = field("hold-what");
        what.setPromptText(messages.get("faults.waiting.what"));
        VBox form = new VBox(6, new Label(messages.get("faults.waiting.for")), party, what);
        Dialog<ButtonType> dialog = dialog(owner, messages.get("faults.move.ON_HOLD"), form);
        dialog.setOnShown(e -> what.requestFocus());
        dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .ifPresent(b -> submit.accept(party.getValue(), what.getText()));
    }

    /** Dispatch: the technicians best first (skilled in the category, then fewest open faults), the first chosen. */
    void dispatch(Window owner, List<DispatchCandidate> candidates, Consumer<UUID> submit) {
        ListView<DispatchCandidate> list = new ListView<>();
        list.setId("dispatch-list");
        list.getItems().setAll(candidates);
        list.setPrefHeight(Math.min(320, 40 + 34 * candidates.size()));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(DispatchCandidate candidate, boolean empty) {
                super.updateItem(candidate, empty);
                setText(empty || candidate == null ? null : messages.get(candidate.skilled() ? "faults.dispatch.skilled"
                        : "faults.dispatch.unskilled", candidate.technician().name(), candidate.openFaults()));
            }
        });
        list.getSelectionModel().selectFirst();
        Label hint = new Label(messages.get("faults.dispatch.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        Dialog<ButtonType> dialog = dialog(owner, messages.get("faults.dispatch"), new VBox(8, hint, list));
        dialog.setOnShown(e -> list.requestFocus());
        dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> list.getSelectionModel().getSelectedItem()).ifPresent(c -> submit.accept(c.technician().id()));
    }

    void resolve(Window owner, Consumer<ResolutionSummary> submit) {
        TextArea cause = area("resolve-cause", 2);
        TextArea done = area("resolve-done", 2);
        TextArea lessons = area("resolve-lessons", 2);
        TextArea prevention = area("resolve-prevention", 2);
        VBox form = new VBox(6, new Label(messages.get("faults.rootCause")), cause, new Label(messages.get("faults.resolution")),
                done, new Label(messages.get("faults.lessons")), lessons, new Label(messages.get("faults.prevention")),
                prevention);
        Dialog<ButtonType> dialog = dialog(owner, messages.get("faults.move.RESOLVED"), form);
        dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).ifPresent(b ->
                submit.accept(new ResolutionSummary(cause.getText(), done.getText(), lessons.getText(), prevention.getText())));
    }

    void close(Window owner, CloseSubmitter submit) {
        ComboBox<Integer> rating = new ComboBox<>();
        rating.setId("close-rating");
        rating.getItems().setAll(5, 4, 3, 2, 1);
        rating.setPromptText(messages.get("faults.ratingPrompt"));
        TextField comment = field("close-comment");
        TextField reason = field("close-reason");
        reason.setPromptText(messages.get("faults.noRatingReason"));
        VBox form = new VBox(6, new Label(messages.get("faults.confirmClose")), rating, comment,
                new Label(messages.get("faults.orWithoutRating")), reason);
        Dialog<ButtonType> dialog = dialog(owner, messages.get("faults.move.CLOSED"), form);
        dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .ifPresent(b -> submit.submit(rating.getValue(), comment.getText(), reason.getText()));
    }

    void reason(Window owner, String title, Consumer<String> submit) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(messages.get("faults.why"));
        dialog.showAndWait().ifPresent(submit);
    }

    private Dialog<ButtonType> dialog(Window owner, String title, javafx.scene.Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType save = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).setId("dialog-save");
        dialog.getDialogPane().setContent(content);
        return dialog;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(28);
        return field;
    }

    private static TextArea area(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setPrefColumnCount(36);
        area.setWrapText(true);
        return area;
    }

    private static Label problemLabel(String id) {
        Label problem = new Label();
        problem.setId(id);
        problem.getStyleClass().add("text-danger");
        problem.setWrapText(true);
        return problem;
    }

    /** The matrix's priority ("As the matrix gives") or an override. */
    private final class OverrideCell extends ListCell<Priority> {
        private final boolean button;

        OverrideCell(boolean button) {
            this.button = button;
        }

        @Override
        protected void updateItem(Priority value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty && !button ? null : value == null ? messages.get("faults.form.asMatrix")
                    : messages.get("faults.form.override", value.name()));
        }
    }

    private <E extends Enum<E>> ComboBox<E> choice(String id, E[] values, String prefix, E initial) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(ChoiceNames.of(messages, prefix));
        box.setValue(initial);
        return box;
    }
}
