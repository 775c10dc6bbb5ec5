package org.techbench.ui.faults;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.techbench.ui.assets.AssetPlace;
import org.techbench.ui.common.Place;
import org.techbench.ui.procedures.ProceduresPlace;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.attachment.Attachment;
import org.techbench.domain.fault.DiagnosticTool;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.i18n.Texts;
import org.techbench.service.fault.FaultDetail;
import org.techbench.service.knowledge.SuggestionContext;
import org.techbench.ui.common.ChoiceNames;
import org.techbench.ui.knowledge.SuggestionsPanel;

/** One fault in detail: its facts and SLA, the moves and dispatch it allows, its tools and its journal. */
final class FaultDetailPane {

    private final FaultsViewModel model;
    private final Texts messages;
    private final FaultDialogs dialogs;
    private final Supplier<Window> window;
    /** Opens another screen's record: the fault's asset, its troubleshooting procedure. */
    private final java.util.function.Consumer<Place> open;
    private final VBox root = new VBox(10);
    private final DateTimeFormatter times;

    private final KnowledgeLinks knowledge;
    private final Node knownFixes;
    private String askedFor;

    FaultDetailPane(FaultsViewModel model, Texts messages, FaultDialogs dialogs, Supplier<Window> window,
                    java.util.function.Consumer<Place> open, KnowledgeLinks knowledge) {
        this.knowledge = knowledge;
        Node panel = new SuggestionsPanel(knowledge.forDetail(), messages, SuggestionsPanel.Mode.APPLY,
                knowledge.open(), result -> {
                    FaultDetail shown = model.detail().get();
                    if (shown != null) {
                        knowledge.forDetail().apply(shown.fault().id(), result, () -> { }, model.problem()::set);
                    }
                }).node();
        // Folded to one line so the journal stays in view; the report form is where they are read first.
        TitledPane folded = new TitledPane();
        folded.textProperty().bind(Bindings.createStringBinding(() -> messages.get("kb.suggestions.count",
                knowledge.forDetail().results().size()), knowledge.forDetail().results()));
        folded.setContent(panel);
        folded.setExpanded(false);
        folded.setId("fault-known-fixes");
        this.knownFixes = folded;
        this.open = open;
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.window = window;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        root.setId("fault-detail");
        root.setPadding(new Insets(4, 4, 4, 12));
        model.detail().addListener((obs, old, detail) -> show(detail));
        show(null);
    }

    Node node() {
        return root;
    }

    private void show(FaultDetail detail) {
        root.getChildren().clear();
        if (detail == null) {
            Label hint = new Label(messages.get("faults.pick"));
            hint.getStyleClass().add("text-muted");
            root.getChildren().add(hint);
            return;
        }
        Fault f = detail.fault();
        Label heading = new Label(f.number() + "  " + f.priority() + "  " + messages.get("status." + f.status().name()));
        heading.setId("fault-heading");
        heading.getStyleClass().add("title-3");
        Label symptom = new Label(f.symptom());
        symptom.setWrapText(true);
        symptom.getStyleClass().add("text-bold");
        String clocks = messages.get("faults.sla", messages.get("sla." + detail.sla().standing().name()),
                times.format(detail.sla().responseDue()), times.format(detail.sla().resolutionDue()));
        if (!detail.sla().paused().isZero()) {
            clocks += " " + messages.get("faults.sla.waited", detail.sla().waitedOnCustomer().toMinutes(),
                    detail.sla().waitedOnVendor().toMinutes());
        }
        Label sla = new Label(clocks);
        sla.setId("fault-sla");
        sla.setWrapText(true);
        sla.getStyleClass().add("sla-" + detail.sla().standing().name());
        root.getChildren().addAll(heading, symptom, sla, facts(detail), actions(f));
        if (f.status().isOpen()) {
            String question = f.id() + "\n" + f.symptom();
            if (!question.equals(askedFor)) {
                askedFor = question;
                knowledge.forDetail().ask(new SuggestionContext(f.symptom(), f.assetId(), f.subcategory(), f.id()));
            }
            root.getChildren().addAll(knownFixes, tools(detail));
        }
        root.getChildren().add(journal(detail));
    }

