package org.techbench.ui.settings;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.techbench.service.RefusedException;
import org.techbench.service.TechnicianService;
import org.techbench.ui.common.Background;

/** Settings: language, theme and the technician's name; language and theme apply at once. */
public final class SettingsViewModel {

    /** Which message the name field shows under it. */
    public enum NameState { UNCHANGED, EMPTY, TOO_LONG, SAVED, FAILED }

    private final TechnicianService technicians;
    private final Background background;
    private final Consumer<Locale> applyLocale;
    private final Consumer<Boolean> applyDark;
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<NameState> nameState = new SimpleObjectProperty<>(NameState.UNCHANGED);
    private final StringProperty failure = new SimpleStringProperty();

    public SettingsViewModel(TechnicianService technicians, Background background, Locale currentLocale, boolean currentDark,
                             Consumer<Locale> applyLocale, Consumer<Boolean> applyDark) {
        this.technicians = technicians;
        this.background = background;
        this.applyLocale = applyLocale;
        this.applyDark = applyDark;
        locale.set(currentLocale);
        dark.set(currentDark);
        locale.addListener((obs, old, value) -> {
            if (value != null && !value.equals(old)) {
                applyLocale.accept(value);
            }
        });
        dark.addListener((obs, old, value) -> applyDark.accept(value));
        name.addListener((obs, old, value) -> nameState.set(validate(value)));
    }

    public ObjectProperty<Locale> locale() {
        return locale;
    }

    public BooleanProperty dark() {
        return dark;
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<NameState> nameState() {
        return nameState;
    }

    public StringProperty failure() {
        return failure;
    }

    public void activate() {
        background.run(() -> technicians.current().name(), current -> {
            name.set(current);
            nameState.set(NameState.UNCHANGED);
        }, error -> failure.set(error.getMessage()));
    }

    public void deactivate() {
        // Nothing is bound to services while hidden.
    }

    public boolean canSave() {
        NameState state = validate(name.get());
        return state == NameState.UNCHANGED;
    }

    public void saveName() {
        if (!canSave()) {
            nameState.set(validate(name.get()));
            return;
        }
        String value = name.get();
        background.run(() -> technicians.rename(value), saved -> nameState.set(NameState.SAVED), error -> {
            failure.set(error instanceof RefusedException ? error.getMessage() : String.valueOf(error.getMessage()));
            nameState.set(NameState.FAILED);
        });
    }

    private static NameState validate(String value) {
        if (value == null || value.isBlank()) {
            return NameState.EMPTY;
        }
        return value.strip().length() > 200 ? NameState.TOO_LONG : NameState.UNCHANGED;
    }
}
