package org.techbench.ui.knowledge;

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
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.knowledge.Article;
import org.techbench.i18n.Texts;
import org.techbench.service.knowledge.ArticleDetail;
import org.techbench.service.knowledge.KnowledgeResult;
import org.techbench.store.KnowledgeDocument;
import org.techbench.ui.common.ChoiceNames;

/** The Knowledge screen: search and filters on the left, the open article on the right. */
final class KnowledgeView {

    private final KnowledgeViewModel model;
    private final Texts messages;
    private final ArticleDialog editor;
    private final Consumer<KnowledgeResult> open;
    private final Consumer<UUID> openFault;
    private final VBox root = new VBox(12);
    private final VBox article = new VBox(8);
    private final TextField search = new TextField();
    private final DateTimeFormatter times;

    KnowledgeView(KnowledgeViewModel model, Texts messages, ArticleDialog editor, Consumer<KnowledgeResult> open,
                  Consumer<UUID> openFault) {
        this.model = model;
        this.messages = messages;
        this.editor = editor;
        this.open = open;
        this.openFault = openFault;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        root.setId("knowledge");
        root.setPadding(new Insets(20, 24, 16, 24));
        Label title = new Label(messages.get("kb.title"));
        title.getStyleClass().add("title-1");
        Button add = new Button(messages.get("kb.new"), new FontIcon("mdal-add"));
        add.setId("kb-new");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> editor.edit(window(), ArticleDialog.blank(messages.locale().getLanguage().equals("zh")
                ? "zh" : "en"), model::save));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(10, title, spacer, add);
        heading.setAlignment(Pos.CENTER_LEFT);

        search.setId("kb-search");
        search.setPromptText(messages.get("kb.searchHint"));
        search.textProperty().bindBidirectional(model.query());
        Label notice = new Label();
        notice.setId("kb-notice");
        notice.getStyleClass().add("text-muted");
        notice.textProperty().bind(model.notice());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        Label problem = new Label();
        problem.setId("kb-problem");
        problem.getStyleClass().add("text-danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        ListView<KnowledgeResult> results = new ListView<>(model.results());
        results.setId("kb-results");
        results.setPlaceholder(new Label(messages.get("kb.noResults")));
        results.setCellFactory(view -> new ResultCell());
        results.setOnMouseClicked(e -> openSelected(results));
        results.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openSelected(results);
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);
        VBox left = new VBox(8, search, filters(), notice, problem, results);
        left.setMinWidth(320);