    private GridPane facts(FaultDetail detail) {
        Fault f = detail.fault();
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"faults.category", messages.get("faultCategory." + f.category().name()) + " / "
                + messages.get("faultSubcategory." + f.subcategory().name())});
        rows.add(new String[] {"faults.where", detail.siteCode() + (f.place() == null ? "" : " · " + f.place())});
        rows.add(new String[] {"faults.reporter", f.reporterName() + (f.reporterContact() == null ? "" : " · "
                + f.reporterContact())});
        rows.add(new String[] {"faults.occurred", times.format(f.occurredAt())});
        if (f.businessImpact() != null) {
            rows.add(new String[] {"faults.businessImpact", f.businessImpact()});
        }
        if (f.usersAffected() != null) {
            rows.add(new String[] {"faults.usersAffected", messages.number(f.usersAffected())});
        }
        rows.add(new String[] {"faults.assignee", detail.assigneeName() == null ? messages.get("faults.nobody")
                : detail.assigneeName()});
        if (f.rootCause() != null) {
            rows.add(new String[] {"faults.rootCause", f.rootCause()});
            rows.add(new String[] {"faults.resolution", f.resolution()});
            rows.add(new String[] {"faults.lessons", f.lessons()});
            rows.add(new String[] {"faults.prevention", f.prevention()});
        }
        if (f.satisfaction() != null || f.satisfactionComment() != null) {
            rows.add(new String[] {"faults.satisfaction", (f.satisfaction() == null ? "" : f.satisfaction() + "/5 ")
                    + (f.satisfactionComment() == null ? "" : f.satisfactionComment())});
        }
        for (int i = 0; i < rows.size(); i++) {
            Label caption = new Label(messages.get(rows.get(i)[0]));
            caption.getStyleClass().add("text-muted");
            Label text = new Label(rows.get(i)[1]);
            text.setWrapText(true);
            facts.addRow(i, caption, text);
        }
        if (detail.assetTag() != null) {
            Label caption = new Label(messages.get("faults.asset"));
            caption.getStyleClass().add("text-muted");
            // The asset opens with a click, like every record the screen names.
            Hyperlink asset = new Hyperlink(detail.assetTag());
            asset.setId("fault-asset");
            asset.setPadding(Insets.EMPTY);
            asset.setOnAction(e -> open.accept(new AssetPlace(f.assetId())));
            facts.addRow(rows.size(), caption, asset);
        }
        return facts;
    }

    /** A button per move the life cycle allows from here, and dispatch while the fault is open. */
    private Node actions(Fault f) {
        FlowPane buttons = new FlowPane(8, 8);
        if (f.status().isOpen()) {
            Button mine = new Button(messages.get("faults.assignToMe"), new FontIcon("mdmz-person_add"));
            mine.setId("fault-assign-me");
            mine.setOnAction(e -> model.assignToMe());
            Button dispatch = new Button(messages.get("faults.dispatch"), new FontIcon("mdmz-people"));
            dispatch.setId("fault-dispatch");
            dispatch.setOnAction(e -> model.candidates(candidates -> dialogs.dispatch(window.get(), candidates,
                    model::assign)));
            Button troubleshoot = new Button(messages.get("faults.troubleshoot"), new FontIcon("mdal-format_list_numbered"));
            troubleshoot.setId("fault-troubleshoot");
            troubleshoot.setOnAction(e -> open.accept(ProceduresPlace.troubleshoot(f.id())));
            buttons.getChildren().addAll(mine, dispatch, troubleshoot);
        }
        if (f.status() == FaultStatus.RESOLVED || f.status() == FaultStatus.CLOSED) {
            Button write = new Button(messages.get("kb.writeArticle"), new FontIcon("mdal-article"));
            write.setId("fault-write-article");
            write.setOnAction(e -> knowledge.writeArticle().accept(f.id()));
            buttons.getChildren().add(write);
        }
        for (FaultStatus target : f.status().next()) {
            if (target == FaultStatus.ASSIGNED) {
                continue;
            }
            Button move = new Button(messages.get("faults.move." + target.name()));
            move.setId("fault-move-" + target.name());
            move.setOnAction(e -> {
                switch (target) {
                    case RESOLVED -> dialogs.resolve(window.get(), summary -> model.resolve(summary, () -> { }));
                    case CLOSED -> dialogs.close(window.get(), (rating, comment, reason) ->
                            model.close(rating, comment, reason, () -> { }));
                    case ON_HOLD -> dialogs.hold(window.get(), model::hold);
                    case CANCELLED -> dialogs.reason(window.get(), messages.get("faults.move.CANCELLED"),
                            reason -> model.move(target, reason));
                    default -> model.move(target, null);
                }
            });
            if (target == FaultStatus.RESOLVED || target == FaultStatus.IN_PROGRESS && f.status() != FaultStatus.RESOLVED) {
                move.getStyleClass().add("accent");
            }
            buttons.getChildren().add(move);
        }
        return buttons;
    }

    /** Ping, traceroute, port and DNS toward the asset's address by default; the output goes into the journal. */
    private Node tools(FaultDetail detail) {
        Label heading = new Label(messages.get("faults.tools"));
        heading.getStyleClass().add("title-4");
        ComboBox<DiagnosticTool> tool = new ComboBox<>();
        tool.setId("tool-kind");
        tool.getItems().setAll(DiagnosticTool.values());
        tool.setConverter(ChoiceNames.of(messages, "faults.tool."));
        tool.setValue(DiagnosticTool.PING);
        TextField host = new TextField(detail.defaultHost() == null ? "" : detail.defaultHost());
        host.setId("tool-host");
        host.setPromptText(messages.get("faults.tool.host"));
        HBox.setHgrow(host, Priority.ALWAYS);
        TextField port = new TextField("443");
        port.setId("tool-port");
        port.setPrefColumnCount(5);
        port.visibleProperty().bind(tool.valueProperty().isEqualTo(DiagnosticTool.TCP_PORT));
        port.managedProperty().bind(port.visibleProperty());
        Button run = new Button(messages.get("faults.tool.run"), new FontIcon("mdmz-play_arrow"));
        run.setId("tool-run");
        run.setOnAction(e -> model.runTool(tool.getValue(), host.getText(), port.getText()));
        host.setOnAction(e -> run.fire());
        HBox row = new HBox(8, tool, host, port, run);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading, row);
    }

    private Node journal(FaultDetail detail) {
        Label heading = new Label(messages.get("faults.journal"));
        heading.getStyleClass().add("title-4");
        ListView<FaultEvent> entries = new ListView<>();
        entries.setId("fault-journal");
        entries.getItems().setAll(detail.journal().reversed());
        entries.setPrefHeight(300);
        entries.setCellFactory(view -> new JournalCell(detail));
        ComboBox<FaultEventKind> kind = new ComboBox<>();
        kind.setId("entry-kind");
        kind.getItems().setAll(FaultEventKind.INQUIRY, FaultEventKind.OBSERVATION, FaultEventKind.TEST,
                FaultEventKind.LOG_ANALYSIS, FaultEventKind.ACTION, FaultEventKind.NOTE);
        kind.setConverter(ChoiceNames.of(messages, "entry."));
        kind.setValue(FaultEventKind.OBSERVATION);
        TextField body = new TextField();
        body.setId("entry-body");
        body.setPromptText(messages.get("faults.entryHint"));
        HBox.setHgrow(body, Priority.ALWAYS);
        List<java.nio.file.Path> files = new ArrayList<>();
        Button attach = new Button(null, new FontIcon("mdal-attach_file"));
        attach.setId("entry-attach");
        attach.setTooltip(new javafx.scene.control.Tooltip(messages.get("faults.attach")));
        Label attached = new Label();
        attached.setId("entry-files");
        attached.getStyleClass().add("text-muted");
        attach.setOnAction(e -> model.chooseFiles(chosen -> {
            files.addAll(chosen);
            attached.setText(messages.get("faults.attach.count", files.size()));
        }));
        Button add = new Button(messages.get("faults.addEntry"));
        add.setId("entry-add");
        Runnable write = () -> model.addEntry(kind.getValue(), body.getText(), files, () -> {
            body.clear();
            files.clear();
            attached.setText("");
        });
        add.setOnAction(e -> write.run());
        body.setOnAction(e -> write.run());
        HBox writing = new HBox(8, kind, body);
        writing.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox adding = new HBox(8, attach, attached, spacer, add);
        adding.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading, writing, adding, entries);
    }

    /** A journal entry: when, what kind, by its words, and links to the files attached to it. */
    private final class JournalCell extends ListCell<FaultEvent> {
        private final FaultDetail detail;

        JournalCell(FaultDetail detail) {
            this.detail = detail;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(FaultEvent event, boolean empty) {
            super.updateItem(event, empty);
            setText(null);
            if (empty || event == null) {
                setGraphic(null);
                return;
            }
            Label text = new Label(times.format(event.happenedAt()) + "  " + messages.get("entry." + event.kind().name())
                    + "\n" + event.body());
            text.setWrapText(true);
            // A cell would otherwise cut a long entry (a tool's output) to two lines and an ellipsis.
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (event.kind() == FaultEventKind.TOOL_OUTPUT) {
                text.getStyleClass().add("tool-output");
            }
            VBox box = new VBox(2, text);
            List<Attachment> files = detail.attachments().getOrDefault(event.id(), List.of());
            if (!files.isEmpty()) {
                FlowPane links = new FlowPane(6, 2);
                for (Attachment file : files) {
                    Hyperlink link = new Hyperlink(file.fileName(), new FontIcon("mdal-attach_file"));
                    link.getStyleClass().add("entry-attachment");
                    link.setOnAction(e -> model.saveCopy(file));
                    links.getChildren().add(link);
                }
                box.getChildren().add(links);
            }
            setGraphic(box);
        }
    }
}
