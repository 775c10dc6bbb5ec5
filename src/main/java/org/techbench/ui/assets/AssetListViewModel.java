package org.techbench.ui.assets;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetListRow;
import org.techbench.domain.asset.AssetSortKey;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.asset.WarrantyState;
import org.techbench.domain.site.Site;
import org.techbench.service.ChangeEvents;
import org.techbench.service.Subject;
import org.techbench.service.asset.AssetService;
import org.techbench.service.site.SiteService;
import org.techbench.ui.common.Background;

/**
 * The asset list: search text and filters in, the matching ids out, and their rows loaded a page
 * at a time as the table scrolls. Searches run one at a time; typing during a search queues only
 * the latest text.
 */
public final class AssetListViewModel {

    static final int PAGE = 200;
    private static final int PAGES_KEPT = 40;

    private final AssetService assets;
    private final SiteService sites;
    private final Background background;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Site> site = new SimpleObjectProperty<>();
    private final ObjectProperty<AssetKind> kind = new SimpleObjectProperty<>();
    /** The statuses shown; none chosen shows every status. */
    private final ObservableSet<AssetStatus> statuses = FXCollections.observableSet(EnumSet.noneOf(AssetStatus.class));
    private final SetChangeListener<AssetStatus> requeryOnStatus = change -> query();
    private final ObjectProperty<WarrantyState> warranty = new SimpleObjectProperty<>();
    private final BooleanProperty includeArchived = new SimpleBooleanProperty();
    private final ObjectProperty<AssetSortKey> sortKey = new SimpleObjectProperty<>(AssetSortKey.TAG);
    private final BooleanProperty ascending = new SimpleBooleanProperty(true);
    private final ObservableList<Site> siteChoices = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper matches = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper shownRows = new ReadOnlyIntegerWrapper();
    private final IntegerProperty total = new SimpleIntegerProperty(-1);
    /** Goes up whenever rows arrive, so the table knows to redraw. */
    private final ReadOnlyIntegerWrapper rowsVersion = new ReadOnlyIntegerWrapper();
    private final StringProperty failure = new SimpleStringProperty();
    private final ChangeListener<Object> requery = (obs, old, value) -> query();
    private final Map<Integer, List<AssetListRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<AssetListRow>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private List<UUID> ids = List.of();
    private final ChangeEvents changes;
    /** While the list is shown: a change to assets or sites anywhere (a save, an import, a sync) searches again. */
    private ChangeEvents.Subscription listening;
    private ChangeEvents.Subscription listeningToSites;
    /** A site asked for by {@link #filterBy} before the site list had arrived. */
    private UUID wantedSite;
    private boolean searching;
    private boolean searchAgain;
    private long generation;

    public AssetListViewModel(AssetService assets, SiteService sites, ChangeEvents changes, Background background) {
        this.changes = changes;
        this.assets = assets;
        this.sites = sites;
        this.background = background;
    }

    public StringProperty search() {
        return search;
    }

    public ObjectProperty<Site> site() {
        return site;
    }

    public ObjectProperty<AssetKind> kind() {
        return kind;
    }

    public ObservableSet<AssetStatus> statuses() {
        return statuses;
    }

    public ObjectProperty<WarrantyState> warranty() {
        return warranty;
    }

    public BooleanProperty includeArchived() {
        return includeArchived;
    }

    public ObservableList<Site> siteChoices() {
        return siteChoices;
    }

    /** How many assets match; -1 until the first search has finished. */
    public ReadOnlyIntegerProperty matches() {
        return matches.getReadOnlyProperty();
    }

    /** How many rows the table has: the matches, or the first rows while the matches are counted. */
    public ReadOnlyIntegerProperty shownRows() {
        return shownRows.getReadOnlyProperty();
    }

    /** How many assets there are with no filter; -1 until counted. */
    public IntegerProperty total() {
        return total;
    }

    public ReadOnlyIntegerProperty rowsVersion() {
        return rowsVersion.getReadOnlyProperty();
    }

    public StringProperty failure() {
        return failure;
    }

    public AssetFilter filter() {
        return new AssetFilter(search.get(), site.get() == null ? null : site.get().id(), kind.get(), Set.copyOf(statuses),
                warranty.get(), includeArchived.get(), sortKey.get(), ascending.get());
    }

    public void sortBy(AssetSortKey key, boolean up) {
        if (key != sortKey.get() || up != ascending.get()) {
            sortKey.set(key);
            ascending.set(up);
            query();
        }
    }

    public AssetSortKey sortKey() {
        return sortKey.get();
    }

    public boolean ascending() {
        return ascending.get();
    }

    /** Today as the store's clock has it: the day the warranty filter also counts from. */
    public LocalDate today() {
        return assets.today();
    }

    /** The id at a position of the current result. */
    public UUID idAt(int index) {
        return index >= 0 && index < ids.size() ? ids.get(index) : null;
    }

    /** The position of an asset in the current result, or -1. */
    public int indexOf(UUID id) {
        return ids.indexOf(id);
    }

