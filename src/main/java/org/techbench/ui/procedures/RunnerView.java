package org.techbench.ui.procedures;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.procedure.ProcedureDefinition;
import org.techbench.domain.procedure.RunStatus;
import org.techbench.domain.procedure.StepDefinition;
import org.techbench.domain.procedure.StepKind;
import org.techbench.domain.procedure.StepOutcome;
import org.techbench.i18n.Texts;
import org.techbench.service.procedure.RecordedStep;
import org.techbench.service.procedure.RunRecord;
import org.techbench.service.procedure.RunState;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.FileFilter;

/**
 * The runner: one step at a time with the run's progress, the input its kind asks for, Back,
 * Forward and Pause, and beside it every step recorded so far with who and when. A finished run
 * shows its whole record and what it changed on the asset.
 */
final class RunnerView {

    private final RunnerViewModel model;
    private final Texts messages;
    private final DialogService dialogs;
    private final Consumer<UUID> openAsset;
    private final Consumer<UUID> openFault;
    private final Runnable pause;
    private final DateTimeFormatter times;
    private final VBox root = new VBox(12);
    private final VBox card = new VBox(10);
    private final ListView<RecordedStep> soFar = new ListView<>();
    private final Label title = new Label();
    private final HBox about = new HBox(8);
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final TextField note = new TextField();
    private final VBox history;
    /** What the keyboard's Enter does on the current step. */
    private Runnable primary = () -> { };

    RunnerView(RunnerViewModel model, Texts messages, DialogService dialogs, Consumer<UUID> openAsset,
               Consumer<UUID> openFault, Runnable pause) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.openAsset = openAsset;
        this.openFault = openFault;
        this.pause = pause;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        root.setId("run");
        root.setPadding(new Insets(4, 4, 4, 12));
        title.getStyleClass().add("title-2");
        title.setId("run-title");
        title.setWrapText(true);
        about.setAlignment(Pos.CENTER_LEFT);
        progress.setId("run-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progressText.getStyleClass().add("text-muted");
        progressText.setId("run-progress-text");
        HBox progressLine = new HBox(10, progress, progressText);
        progressLine.setAlignment(Pos.CENTER_LEFT);
        card.setId("run-step");
        card.getStyleClass().add("run-card");
        card.setPadding(new Insets(16));
        note.setId("run-note");
        note.setPromptText(messages.get("procedures.note"));
        soFar.setId("run-so-far");
        soFar.setPlaceholder(new Label(messages.get("procedures.nothingYet")));
        soFar.setCellFactory(list -> new RecordedCell());
        soFar.setOnMouseClicked(e -> openPhoto(soFar.getSelectionModel().getSelectedItem()));
        soFar.setPrefWidth(360);
        soFar.setMinWidth(260);
        Label soFarTitle = new Label(messages.get("procedures.soFar"));
        soFarTitle.getStyleClass().add("text-bold");
        history = new VBox(6, soFarTitle, soFar);
        VBox.setVgrow(soFar, Priority.ALWAYS);
        ScrollPane cardScroll = new ScrollPane(card);
        cardScroll.setFitToWidth(true);
        HBox.setHgrow(cardScroll, Priority.ALWAYS);
        HBox body = new HBox(12, cardScroll, history);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(title, about, progressLine, body);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        // The state and the record arrive together, the record last: drawing on it draws once per answer.
        model.record().addListener((obs, old, record) -> show());
        model.problem().addListener((obs, old, text) -> show());
        model.toolOutput().addListener((obs, old, text) -> show());
        model.busy().addListener((obs, old, busy) -> card.setDisable(busy));
    }

    Node node() {
        return root;
    }

    void focus() {
        card.lookupAll(".run-primary").stream().findFirst().ifPresent(Node::requestFocus);
    }

