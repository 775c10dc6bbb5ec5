package org.techbench.ui.assets;

import java.util.Objects;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.site.Site;
import org.techbench.service.asset.AssetField;
import org.techbench.service.asset.AssetInvalidException;
import org.techbench.service.asset.AssetService;
import org.techbench.service.asset.FieldProblem;
import org.techbench.ui.common.Background;

/**
 * The asset form: one property per field, and the problems of the current values checked as the
 * user types (the store's tag uniqueness included), so each field can show its own message.
 */
public final class AssetEditorViewModel {

    private final AssetService assets;
    private final Background background;
    private final UUID id;
    private final boolean archived;
    final ObjectProperty<Site> site = new SimpleObjectProperty<>();
    final StringProperty tag = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<AssetKind> kind = new SimpleObjectProperty<>();
    final StringProperty make = new SimpleStringProperty("");
    final StringProperty model = new SimpleStringProperty("");
    final StringProperty serial = new SimpleStringProperty("");
    final StringProperty location = new SimpleStringProperty("");
    final StringProperty ipAddress = new SimpleStringProperty("");
    final StringProperty hostname = new SimpleStringProperty("");
    final ObjectProperty<AssetStatus> status = new SimpleObjectProperty<>(AssetStatus.IN_SERVICE);
    final ObjectProperty<LocalDate> purchasedOn = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> warrantyEndsOn = new SimpleObjectProperty<>();
    final StringProperty notes = new SimpleStringProperty("");
    private final ObservableMap<AssetField, FieldProblem> problems = FXCollections.observableHashMap();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty failure = new SimpleStringProperty();
    private boolean checking;
    private boolean checkAgain;

    /** A form for a new asset (existing null) or for changing one. */
    public AssetEditorViewModel(AssetService assets, Background background, Asset existing, Site defaultSite) {
        this.assets = assets;
        this.background = background;
        this.id = existing == null ? null : existing.id();
        this.archived = existing != null && existing.archived();
        site.set(defaultSite);
        if (existing != null) {
            tag.set(existing.tag());
            name.set(existing.name());
            kind.set(existing.kind());
            make.set(Objects.requireNonNullElse(existing.make(), ""));
            model.set(Objects.requireNonNullElse(existing.model(), ""));
            serial.set(Objects.requireNonNullElse(existing.serial(), ""));
            location.set(Objects.requireNonNullElse(existing.location(), ""));
            ipAddress.set(Objects.requireNonNullElse(existing.ipAddress(), ""));
            hostname.set(Objects.requireNonNullElse(existing.hostname(), ""));
            status.set(existing.status());
            purchasedOn.set(existing.purchasedOn());
            warrantyEndsOn.set(existing.warrantyEndsOn());
            notes.set(Objects.requireNonNullElse(existing.notes(), ""));
        }
        ChangeListener<Object> recheck = (obs, old, value) -> check();
        for (ObservableValue<?> property : List.<ObservableValue<?>>of(site, tag,
                name, kind, make, model, serial, location, ipAddress, hostname, status, purchasedOn, warrantyEndsOn, notes)) {
            property.addListener(recheck);
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public ObservableMap<AssetField, FieldProblem> problems() {
        return problems;
    }

    public BooleanProperty saving() {
        return saving;
    }

    public StringProperty failure() {
        return failure;
    }

    public Asset draft() {
        return new Asset(id, site.get() == null ? null : site.get().id(), tag.get(), name.get(), kind.get(), make.get(),
                model.get(), serial.get(), location.get(), ipAddress.get(), hostname.get(), status.get(), purchasedOn.get(),
                warrantyEndsOn.get(), notes.get(), archived);
    }

    /** Checks the current values in the background; the latest values win. */
    public void check() {
        if (checking) {
            checkAgain = true;
            return;
        }
        checking = true;
        Asset draft = draft();
        background.run(() -> assets.check(draft), found -> {
            checking = false;
            if (draft.equals(draft())) {
                showProblems(found);
            }
            if (checkAgain) {
                checkAgain = false;
                check();
            }
        }, error -> {
            checking = false;
            failure.set(error.getMessage());
        });
    }

    /** Saves; {@code saved} receives the asset, or the problems appear next to their fields. */
    public void save(Consumer<Asset> saved) {
        saving.set(true);
        Asset draft = draft();
        background.run(() -> assets.save(draft), result -> {
            saving.set(false);
            saved.accept(result);
        }, error -> {
            saving.set(false);
            if (error instanceof AssetInvalidException invalid) {
                showProblems(invalid.problems());
            } else {
                failure.set(error.getMessage());
            }
        });
    }

    private void showProblems(List<FieldProblem> found) {
        problems.clear();
        for (FieldProblem problem : found) {
            problems.putIfAbsent(problem.field(), problem);
        }
    }

}
