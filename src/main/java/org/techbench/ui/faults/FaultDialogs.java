package org.techbench.ui.faults;

import java.util.List;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.fault.Urgency;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.ChoiceNames;
import org.techbench.service.fault.FaultReport;
import org.techbench.service.fault.ResolutionSummary;

/** The forms a fault's moves ask for: the report, the resolution summary, the close with its rating, a reason. */
final class FaultDialogs {

    /** Takes a filled report; calls {@code saved} when the store took it or {@code refused} with what to correct. */
    interface ReportSubmitter {
        void submit(FaultReport report, Runnable saved, Consumer<String> refused);
    }

    /** Takes the rating (null when not given), its comment and, without a rating, the reason. */
    interface CloseSubmitter {
        void submit(Integer rating, String comment, String reasonWithoutRating);
    }

    private final Texts messages;

    FaultDialogs(Texts messages) {
        this.messages = messages;
    }

    void report(Window owner, List<Site> sites, ReportSubmitter submit) {
        ComboBox<Site> site = new ComboBox<>();
        site.setId("report-site");
        site.getItems().setAll(sites);
        site.setConverter(ChoiceNames.by(s -> s.code() + " · " + s.name()));
        if (sites.size() == 1) {
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
        TextArea businessImpact = area("report-business-impact", 2);
        ComboBox<Impact> impact = choice("report-impact", Impact.values(), "impact.", Impact.MEDIUM);
        ComboBox<Urgency> urgency = choice("report-urgency", Urgency.values(), "urgency.", Urgency.MEDIUM);
        Label priority = new Label();
        priority.setId("report-priority");
        Runnable showPriority = () -> priority.setText(messages.get("faults.matrixPriority",
                Priority.of(impact.getValue(), urgency.getValue()).name()));
        impact.valueProperty().addListener((obs, old, value) -> showPriority.run());
        urgency.valueProperty().addListener((obs, old, value) -> showPriority.run());
        showPriority.run();
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, new Label(messages.get("faults.form.site")), site);
        form.addRow(row++, new Label(messages.get("faults.form.category")), category);
        form.addRow(row++, new Label(messages.get("faults.form.symptom")), symptom);
        form.addRow(row++, new Label(messages.get("faults.form.reporter")), reporter);
        form.addRow(row++, new Label(messages.get("faults.form.contact")), contact);
        form.addRow(row++, new Label(messages.get("faults.form.place")), place);
        form.addRow(row++, new Label(messages.get("faults.form.businessImpact")), businessImpact);
        form.addRow(row++, new Label(messages.get("faults.form.impact")), impact);
        form.addRow(row++, new Label(messages.get("faults.form.urgency")), urgency);
        form.addRow(row, new Label(messages.get("faults.form.priority")), priority);
        Label problem = problemLabel("report-problem");
        Dialog<ButtonType> dialog = dialog(owner, messages.get("faults.report"), new VBox(10, form, problem));
        dialog.getDialogPane().setId("fault-report");
        Button ok = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().getFirst());
        ok.setId("report-save");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (site.getValue() == null) {
                problem.setText(messages.get("faults.form.chooseSite"));
                return;
            }
            submit.submit(new FaultReport(site.getValue().id(), null, category.getValue(), symptom.getText(), null,
                    place.getText(), reporter.getText(), contact.getText(), businessImpact.getText(), impact.getValue(),
                    urgency.getValue(), null, null), dialog::close, problem::setText);
        });
        dialog.show();
        symptom.requestFocus();
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

    private <E extends Enum<E>> ComboBox<E> choice(String id, E[] values, String prefix, E initial) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(ChoiceNames.of(messages, prefix));
        box.setValue(initial);
        return box;
    }
}