    private void show() {
        RunRecord record = model.record().get();
        if (record == null) {
            return;
        }
        RunState state = model.state().get();
        title.setText(record.listing().title().in(messages.locale()));
        about.getChildren().setAll(aboutLinks(record));
        soFar.getItems().setAll(record.steps());
        soFar.scrollTo(Math.max(0, soFar.getItems().size() - 1));
        card.getChildren().clear();
        boolean done = state == null || state.run().status() != RunStatus.IN_PROGRESS || state.walk().finished();
        history.setVisible(!done);
        history.setManaged(!done);
        if (done) {
            progress.setProgress(1);
            progressText.setText(messages.get("procedures.finishedOn",
                    record.listing().run().finishedAt() == null ? "" : times.format(record.listing().run().finishedAt())));
            finished(record);
            return;
        }
        ProcedureDefinition definition = state.walk().definition();
        StepDefinition step = state.walk().current().orElseThrow();
        int answered = state.walk().answered();
        progress.setProgress(Math.min(0.95, answered / (double) definition.steps().size()));
        progressText.setText(messages.get("procedures.progress", answered + 1, definition.steps().size()));
        Label kind = new Label(messages.get("procedures.kind." + step.kind().name()));
        kind.getStyleClass().addAll("text-muted", "text-small");
        kind.setId("run-step-kind");
        Label text = new Label(step.text().in(messages.locale()));
        text.getStyleClass().add("title-3");
        text.setWrapText(true);
        text.setId("run-step-text");
        card.getChildren().addAll(kind, text);
        if (step.requires() != null) {
            boolean met = state.walk().path().stream().anyMatch(a -> a.stepId().equals(step.requires())
                    && !a.value().equals("fail") && !a.value().isEmpty());
            Label needs = new Label(messages.get(met ? "procedures.needsMet" : "procedures.needs",
                    definition.step(step.requires()).map(s -> s.text().in(messages.locale())).orElse(step.requires())),
                    new FontIcon(met ? "mdal-check_circle" : "mdal-block"));
            needs.getStyleClass().add(met ? "text-success" : "text-danger");
            needs.setWrapText(true);
            needs.setId("run-needs");
            card.getChildren().add(needs);
        }
        card.getChildren().add(input(step, record));
        note.clear();
        if (step.kind() != StepKind.INSTRUCTION) {
            card.getChildren().add(note);
        }
        Label problem = new Label(model.problem().get());
        problem.setId("run-problem");
        problem.getStyleClass().add("text-danger");
        problem.setWrapText(true);
        problem.setManaged(!model.problem().get().isEmpty());
        card.getChildren().add(problem);
        card.getChildren().add(navigation(state));
        javafx.application.Platform.runLater(this::focus);
    }

    private List<Node> aboutLinks(RunRecord record) {
        List<Node> links = new java.util.ArrayList<>();
        if (record.listing().assetTag() != null) {
            Hyperlink asset = new Hyperlink(messages.get("procedures.forAsset", record.listing().assetTag()));
            asset.setId("run-asset");
            asset.setOnAction(e -> openAsset.accept(record.assetId()));
            links.add(asset);
        }
        if (record.listing().faultNumber() != null) {
            Hyperlink fault = new Hyperlink(messages.get("procedures.forFault", record.listing().faultNumber()));
            fault.setId("run-fault");
            fault.setOnAction(e -> openFault.accept(record.faultId()));
            links.add(fault);
        }
        Label who = new Label(messages.get("procedures.startedBy", record.listing().technician(),
                times.format(record.listing().run().startedAt())));
        who.getStyleClass().add("text-muted");
        links.add(who);
        return links;
    }

    /** The input a step's kind asks for, with its primary action on Enter. */
    private Node input(StepDefinition step, RunRecord record) {
        return switch (step.kind()) {
            case INSTRUCTION -> actions(button("run-done", "procedures.done", "mdal-check", () -> model.answer("", null), true));
            case CONFIRMATION -> actions(button("run-confirm", "procedures.confirm", "mdal-check",
                    () -> model.answer("yes", note.getText()), true));
            case CHECK -> actions(button("run-pass", "procedures.pass", "mdal-check_circle",
                            () -> model.answer("pass", note.getText()), true),
                    button("run-fail", "procedures.fail", "mdal-cancel", () -> model.answer("fail", note.getText()), false));
            case CHOICE -> {
                FlowPane choices = new FlowPane(8, 8);
                for (int i = 0; i < step.choices().size(); i++) {
                    var choice = step.choices().get(i);
                    Button button = button("run-choice-" + choice.value(), null, null,
                            () -> model.answer(choice.value(), note.getText()), i == 0);
                    button.setText((i < 9 ? (i + 1) + "  " : "") + choice.text().in(messages.locale()));
                    choices.getChildren().add(button);
                }
                yield choices;
            }
            case READING -> {
                TextField reading = answerField(step);
                Label unit = new Label(range(step));
                unit.getStyleClass().add("text-muted");
                Button next = button("run-next", "procedures.next", "mdal-arrow_forward",
                        () -> model.answer(reading.getText(), note.getText()), true);
                reading.setOnAction(e -> next.fire());
                HBox line = new HBox(10, reading, unit, next);
                line.setAlignment(Pos.CENTER_LEFT);
                yield line;
            }
            case TEXT, SIGN_OFF -> {
                TextField answer = answerField(step);
                answer.setPrefColumnCount(30);
                Button next = button("run-next", step.kind() == StepKind.SIGN_OFF ? "procedures.signOff" : "procedures.next",
                        step.kind() == StepKind.SIGN_OFF ? "mdal-create" : "mdal-arrow_forward",
                        () -> model.answer(answer.getText(), note.getText()), true);
                answer.setOnAction(e -> next.fire());
                HBox line = new HBox(10, answer, next);
                line.setAlignment(Pos.CENTER_LEFT);
                HBox.setHgrow(answer, Priority.ALWAYS);
                yield line;
            }
            case TOOL -> tool(step, record);
            case ATTACHMENT -> {
                Button photo = button("run-photo", "procedures.photo", "mdal-add_a_photo", () -> dialogs.chooseFileToOpen(
                        messages.get("procedures.photo"), List.of(new FileFilter(messages.get("procedures.photos"),
                                List.of("*.jpg", "*.jpeg", "*.png"))))
                        .ifPresent(file -> model.attach(file, note.getText())), true);
                Button skip = button("run-skip", "procedures.skip", "mdmz-skip_next", () -> model.answer("", note.getText()), false);
                skip.setVisible(!step.required());
                skip.setManaged(!step.required());
                yield actions(photo, skip);
            }
        };
    }

