package org.techbench.ui.knowledge;

import java.util.UUID;
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
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.knowledge.Article;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.ChoiceNames;

/** The article editor: a new article, an edit, or one written from a resolved fault, refused inline until it is whole. */
final class ArticleDialog {

    /** Takes the edited article; calls {@code saved} with its id, or {@code refused} with what to correct. */
    interface Submitter {
        void submit(Article draft, Consumer<UUID> saved, Consumer<String> refused);
    }

    private final Texts messages;

    ArticleDialog(Texts messages) {
        this.messages = messages;
    }

    void edit(Window owner, Article article, Submitter submit) {
        TextField title = new TextField(article.title());
        title.setId("article-title");
        title.setPrefColumnCount(40);
        ComboBox<FaultSubcategory> category = new ComboBox<>();
        category.setId("article-category");
        category.getItems().setAll(FaultSubcategory.values());
        category.setConverter(ChoiceNames.by(c -> messages.get("faultCategory." + c.category().name()) + " / "
                + messages.get("faultSubcategory." + c.name())));
        category.setValue(article.subcategory());
        ComboBox<String> language = new ComboBox<>();
        language.setId("article-language");
        language.getItems().setAll("en", "zh");
        language.setConverter(ChoiceNames.by(code -> messages.get("kb.language." + code)));
        language.setValue(article.language() == null ? "en" : article.language());
        TextArea symptom = area("article-symptom", 3, article.symptom());
        TextArea cause = area("article-cause", 2, article.cause());
        TextArea steps = area("article-steps", 6, article.body());
        steps.setPromptText(messages.get("kb.form.stepsHint"));
        TextArea models = area("article-models", 2, article.models());
        models.setPromptText(messages.get("kb.form.modelsHint"));
        TextField components = new TextField(article.componentKinds());
        components.setId("article-components");
        components.setPromptText("PSU, FAN, DISK");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        form.getColumnConstraints().add(captions);
        int row = 0;
        form.addRow(row++, new Label(messages.get("kb.form.title")), title);
        form.addRow(row++, new Label(messages.get("kb.form.category")), category);
        form.addRow(row++, new Label(messages.get("kb.form.language")), language);
        form.addRow(row++, new Label(messages.get("kb.form.symptom")), symptom);
        form.addRow(row++, new Label(messages.get("kb.form.cause")), cause);
        form.addRow(row++, new Label(messages.get("kb.form.steps")), steps);
        form.addRow(row++, new Label(messages.get("kb.form.models")), models);
        form.addRow(row, new Label(messages.get("kb.form.components")), components);
        Label problem = new Label();
        problem.setId("article-problem");
        problem.getStyleClass().add("text-danger");
        problem.setWrapText(true);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        String heading = messages.get(article.id() == null ? "kb.new" : "kb.edit");
        dialog.setTitle(heading);
        dialog.setHeaderText(heading);
        ButtonType save = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(10, form, problem));
        dialog.getDialogPane().setId("article-editor");
        dialog.setResizable(true);
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.setId("article-save");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            FaultSubcategory sub = category.getValue();
            Article draft = new Article(article.id(), article.siteId(), title.getText(), steps.getText(),
                    sub == null ? null : sub.category(), sub, article.sourceFaultId(), article.tags(), symptom.getText(),
                    cause.getText(), language.getValue(), models.getText(), components.getText(), article.author(),
                    article.version(), article.reviewedBy(), article.updatedAt());
            submit.submit(draft, id -> dialog.close(), problem::setText);
        });
        dialog.show();
        title.requestFocus();
    }

    private static TextArea area(String id, int rows, String text) {
        TextArea area = new TextArea(text == null ? "" : text);
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setPrefColumnCount(40);
        area.setWrapText(true);
        return area;
    }

    /** An empty article for "New article". */
    static Article blank(String language) {
        return new Article(null, null, "", "", null, null, null, null, "", "", language, "", "", "", 1, null, null);
    }
}
