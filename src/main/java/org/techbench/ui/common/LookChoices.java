package org.techbench.ui.common;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.techbench.i18n.Texts;
import org.techbench.service.Preferences;

/** The language and theme pickers that Settings and the first-start welcome both show. */
public final class LookChoices {

    private LookChoices() {
    }

    /** English and Simplified Chinese, each named in its own language; {@code chosen} hears a new choice. */
    public static ComboBox<Locale> language(String id, Locale current, Consumer<Locale> chosen) {
        ComboBox<Locale> language = new ComboBox<>();
        language.setId(id);
        language.getItems().addAll(Preferences.ENGLISH, Preferences.SIMPLIFIED_CHINESE);
        language.setCellFactory(list -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        language.setValue(current);
        language.valueProperty().addListener((obs, old, value) -> {
            if (value != null && !value.equals(old)) {
                chosen.accept(value);
            }
        });
        return language;
    }

    /** Light and Dark; the buttons' ids are {@code idPrefix} with -light and -dark. */
    public static HBox theme(Texts messages, String idPrefix, boolean dark, Consumer<Boolean> chosen) {
        ToggleGroup themes = new ToggleGroup();
        RadioButton lightButton = new RadioButton(messages.get("settings.theme.light"));
        RadioButton darkButton = new RadioButton(messages.get("settings.theme.dark"));
        lightButton.setId(idPrefix + "-light");
        darkButton.setId(idPrefix + "-dark");
        lightButton.setToggleGroup(themes);
        darkButton.setToggleGroup(themes);
        (dark ? darkButton : lightButton).setSelected(true);
        darkButton.selectedProperty().addListener((obs, old, selected) -> chosen.accept(selected));
        return new HBox(16, lightButton, darkButton);
    }

    /** Shows each language in its own name. */
    private static final class LanguageCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Preferences.SIMPLIFIED_CHINESE.equals(item) ? "简体中文" : "English");
        }
    }
}