    /** The row at a position, or null while its page is still being read (the page is asked for). */
    public AssetListRow rowAt(int index) {
        if (index < 0 || index >= ids.size()) {
            return null;
        }
        int page = index / PAGE;
        List<AssetListRow> rows = pages.get(page);
        if (rows == null) {
            loadPage(page);
            return null;
        }
        int offset = index % PAGE;
        return offset < rows.size() ? rows.get(offset) : null;
    }

    /**
     * Shows exactly the assets of a site and kind (null: any), as a Dashboard card counts them: the
     * search text and the other filters are cleared. The site is chosen once the site list is there.
     */
    public void filterBy(UUID siteId, AssetKind kindWanted) {
        search.set("");
        statuses.clear();
        warranty.set(null);
        includeArchived.set(false);
        kind.set(kindWanted);
        wantedSite = siteId;
        chooseWantedSite();
    }

    /** The site chosen in the filter, or null. */
    public UUID siteId() {
        return site.get() == null ? null : site.get().id();
    }

    private void chooseWantedSite() {
        if (wantedSite == null) {
            site.set(null);
            return;
        }
        siteChoices.stream().filter(s -> s.id().equals(wantedSite)).findFirst().ifPresent(found -> {
            site.set(found);
            wantedSite = null;
        });
    }

    public void activate() {
        search.addListener(requery);
        site.addListener(requery);
        kind.addListener(requery);
        statuses.addListener(requeryOnStatus);
        warranty.addListener(requery);
        includeArchived.addListener(requery);
        listening = changes.listen(EnumSet.of(Subject.ASSETS), () -> background.onUiThread(this::query));
        listeningToSites = changes.listen(EnumSet.of(Subject.SITES), () -> background.onUiThread(() -> {
            loadSiteChoices();
            query();
        }));
        loadSiteChoices();
        query();
    }

    private void loadSiteChoices() {
        background.run(sites::active, loaded -> {
            Site chosen = site.get();
            siteChoices.setAll(loaded);
            if (wantedSite != null) {
                chooseWantedSite();
            } else if (chosen != null && !loaded.contains(chosen)) {
                site.set(null);
            }
        }, error -> failure.set(error.getMessage()));
    }

    public void deactivate() {
        if (listening != null) {
            listening.close();
            listeningToSites.close();
            listening = null;
            listeningToSites = null;
        }
        search.removeListener(requery);
        site.removeListener(requery);
        kind.removeListener(requery);
        statuses.removeListener(requeryOnStatus);
        warranty.removeListener(requery);
        includeArchived.removeListener(requery);
    }

    /** Runs the search for the current filter; while one runs, only the latest filter is kept for after it. */
    public void query() {
        if (searching) {
            searchAgain = true;
            return;
        }
        searching = true;
        AssetFilter filter = filter();
        boolean unfiltered = filter.text().isEmpty() && filter.siteId() == null && filter.kind() == null
                && filter.statuses().isEmpty() && filter.warranty() == null && !filter.includeArchived();
        if (filter.selectsAllByTag() && filter.ascending() && ids.isEmpty() && !assets.listReady()) {
            showFirstRows();
        }
        background.run(() -> {
            List<UUID> found = assets.match(filter);
            // The first page comes with the ids, so the table never shows an empty frame.
            List<AssetListRow> first = assets.rows(found.subList(0, Math.min(PAGE, found.size())));
            return new Result(found, first);
        }, result -> {
            searching = false;
            show(result, unfiltered);
            if (searchAgain) {
                searchAgain = false;
                query();
            }
        }, error -> {
            searching = false;
            failure.set(error.getMessage());
        });
    }

    private record Result(List<UUID> ids, List<AssetListRow> firstPage) {
    }

    /**
     * In a fresh session reading all ids takes most of a second; the first rows come from the tag
     * index in a few milliseconds and are shown meanwhile (the count says it is still counting).
     */
    private void showFirstRows() {
        long asked = generation;
        background.run(() -> assets.firstRowsByTag(PAGE), rows -> {
            if (asked == generation && searching) {
                ids = rows.stream().map(AssetListRow::id).toList();
                pages.clear();
                pages.put(0, rows);
                matches.set(-1);
                shownRows.set(rows.size());
                rowsVersion.set(rowsVersion.get() + 1);
            }
        }, error -> failure.set(error.getMessage()));
    }

    private void show(Result result, boolean unfiltered) {
        generation++;
        ids = result.ids();
        pages.clear();
        loading.clear();
        pages.put(0, result.firstPage());
        if (unfiltered) {
            total.set(ids.size());
        }
        failure.set(null);
        matches.set(ids.size());
        shownRows.set(ids.size());
        rowsVersion.set(rowsVersion.get() + 1);
    }

    private void loadPage(int page) {
        if (!loading.add(page)) {
            return;
        }
        long asked = generation;
        List<UUID> slice = List.copyOf(ids.subList(page * PAGE, Math.min(ids.size(), (page + 1) * PAGE)));
        background.run(() -> assets.rows(slice), rows -> {
            if (asked == generation) {
                loading.remove(page);
                pages.put(page, rows);
                rowsVersion.set(rowsVersion.get() + 1);
            }
        }, error -> failure.set(error.getMessage()));
    }
}
