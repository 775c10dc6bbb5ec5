package org.techbench.ui.maintenance;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.maintenance.Answer;
import org.techbench.domain.maintenance.AnswerType;
import org.techbench.domain.maintenance.CheckOutcome;
import org.techbench.domain.maintenance.ChecklistItem;
import org.techbench.domain.maintenance.InspectionRecord;
import org.techbench.domain.maintenance.InspectionResult;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.FileFilter;

/**
 * One inspection: the checks grouped by component, answered from the keyboard (P pass, F fail,
 * N not applicable, type a reading and Enter) with each answer saved at once; then the customer's
 * name and signature. A finished inspection shows its full record.
 */
final class InspectionView {

    private final InspectionViewModel model;
    private final Texts messages;
    private final DialogService dialogs;
    private final Runnable back;
    private final VBox root = new VBox(12);
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final VBox checks = new VBox(6);
    private final VBox signOff = new VBox(8);
    private final Label message = new Label();
    private final Map<java.util.UUID, Node> rows = new LinkedHashMap<>();
    private final ScrollPane scroll = new ScrollPane();
    private final Map<java.util.UUID, Node> firstControls = new LinkedHashMap<>();
    /** The check whose first control takes the focus after the next drawing. */
    private java.util.UUID focusWanted;
    private final DateTimeFormatter times;