    private Node tool(StepDefinition step, RunRecord record) {
        TextField host = new TextField(record.assetAddress() == null ? "" : record.assetAddress());
        host.setId("run-tool-host");
        host.setPromptText(messages.get("procedures.tool.host"));
        TextField port = new TextField();
        port.setId("run-tool-port");
        port.setPromptText(messages.get("procedures.tool.port"));
        port.setPrefColumnCount(6);
        boolean needsPort = "tcp-port".equals(step.tool());
        port.setVisible(needsPort);
        port.setManaged(needsPort);
        Button run = button("run-tool", null, "mdmz-play_arrow", () -> model.runTool(host.getText(), port.getText()),
                model.toolOutput().get().isEmpty());
        run.setText(messages.get("procedures.tool.run", step.tool()));
        HBox line = new HBox(10, host, port, run);
        line.setAlignment(Pos.CENTER_LEFT);
        TextArea output = new TextArea(model.toolOutput().get());
        output.setId("run-tool-output");
        output.setEditable(false);
        output.setPrefRowCount(8);
        output.getStyleClass().add("monospace");
        output.setVisible(!model.toolOutput().get().isEmpty());
        output.setManaged(!model.toolOutput().get().isEmpty());
        Button keep = button("run-next", "procedures.keepOutput", "mdal-arrow_forward",
                () -> model.answer(model.toolOutput().get(), note.getText()), !model.toolOutput().get().isEmpty());
        keep.setDisable(model.toolOutput().get().isEmpty() && step.required());
        return new VBox(8, line, output, actions(keep));
    }

    private TextField answerField(StepDefinition step) {
        TextField field = new TextField();
        field.setId("run-answer");
        field.setPromptText(messages.get(step.kind() == StepKind.SIGN_OFF ? "procedures.yourName"
                : step.kind() == StepKind.READING ? "procedures.reading" : "procedures.answer"));
        field.getStyleClass().add("run-primary");
        return field;
    }

    private String range(StepDefinition step) {
        String unit = step.unit() == null ? "" : step.unit();
        if (step.min() == null && step.max() == null) {
            return unit;
        }
        return messages.get("procedures.range", step.min() == null ? "" : trim(step.min()),
                step.max() == null ? "" : trim(step.max()), unit);
    }

    private static String trim(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }

