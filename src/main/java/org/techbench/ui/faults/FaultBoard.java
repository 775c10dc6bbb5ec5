package org.techbench.ui.faults;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.i18n.Texts;

/** The listed faults as a board: a column per status, a card per fault that opens it. */
final class FaultBoard {

    /** Cards drawn per column; a longer column says how many more the list holds. */
    private static final int CARDS_PER_COLUMN = 60;

    private final Texts messages;
    private final Consumer<UUID> open;
    private final HBox columns = new HBox(12);
    private final ScrollPane root = new ScrollPane(columns);

    FaultBoard(ObservableList<FaultRow> rows, Texts messages, Consumer<UUID> open) {
        this.messages = messages;
        this.open = open;
        root.setId("fault-board");
        root.setFitToHeight(true);
        columns.setPadding(new Insets(4));
        rows.addListener((ListChangeListener<FaultRow>) change -> draw(rows));
        draw(rows);
    }

    Node node() {
        return root;
    }

    private void draw(List<FaultRow> rows) {
        Map<FaultStatus, List<FaultRow>> byStatus = new EnumMap<>(FaultStatus.class);
        rows.forEach(row -> byStatus.computeIfAbsent(row.fault().status(), s -> new java.util.ArrayList<>()).add(row));
        columns.getChildren().clear();
        for (FaultStatus status : Arrays.stream(FaultStatus.values())
                .filter(s -> s.isOpen() || byStatus.containsKey(s)).toList()) {
            List<FaultRow> cards = byStatus.getOrDefault(status, List.of());
            Label heading = new Label(messages.get("faults.board.column", messages.get("status." + status.name()),
                    cards.size()));
            heading.getStyleClass().add("title-4");
            VBox column = new VBox(8, heading);
            column.setId("board-" + status.name());
            column.getStyleClass().add("board-column");
            column.setPrefWidth(230);
            column.setMinWidth(200);
            cards.stream().limit(CARDS_PER_COLUMN).forEach(row -> column.getChildren().add(card(row)));
            if (cards.size() > CARDS_PER_COLUMN) {
                Label more = new Label(messages.get("faults.board.more", cards.size() - CARDS_PER_COLUMN));
                more.getStyleClass().add("text-muted");
                column.getChildren().add(more);
            }
            VBox.setVgrow(column, Priority.ALWAYS);
            columns.getChildren().add(column);
        }
    }

    private Button card(FaultRow row) {
        var f = row.fault();
        String symptom = f.symptom().length() > 80 ? f.symptom().substring(0, 79) + "…" : f.symptom();
        Button card = new Button(f.number() + "  " + f.priority() + "\n" + symptom + "\n"
                + messages.get("sla." + row.sla().standing().name()));
        card.setId("board-card-" + f.number());
        card.getStyleClass().addAll("board-card", "sla-card-" + row.sla().standing().name());
        card.setWrapText(true);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setOnAction(e -> open.accept(f.id()));
        return card;
    }
}
