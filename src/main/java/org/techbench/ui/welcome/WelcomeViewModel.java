package org.techbench.ui.welcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.people.Role;
import org.techbench.domain.people.Technician;
import org.techbench.service.Progress;
import org.techbench.service.TechnicianService;
import org.techbench.service.demo.DemoDataOptions;
import org.techbench.service.RefusedException;
import org.techbench.service.demo.DemoDataService;
import org.techbench.service.encryption.EncryptionService;
import org.techbench.service.demo.DemoDataSummary;
import org.techbench.ui.common.Background;

/**
 * The first-start welcome: language and theme, the technician's profile, then one way on (demo
 * data, an import of the customer's assets, or the team's hub). It outlives a language switch, which
 * rebuilds the window around it.
 */
public final class WelcomeViewModel {

    /** The welcome's pages, in order. */
    public enum Step { LOOK, PROFILE, START }

    /** Where the workbench opens when the welcome is done. */
    public enum Way { DASHBOARD, IMPORT }

    /** The demo data the welcome makes: the command line's defaults. */
    static final int DEMO_SITES = 5;
    static final int DEMO_ASSETS = 500;

    private final TechnicianService technicians;
    private final DemoDataService demoData;
    private final Background background;
    private final Clock clock;
    private final Consumer<Locale> applyLocale;
    private final Consumer<Boolean> applyDark;
    private final Consumer<Way> finish;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.LOOK);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.ENGINEER);
    private final ObservableSet<FaultCategory> skills = FXCollections.observableSet(EnumSet.allOf(FaultCategory.class));
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty demoProgress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<DemoDataSummary> demoMade = new SimpleObjectProperty<>();
    private final BooleanProperty storeEmpty = new SimpleBooleanProperty(true);
    private final ObjectProperty<Long> hubRecords = new SimpleObjectProperty<>();
    private final EncryptionService encryption;
    private final boolean offerEncryption;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty passphraseAgain = new SimpleStringProperty("");
    /** The passphrase chosen on the profile page, checked; the store is encrypted with it when the welcome ends. */
    private char[] chosenPassphrase;

    /** {@code offerEncryption}: the store is plain, so the profile page offers to encrypt it. */
    public WelcomeViewModel(TechnicianService technicians, DemoDataService demoData, Background background, Clock clock,
                            Locale currentLocale, boolean currentDark, Consumer<Locale> applyLocale,
                            Consumer<Boolean> applyDark, EncryptionService encryption, boolean offerEncryption,
                            Consumer<Way> finish) {
        this.encryption = encryption;
        this.offerEncryption = offerEncryption;
        this.technicians = technicians;
        this.demoData = demoData;
        this.background = background;
        this.clock = clock;
        this.applyLocale = applyLocale;
        this.applyDark = applyDark;
        this.finish = finish;
        locale.set(currentLocale);
        dark.set(currentDark);
    }

    /** Reads the profile as it stands, and whether the store is still empty (demo data needs that). */
    public void load(boolean emptyStore) {
        storeEmpty.set(emptyStore);
        background.run(technicians::current, current -> {
            name.set(current.name());
            role.set(current.role());
            skills.clear();
            skills.addAll(current.skills());
        }, error -> problem.set(error.getMessage()));
    }

    public ObjectProperty<Step> step() {
        return step;
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

    public ObjectProperty<Role> role() {
        return role;
    }

    public ObservableSet<FaultCategory> skills() {
        return skills;
    }

    /** Why the last step could not be taken; empty when nothing went wrong. */
    public StringProperty problem() {
        return problem;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public DoubleProperty demoProgress() {
        return demoProgress;
    }

    /** What the demo data made, once it is made. */
    public ObjectProperty<DemoDataSummary> demoMade() {
        return demoMade;
    }

    public BooleanProperty storeEmpty() {
        return storeEmpty;
    }

    /** Applies a language at once; the window is rebuilt in it, on the same page. */
    public void chooseLocale(Locale value) {
        if (value != null && !value.equals(locale.get())) {
            locale.set(value);
            applyLocale.accept(value);
        }
    }

    public void chooseDark(boolean value) {
        if (value != dark.get()) {
            dark.set(value);
            applyDark.accept(value);
        }
    }

    public void back() {
        problem.set("");
        step.set(step.get() == Step.START ? Step.PROFILE : Step.LOOK);
    }

    /** From the look to the profile; from the profile, saved, to the ways on. */
    public void next() {
        problem.set("");
        if (step.get() == Step.LOOK) {
            step.set(Step.PROFILE);
            return;
        }
        if (offerEncryption && !passphrase.get().isEmpty()) {
            try {
                encryption.check(passphrase.get().toCharArray(), passphraseAgain.get().toCharArray());
            } catch (RefusedException e) {
                problem.set(e.getMessage());
                return;
            }
            chosenPassphrase = passphrase.get().toCharArray();
        } else {
            chosenPassphrase = null;
        }
        String typed = name.get();
        Role chosen = role.get();
        Set<FaultCategory> chosenSkills = skills.isEmpty() ? EnumSet.noneOf(FaultCategory.class) : EnumSet.copyOf(skills);
        busy.set(true);
        background.run(() -> technicians.saveProfile(typed, chosen, chosenSkills), (Technician saved) -> {
            busy.set(false);
            step.set(Step.START);
        }, error -> {
            busy.set(false);
            problem.set(error.getMessage());
        });
    }

    /** Fills the empty store with the demo data the command line makes by default, showing how far it got. */
    public void loadDemoData() {
        if (busy.get() || !storeEmpty.get()) {
            return;
        }
        busy.set(true);
        problem.set("");
        demoProgress.set(0);
        var options = new DemoDataOptions(DEMO_SITES, DEMO_ASSETS, DEMO_ASSETS / 10, 42, LocalDate.now(clock));
        background.run(() -> demoData.create(options, technicians.currentId(), new Progress() {
            @Override
            public void report(String stage, long done, long total) {
                background.onUiThread(() -> demoProgress.set(total > 0 ? (double) done / total : -1));
            }

            @Override
            public boolean cancelled() {
                return false; // a few seconds of work, made in steps that each commit
            }
        }), made -> {
            busy.set(false);
            storeEmpty.set(false);
            demoMade.set(made);
        }, error -> {
            busy.set(false);
            problem.set(error.getMessage());
        });
    }

    /** How many records the first sync from here brought; null until one has run to its end. */
    public ObjectProperty<Long> hubRecords() {
        return hubRecords;
    }

    /** A first sync started on the last page ran to its end. */
    public void hubSynced(long records) {
        hubRecords.set(records);
        storeEmpty.set(storeEmpty.get() && records == 0);
    }

    public boolean offerEncryption() {
        return offerEncryption;
    }

    /** An optional passphrase for the store, typed twice on the profile page. */
    public StringProperty passphrase() {
        return passphrase;
    }

    public StringProperty passphraseAgain() {
        return passphraseAgain;
    }

    /** The checked passphrase to encrypt the store with as the welcome ends; empty when none was chosen. */
    public java.util.Optional<char[]> chosenPassphrase() {
        return java.util.Optional.ofNullable(chosenPassphrase).map(char[]::clone);
    }

    /** Ends the welcome: the workbench opens where the chosen way leads. */
    public void finish(Way way) {
        finish.accept(way);
    }
}