        article.setId("kb-article");
        article.setPadding(new Insets(4, 4, 4, 12));
        ScrollPane articleScroll = new ScrollPane(article);
        articleScroll.setFitToWidth(true);
        model.detail().addListener((obs, old, detail) -> show(detail));
        show(null);
        SplitPane split = new SplitPane(left, articleScroll);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(heading, split);
    }

    Node node() {
        return root;
    }

    private void openSelected(ListView<KnowledgeResult> results) {
        KnowledgeResult chosen = results.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            open.accept(chosen);
        }
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    void edit(Article draft) {
        editor.edit(window(), draft, model::save);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private FlowPane filters() {
        ComboBox<KnowledgeDocument.Kind> kind = new ComboBox<>();
        kind.setId("kb-kind");
        kind.getItems().add(null);
        kind.getItems().addAll(KnowledgeDocument.Kind.values());
        kind.setConverter(ChoiceNames.by(k -> messages.get("kb.kind." + k.name())));
        kind.setPromptText(messages.get("kb.kind.all"));
        kind.valueProperty().bindBidirectional(model.kind());
        ComboBox<FaultCategory> category = new ComboBox<>();
        category.setId("kb-category");
        category.getItems().add(null);
        category.getItems().addAll(FaultCategory.values());
        category.setConverter(ChoiceNames.by(c -> messages.get("faultCategory." + c.name())));
        category.setPromptText(messages.get("kb.category.all"));
        category.valueProperty().bindBidirectional(model.category());
        ComboBox<String> language = new ComboBox<>();
        language.setId("kb-language");
        language.getItems().addAll(null, "en", "zh");
        language.setConverter(ChoiceNames.by(code -> messages.get("kb.language." + code)));
        language.setPromptText(messages.get("kb.language.all"));
        language.valueProperty().bindBidirectional(model.language());
        TextField modelField = new TextField();
        modelField.setId("kb-model");
        modelField.setPromptText(messages.get("kb.modelHint"));
        modelField.setPrefColumnCount(12);
        modelField.textProperty().bindBidirectional(model.model());
        CheckBox reviewed = new CheckBox(messages.get("kb.reviewedOnly"));
        reviewed.setId("kb-reviewed");
        reviewed.selectedProperty().bindBidirectional(model.reviewedOnly());
        FlowPane filters = new FlowPane(8, 6, kind, category, language, modelField, reviewed);
        filters.setAlignment(Pos.CENTER_LEFT);
        return filters;
    }

    private void show(ArticleDetail detail) {
        article.getChildren().clear();
        if (detail == null) {
            Label hint = new Label(messages.get("kb.pick"));
            hint.getStyleClass().add("text-muted");
            article.getChildren().add(hint);
            return;
        }
        Article a = detail.article();
        Label heading = new Label(a.title());
        heading.setId("kb-article-title");
        heading.getStyleClass().add("title-3");
        heading.setWrapText(true);
        String state = a.reviewed() ? messages.get("kb.reviewedBy", a.reviewedBy()) : messages.get("kb.notReviewed");
        Label meta = new Label(messages.get("kb.meta", messages.get("faultCategory." + a.category().name()),
                a.subcategory() == null ? "" : messages.get("faultSubcategory." + a.subcategory().name()),
                messages.get("kb.language." + a.language()), a.version(),
                a.author() == null || a.author().isBlank() ? "-" : a.author(), state));
        meta.getStyleClass().add("text-muted");
        meta.setWrapText(true);
        Button edit = new Button(messages.get("kb.edit"), new FontIcon("mdal-edit"));
        edit.setId("kb-edit");
        edit.setOnAction(e -> edit(a));
        Button review = new Button(messages.get("kb.review"), new FontIcon("mdmz-verified"));
        review.setId("kb-review");
        review.setDisable(a.reviewed());
        review.setOnAction(e -> model.review());
        HBox actions = new HBox(8, edit, review);
        article.getChildren().addAll(heading, meta, actions,
                section("kb.symptom", a.symptom()), section("kb.cause", a.cause()), caption("kb.solution"));
        List<String> steps = a.steps();
        for (int i = 0; i < steps.size(); i++) {
            Label step = new Label((i + 1) + ". " + steps.get(i));
            step.setWrapText(true);
            step.getStyleClass().add("kb-step");
            article.getChildren().add(step);
        }
        if (!a.models().isBlank() || !a.componentKinds().isBlank()) {
            article.getChildren().add(section("kb.appliesTo", String.join(", ", a.models().lines().toList())
                    + (a.models().isBlank() || a.componentKinds().isBlank() ? "" : " · ") + parts(a.componentKinds())));
        }
        Label helped = new Label(messages.get("kb.helped", detail.helped()));
        helped.setId("kb-helped");
        helped.setGraphic(new FontIcon("mdmz-thumb_up"));
        article.getChildren().addAll(helped, caption("kb.faultsSolved"));
        if (detail.faultsSolved().isEmpty()) {
            article.getChildren().add(muted(messages.get("kb.noFaultsSolved")));
        }
        for (Fault fault : detail.faultsSolved()) {
            Hyperlink link = new Hyperlink(fault.number() + "  " + messages.get("status." + fault.status().name()) + "  "
                    + fault.symptom());
            link.setWrapText(true);
            link.setOnAction(e -> openFault.accept(fault.id()));
            article.getChildren().add(link);
        }
        if (!detail.revisions().isEmpty()) {
            article.getChildren().add(caption("kb.versions"));
            detail.revisions().forEach(r -> article.getChildren().add(muted(messages.get("kb.version", r.version(),
                    r.author(), times.format(r.editedAt()), r.title()))));
        }
    }

    /** Component kinds by their names in the window's language ("DISK,FAN" reads "Disk, Fan"). */
    private String parts(String kinds) {
        return java.util.Arrays.stream(kinds.split(",")).map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> java.util.Arrays.stream(org.techbench.domain.asset.ComponentKind.values())
                        .anyMatch(known -> known.name().equals(k)) ? messages.get("part." + k) : k)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private Node section(String key, String text) {
        Label body = new Label(text == null || text.isBlank() ? "-" : text);
        body.setWrapText(true);
        return new VBox(2, caption(key), body);
    }

    private Label caption(String key) {
        Label caption = new Label(messages.get(key));
        caption.getStyleClass().add("text-bold");
        return caption;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }

    /** A result: its title with an icon for article or past fault, and why it was matched. */
    private final class ResultCell extends ListCell<KnowledgeResult> {
        @Override
        protected void updateItem(KnowledgeResult item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(item.title(), new FontIcon(item.article() ? "mdal-article" : "mdal-history"));
            title.setWrapText(true);
            title.setMaxWidth(420);
            String why = SuggestionsPanel.why(item, messages);
            Label detail = new Label(why.isEmpty() ? item.fix() : why);
            detail.getStyleClass().addAll("text-muted", "text-small");
            detail.setWrapText(true);
            detail.setMaxWidth(420);
            setGraphic(new VBox(2, title, detail));
        }
    }
}