    private Node navigation(RunState state) {
        Button back = button("run-back", "procedures.back", "mdal-arrow_back", model::back, false);
        back.setDisable(state.walk().path().isEmpty());
        Button forward = button("run-forward", "procedures.forward", "mdal-arrow_forward", model::forward, false);
        forward.disableProperty().bind(model.canForward().not());
        Button pauseButton = button("run-pause", "procedures.pause", "mdmz-pause", pause, false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(8, back, forward, spacer, pauseButton);
        line.setPadding(new Insets(12, 0, 0, 0));
        return line;
    }

    private void finished(RunRecord record) {
        Label done = new Label(messages.get("procedures.completed"), new FontIcon("mdal-check_circle"));
        done.getStyleClass().addAll("title-3", "text-success");
        done.setId("run-completed");
        card.getChildren().add(done);
        if (record.effect() != null) {
            Label effect = new Label(org.techbench.service.procedure.EffectWords.of(record.effect(), messages));
            effect.setId("run-effect");
            effect.setWrapText(true);
            card.getChildren().add(effect);
            if (record.assetId() != null) {
                Hyperlink asset = new Hyperlink(messages.get("procedures.seeAsset"));
                asset.setId("run-effect-asset");
                asset.setOnAction(e -> openAsset.accept(record.assetId()));
                card.getChildren().add(asset);
            }
        }
        if (!model.problem().get().isEmpty()) {
            Label problem = new Label(model.problem().get());
            problem.getStyleClass().add("text-danger");
            problem.setWrapText(true);
            card.getChildren().add(problem);
        }
        card.getChildren().add(recordTable(record));
        Button close = button("run-close", "procedures.close", "mdal-close", pause, true);
        card.getChildren().add(actions(close));
    }

    /** The whole record of a finished run: every step with what was answered, by whom and when. */
    private Node recordTable(RunRecord record) {
        javafx.scene.control.TableView<RecordedStep> table = new javafx.scene.control.TableView<>();
        table.setId("run-record");
        table.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(
                org.techbench.ui.common.Columns.text("#", 40, s -> Integer.toString(s.number())),
                org.techbench.ui.common.Columns.text(messages.get("procedures.record.step"), 300,
                        s -> s.question() == null ? "" : s.question()),
                org.techbench.ui.common.Columns.text(messages.get("procedures.record.answer"), 220, this::said),
                org.techbench.ui.common.Columns.text(messages.get("procedures.record.who"), 120, RecordedStep::technician),
                org.techbench.ui.common.Columns.text(messages.get("procedures.record.when"), 130,
                        s -> times.format(s.recordedAt())));
        table.getItems().setAll(record.steps());
        table.setPrefHeight(Math.min(460, 46 + 42 * Math.max(3, record.steps().size())));
        return table;
    }

    private String said(RecordedStep step) {
        String photo = step.files().isEmpty() ? "" : " · " + step.files().getFirst().fileName();
        return org.techbench.service.procedure.AnswerWords.of(step, messages)
                + (step.note() == null ? "" : " · " + step.note()) + photo;
    }

    private Button button(String id, String key, String icon, Runnable action, boolean isPrimary) {
        Button button = new Button(key == null ? "" : messages.get(key));
        if (icon != null) {
            button.setGraphic(new FontIcon(icon));
        }
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (isPrimary) {
            button.getStyleClass().addAll("accent", "run-primary");
            primary = button::fire;
        }
        return button;
    }

    private static HBox actions(Node... buttons) {
        HBox line = new HBox(8, buttons);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** P and F answer a check, 1–9 a choice, Page Up and Page Down go back and forward; Enter is the step's main action. */
    private void keys(KeyEvent event) {
        boolean typing = event.getTarget() instanceof TextInputControl;
        if (event.getCode() == KeyCode.PAGE_UP) {
            model.back();
            event.consume();
        } else if (event.getCode() == KeyCode.PAGE_DOWN) {
            model.forward();
            event.consume();
        } else if (!typing && (event.getCode() == KeyCode.P || event.getCode() == KeyCode.F)) {
            card.lookupAll(event.getCode() == KeyCode.P ? "#run-pass" : "#run-fail").stream().findFirst()
                    .ifPresent(node -> {
                        ((Button) node).fire();
                        event.consume();
                    });
        } else if (!typing && event.getCode().isDigitKey() && !event.getText().isEmpty()) {
            int index = event.getText().charAt(0) - '1';
            List<Node> choices = card.lookupAll(".button").stream().filter(n -> n.getId() != null
                    && n.getId().startsWith("run-choice-")).toList();
            if (index >= 0 && index < choices.size()) {
                ((Button) choices.get(index)).fire();
                event.consume();
            }
        } else if (!typing && event.getCode() == KeyCode.ENTER && !(event.getTarget() instanceof Button)) {
            primary.run();
            event.consume();
        }
    }

    private void openPhoto(RecordedStep step) {
        if (step != null && !step.files().isEmpty()) {
            dialogs.toast(messages.get("procedures.photoKept", step.files().getFirst().fileName()));
        }
    }

    /** A recorded step: the question, the answer (or "went back"), and who and when. */
    private final class RecordedCell extends ListCell<RecordedStep> {
        @Override
        protected void updateItem(RecordedStep step, boolean empty) {
            super.updateItem(step, empty);
            if (empty || step == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label question = new Label(step.number() + ". " + (step.question() == null ? "" : step.question()));
            question.setWrapText(true);
            question.setMaxWidth(320);
            Label answer = new Label(said(step));
            answer.setWrapText(true);
            answer.setMaxWidth(320);
            answer.getStyleClass().add(step.outcome() == StepOutcome.FAILED ? "text-danger" : "text-bold");
            Label who = new Label(step.technician() + " · " + times.format(step.recordedAt()));
            who.getStyleClass().add("text-muted");
            setGraphic(new VBox(2, question, answer, who));
            setText(null);
            setPrefWidth(0);
        }
    }

}
