package org.techbench.ui.knowledge;

import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.knowledge.MatchReason;
import org.techbench.i18n.Texts;
import org.techbench.service.knowledge.KnowledgeResult;

/**
 * The known fixes for a symptom: each result with why it was matched, a link that opens it, and
 * Apply, which either marks it to try once the fault is saved ({@link Mode#CHOOSE}) or writes it
 * into the fault's journal at once ({@link Mode#APPLY}).
 */
public final class SuggestionsPanel {

    /** What Apply does: mark for later (the report form) or apply now (an open fault). */
    public enum Mode {
        CHOOSE, APPLY
    }

    /** Wide enough for a title of two lines beside Apply in a panel of 380 pixels. */
    private static final double TEXT_WIDTH = 270;

    private final VBox root = new VBox(6);
    private final SuggestionsModel model;
    private final Texts messages;

    public SuggestionsPanel(SuggestionsModel model, Texts messages, Mode mode, Consumer<KnowledgeResult> open,
                            Consumer<KnowledgeResult> applyNow) {
        this.model = model;
        this.messages = messages;
        Label heading = new Label(messages.get("kb.suggestions"));
        heading.getStyleClass().add("text-bold");
        Label none = new Label(messages.get("kb.suggestions.none"));
        none.getStyleClass().add("text-muted");
        none.setWrapText(true);
        ListView<KnowledgeResult> list = new ListView<>(model.results());
        list.setId("kb-suggestions");
        list.setPlaceholder(none);
        list.setPrefHeight(300);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(KnowledgeResult item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : cell(item, mode, open, applyNow));
            }
        });
        model.chosen().addListener((SetChangeListener<KnowledgeResult>) change -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(heading, list);
        root.setMinWidth(380);
        root.setPrefWidth(380);
    }

    public Node node() {
        return root;
    }

    private Node cell(KnowledgeResult item, Mode mode, Consumer<KnowledgeResult> open, Consumer<KnowledgeResult> applyNow) {
        Hyperlink title = new Hyperlink(item.title());
        title.setId("kb-suggestion-" + item.id());
        title.setWrapText(true);
        title.setPrefWidth(TEXT_WIDTH);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setGraphic(new FontIcon(item.article() ? "mdal-article" : "mdal-history"));
        title.setOnAction(e -> open.accept(item));
        Label why = new Label(why(item, messages));
        why.getStyleClass().addAll("text-muted", "text-small");
        why.setWrapText(true);
        why.setPrefWidth(TEXT_WIDTH);
        why.setMinHeight(Region.USE_PREF_SIZE);
        Label fix = new Label(item.fix());
        fix.setWrapText(true);
        fix.setPrefWidth(TEXT_WIDTH);
        fix.setMinHeight(Region.USE_PREF_SIZE);
        fix.getStyleClass().add("text-small");
        Node action;
        if (mode == Mode.CHOOSE) {
            ToggleButton tryIt = new ToggleButton(messages.get("kb.apply"));
            tryIt.setSelected(model.chosen().contains(item));
            tryIt.setOnAction(e -> model.toggle(item));
            tryIt.getStyleClass().add("kb-apply");
            tryIt.setId("kb-apply-" + item.id());
            action = tryIt;
        } else {
            Button apply = new Button(messages.get("kb.apply"));
            apply.setOnAction(e -> applyNow.accept(item));
            apply.getStyleClass().add("kb-apply");
            apply.setId("kb-apply-" + item.id());
            action = apply;
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox text = new VBox(2, title, why, fix);
        HBox line = new HBox(6, text, gap, action);
        line.setAlignment(Pos.TOP_LEFT);
        return line;
    }

    /** Why a result was matched, in words: the query's words it holds and what else raised it. */
    static String why(KnowledgeResult item, Texts messages) {
        String words = item.matchedWords().isEmpty() ? "" : messages.get("kb.why.words", String.join(", ", item.matchedWords()));
        String reasons = item.reasons().stream().filter(r -> r != MatchReason.WORDS)
                .map(r -> r == MatchReason.HELPED ? messages.get("kb.why.HELPED", item.helped())
                        : messages.get("kb.why." + r.name()))
                .collect(Collectors.joining(" · "));
        return words.isEmpty() ? reasons : reasons.isEmpty() ? words : words + " · " + reasons;
    }
}