    InspectionView(InspectionViewModel model, Texts messages, DialogService dialogs, Runnable back) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.back = back;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        root.setId("inspection");
        root.setPadding(new Insets(20, 24, 16, 24));
        Button backButton = new Button(messages.get("inspection.back"), new FontIcon("mdal-arrow_back"));
        backButton.setId("inspection-back");
        backButton.getStyleClass().add("flat");
        backButton.setOnAction(e -> back.run());
        title.getStyleClass().add("title-2");
        title.setId("inspection-title");
        subtitle.getStyleClass().add("text-muted");
        message.setId("inspection-message");
        message.getStyleClass().add("text-success");
        scroll.setContent(new VBox(16, checks, signOff));
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(backButton, new VBox(2, title, subtitle), message, scroll);
        model.record().addListener((obs, old, record) -> show(record));
        model.problems().addListener((MapChangeListener<java.util.UUID, String>) change -> show(model.record().get()));
        model.message().addListener((obs, old, text) -> message.setText(text == null || text.isEmpty() ? ""
                : messages.get("inspection.done", text)));
    }

    Node node() {
        return root;
    }

    private void show(InspectionRecord record) {
        checks.getChildren().clear();
        signOff.getChildren().clear();
        rows.clear();
        firstControls.clear();
        if (record == null) {
            return;
        }
        Locale language = messages.locale();
        var inspection = record.inspection();
        title.setText(record.assetTag() + "  " + record.assetName());
        subtitle.setText(messages.get("inspection.subtitle", record.template().name().in(language), record.template().version(),
                times.format(inspection.startedAt()), record.technicianName()));
        Map<ComponentKind, List<ChecklistItem>> groups = new LinkedHashMap<>();
        record.template().items().forEach(item -> groups.computeIfAbsent(item.component(), k -> new ArrayList<>()).add(item));
        groups.forEach((component, items) -> {
            Label heading = new Label(messages.get("part." + component.name()));
            heading.getStyleClass().add("title-4");
            checks.getChildren().add(heading);
            items.forEach(item -> {
                Node row = row(record, item);
                rows.put(item.id(), row);
                checks.getChildren().add(row);
            });
        });
        if (inspection.finished()) {
            Label signed = new Label(messages.get("inspection.signed", times.format(inspection.finishedAt()),
                    inspection.signedBy() == null ? "" : inspection.signedBy(), inspection.customerName(),
                    messages.get("outcome." + inspection.outcome().name())));
            signed.setId("inspection-signed");
            signed.setWrapText(true);
            signOff.getChildren().add(signed);
        } else {
            signOff.getChildren().add(signOffForm());
        }
        // Rows are laid out on the next pulse; focusing (and scrolling to) the wanted one waits for it.
        javafx.application.Platform.runLater(this::focusWantedCheck);
    }

    private Node row(InspectionRecord record, ChecklistItem item) {
        Locale language = messages.locale();
        InspectionResult answer = record.answers().get(item.id());
        boolean open = !record.inspection().finished();
        Label check = new Label(item.check().in(language) + (item.required() ? "" : "  " + messages.get("inspection.optional")));
        check.getStyleClass().add("text-bold");
        check.setWrapText(true);
        String how = String.join(" · ", java.util.stream.Stream.of(item.method() == null ? null : item.method().in(language),
                item.tools() == null ? null : item.tools().in(language), range(item)).filter(s -> s != null && !s.isBlank()).toList());
        Label hint = new Label(how);
        hint.getStyleClass().addAll("text-small", "text-muted");
        hint.setWrapText(true);
        Label state = new Label(answer == null ? messages.get("inspection.unanswered") : describe(item, answer));
        state.getStyleClass().add(answer == null ? "text-muted" : "outcome-" + answer.outcome().name());
        state.setId("state-" + item.key());
        HBox controls = new HBox(6);
        controls.setAlignment(Pos.CENTER_LEFT);
        if (open) {
            controls.getChildren().addAll(answerControls(item, answer));
            if (item.photoWanted() || answer != null) {
                Button photo = new Button(messages.get("inspection.photo"), new FontIcon("mdal-add_a_photo"));
                photo.getStyleClass().add("flat");
                photo.setOnAction(e -> dialogs.chooseFileToOpen(messages.get("inspection.photo"),
                        List.of(new FileFilter(messages.get("inspection.photos"), "*.jpg", "*.jpeg", "*.png", "*.JPG", "*.PNG")))
                        .ifPresent(file -> model.attachPhoto(item, file)));
                controls.getChildren().add(photo);
            }
        }
        if (answer != null && answer.outcome() == CheckOutcome.FAIL) {
            java.util.UUID fault = record.faultsByResult().get(answer.id());
            Button raise = new Button(messages.get(fault == null ? "inspection.raiseFault" : "inspection.faultRaised"),
                    new FontIcon("mdal-error_outline"));
            raise.setId("raise-fault-" + item.key());
            raise.setDisable(fault != null);
            raise.setOnAction(e -> model.raiseFault(item));
            controls.getChildren().add(raise);
        }
        int photos = answer == null ? 0 : record.photosByResult().getOrDefault(answer.id(), List.of()).size();
        Label photoCount = new Label(photos == 0 ? "" : messages.get("inspection.photoCount", photos));
        photoCount.getStyleClass().add("text-muted");
        Label problem = new Label(model.problems().getOrDefault(item.id(), ""));
        problem.getStyleClass().add("text-danger");
        problem.setId("problem-" + item.key());
        problem.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox text = new VBox(2, check, hint, problem);
        HBox.setHgrow(text, Priority.ALWAYS);
        VBox right = new VBox(4, controls, new HBox(8, state, photoCount));
        right.setAlignment(Pos.CENTER_RIGHT);
        HBox row = new HBox(16, text, right);
        row.getStyleClass().add("check-row");
        row.setId("check-" + item.key());
        row.setPadding(new Insets(8, 10, 8, 10));
        return row;
    }

    private List<Node> answerControls(ChecklistItem item, InspectionResult answer) {
        List<Node> controls = new ArrayList<>();
        Button notApplicable = verdictButton(item, CheckOutcome.NOT_APPLICABLE, "inspection.notApplicable");
        switch (item.answerType()) {
            case PASS_FAIL -> {
                controls.add(verdictButton(item, CheckOutcome.PASS, "inspection.pass"));
                controls.add(verdictButton(item, CheckOutcome.FAIL, "inspection.fail"));
            }
            case READING, TEXT -> {
                TextField typed = new TextField(answer == null ? ""
                        : answer.reading() != null ? answer.reading().toPlainString() : answer.textValue() == null ? "" : answer.textValue());
                typed.setId("answer-" + item.key());
                typed.setPrefColumnCount(item.answerType() == AnswerType.READING ? 7 : 16);
                typed.setPromptText(item.unit() == null ? "" : item.unit());
                typed.setOnAction(e -> {
                    model.answer(item, item.answerType() == AnswerType.READING ? Answer.reading(typed.getText())
                            : Answer.text(typed.getText()));
                    focusNext(item);
                });
                controls.add(typed);
                if (item.unit() != null) {
                    controls.add(new Label(item.unit()));
                }
            }
            case CHOICE -> {
                ComboBox<String> choice = new ComboBox<>();
                choice.setId("answer-" + item.key());
                choice.getItems().setAll(item.choiceList());
                choice.setValue(answer == null ? null : answer.textValue());
                choice.setOnAction(e -> {
                    if (choice.getValue() != null && (answer == null || !choice.getValue().equals(answer.textValue()))) {
                        model.answer(item, Answer.choice(choice.getValue()));
                    }
                });
                controls.add(choice);
            }
            default -> throw new IllegalStateException(item.answerType().name());
        }
        controls.add(notApplicable);
        firstControls.put(item.id(), controls.getFirst());
        controls.forEach(control -> control.setOnKeyPressed(e -> {
            CheckOutcome verdict = e.getCode() == KeyCode.P && item.answerType() == AnswerType.PASS_FAIL ? CheckOutcome.PASS
                    : e.getCode() == KeyCode.F && item.answerType() == AnswerType.PASS_FAIL ? CheckOutcome.FAIL
                    : e.getCode() == KeyCode.N && !(control instanceof TextField) ? CheckOutcome.NOT_APPLICABLE : null;
            if (verdict != null) {
                model.answer(item, Answer.verdict(verdict));
                focusNext(item);
                e.consume();
            }
        }));
        return controls;
    }

    private Button verdictButton(ChecklistItem item, CheckOutcome verdict, String key) {
        Button button = new Button(messages.get(key));
        button.setId(verdict.name().toLowerCase(Locale.ROOT) + "-" + item.key());
        button.getStyleClass().add("verdict-" + verdict.name());
        button.setOnAction(e -> {
            model.answer(item, Answer.verdict(verdict));
            focusNext(item);
        });
        return button;
    }

    /**
     * Moves the focus to the next check's first control, as Enter does in a form. The saved answer
     * redraws the rows, so the check to focus is remembered and focused again in the new rows.
     */
    private void focusNext(ChecklistItem item) {
        List<java.util.UUID> ids = new ArrayList<>(rows.keySet());
        int at = ids.indexOf(item.id());
        if (at >= 0 && at + 1 < ids.size()) {
            focusWanted = ids.get(at + 1);
            focusWantedCheck();
        }
    }

    private void focusWantedCheck() {
        Node row = focusWanted == null ? null : rows.get(focusWanted);
        Node control = focusWanted == null ? null : firstControls.get(focusWanted);
        if (row != null && control != null) {
            control.requestFocus();
            reveal(row);
        }
    }

    /** Scrolls just enough that the row is in view. */
    private void reveal(Node row) {
        double content = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport) {
            return;
        }
        javafx.geometry.Bounds bounds = scroll.getContent().sceneToLocal(row.localToScene(row.getBoundsInLocal()));
        double top = scroll.getVvalue() * (content - viewport);
        if (bounds.getMinY() < top) {
            scroll.setVvalue(bounds.getMinY() / (content - viewport));
        } else if (bounds.getMaxY() > top + viewport) {
            scroll.setVvalue((bounds.getMaxY() - viewport) / (content - viewport));
        }
    }

    private String range(ChecklistItem item) {
        if (item.answerType() != AnswerType.READING || item.lowerLimit() == null && item.upperLimit() == null) {
            return null;
        }
        String unit = item.unit() == null ? "" : " " + item.unit();
        if (item.lowerLimit() == null) {
            return messages.get("inspection.atMost", item.upperLimit().toPlainString() + unit);
        }
        if (item.upperLimit() == null) {
            return messages.get("inspection.atLeast", item.lowerLimit().toPlainString() + unit);
        }
        return messages.get("inspection.between", item.lowerLimit().toPlainString(), item.upperLimit().toPlainString() + unit);
    }

    private String describe(ChecklistItem item, InspectionResult answer) {
        String value = answer.reading() != null ? answer.reading().toPlainString() + (item.unit() == null ? "" : " " + item.unit())
                : answer.textValue();
        String outcome = messages.get("outcome." + answer.outcome().name());
        String described = value == null ? outcome : outcome + " · " + value;
        if (answer.outcome() == CheckOutcome.FAIL && range(item) != null) {
            described += " (" + range(item) + ")";
        }
        return answer.note() == null ? described : described + " · " + answer.note();
    }

    private Node signOffForm() {
        Label heading = new Label(messages.get("inspection.signOff"));
        heading.getStyleClass().add("title-4");
        TextField customer = new TextField();
        customer.setId("customer-name");
        customer.setPromptText(messages.get("inspection.customer"));
        customer.textProperty().bindBidirectional(model.customerName());
        SignaturePad pad = new SignaturePad(420, 140);
        pad.setId("signature-pad");
        Button clear = new Button(messages.get("inspection.clearSignature"));
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> pad.clear());
        Button finish = new Button(messages.get("inspection.finish"), new FontIcon("mdal-done_all"));
        finish.setId("finish-inspection");
        finish.getStyleClass().add("accent");
        finish.setOnAction(e -> model.finish(pad.png(), () -> { }));
        Label problem = new Label();
        problem.setId("finish-problem");
        problem.getStyleClass().add("text-danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.finishProblem());
        Label hint = new Label(messages.get("inspection.signHere"));
        hint.getStyleClass().addAll("text-small", "text-muted");
        return new VBox(8, heading, customer, hint, pad, new HBox(8, finish, clear), problem);
    }
}
