package org.techbench.service.asset;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.AssetListRow;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.domain.asset.WarrantyState;
import org.techbench.i18n.Texts;
import org.techbench.replication.Ids;
import org.techbench.service.RefusedException;
import org.techbench.store.AssetListQueries;
import org.techbench.store.AssetRepository;
import org.techbench.store.AssetTimelineQueries;
import org.techbench.store.SiteRepository;
import org.techbench.store.Store;

/** Finding, reading and changing assets with their components and software. */
public final class AssetService {

    private final Store store;
    private final AssetRepository assets;
    private final SiteRepository sites;
    private final AssetListQueries list;
    private final AssetTimelineQueries timeline;
    private final Clock clock;
    private final Supplier<UUID> technician;
    private final Supplier<Texts> refusals;

    public AssetService(Store store, AssetRepository assets, SiteRepository sites, AssetListQueries list,
                        AssetTimelineQueries timeline, Clock clock, Supplier<UUID> technician, Supplier<Texts> refusals) {
        this.store = store;
        this.assets = assets;
        this.sites = sites;
        this.list = list;
        this.timeline = timeline;
        this.clock = clock;
        this.technician = technician;
        this.refusals = refusals;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The ids of the assets the filter selects, in its order: the list's backing sequence. */
    public List<UUID> match(AssetFilter filter) {
        return list.match(filter, today());
    }

    /** The list rows of these assets, in the order given. */
    public List<AssetListRow> rows(List<UUID> ids) {
        return list.rows(ids);
    }

    /** Whether searches are answered at once (the search index is built and current). */
    public boolean listReady() {
        return list.ready();
    }

    /** The first rows of the unfiltered list by tag, read without waiting for the whole list. */
    public List<AssetListRow> firstRowsByTag(int limit) {
        return list.firstRowsByTag(limit);
    }

    /** Builds the search index ahead of the first search. */
    public void prepareList() {
        list.prepare();
    }

    public AssetDetail detail(UUID id) {
        Asset asset = assets.find(id).orElseThrow(() -> new RefusedException(refusals.get(), "refusal.assetGone"));
        LocalDate today = today();
        List<Component> fitted = new ArrayList<>();
        List<Component> removed = new ArrayList<>();
        for (Component component : assets.components(id)) {
            (component.removedOn() == null ? fitted : removed).add(component);
        }
        Period age = asset.purchasedOn() == null || asset.purchasedOn().isAfter(today) ? null
                : Period.between(asset.purchasedOn(), today);
        return new AssetDetail(asset, sites.find(asset.siteId()).orElseThrow(), WarrantyState.of(asset.warrantyEndsOn(), today),
                age, fitted, removed, assets.software(id), timeline.timeline(id, refusals.get().locale()));
    }

    /** The problems saving this asset would meet, the store's uniqueness of tags included. */
    public List<FieldProblem> check(Asset asset) {
        List<FieldProblem> problems = new ArrayList<>(AssetRules.check(asset));
        if (asset.siteId() != null && asset.tag() != null && !asset.tag().isBlank()) {
            assets.findByTag(asset.siteId(), asset.tag().strip())
                    .filter(other -> !other.id().equals(asset.id()))
                    .ifPresent(other -> problems.add(new FieldProblem(AssetField.TAG, ProblemCode.TAG_TAKEN, asset.tag())));
        }
        return problems;
    }

    /** Creates the asset (its id may be null: one is made) or saves changes to it. */
    public Asset save(Asset draft) {
        Asset asset = tidy(draft.id() == null ? withId(draft, Ids.next()) : draft);
        return store.write(technician.get(), tx -> {
            List<FieldProblem> problems = check(asset);
            if (!problems.isEmpty()) {
                throw new AssetInvalidException(problems);
            }
            if (assets.find(asset.id()).isPresent()) {
                assets.update(tx, asset);
            } else {
                assets.insert(tx, asset);
            }
            return asset;
        });
    }

    public void archive(UUID id) {
        setArchived(id, true);
    }

    public void restore(UUID id) {
        setArchived(id, false);
    }

    private void setArchived(UUID id, boolean archived) {
        store.write(technician.get(), tx -> {
            assets.setArchived(tx, id, archived);
            return null;
        });
    }

    /**
     * Takes {@code old} out on {@code day} and fits {@code replacement} the same day. The old part
     * keeps its row, with its removal date, so the history shows both.
     */
    public Component replaceComponent(UUID oldId, Component replacement, LocalDate day) {
        return store.write(technician.get(), tx -> {
            Component old = componentOf(oldId);
            Asset asset = assets.find(old.assetId()).orElseThrow();
            if (old.removedOn() != null) {
                throw new RefusedException(refusals.get(), "refusal.partAlreadyRemoved", old.removedOn());
            }
            if (old.fittedOn() != null && day.isBefore(old.fittedOn())) {
                throw new AssetInvalidException(List.of(new FieldProblem(AssetField.REMOVED_ON,
                        ProblemCode.DATES_OUT_OF_ORDER, day.toString())));
            }
            Component fitted = new Component(Ids.next(), asset.siteId(), asset.id(), replacement.kind(),
                    blankToNull(replacement.make()), blankToNull(replacement.model()), blankToNull(replacement.serial()),
                    blankToNull(replacement.capacity()), day, null);
            List<FieldProblem> problems = AssetRules.check(fitted);
            if (!problems.isEmpty()) {
                throw new AssetInvalidException(problems);
            }
            assets.updateComponent(tx, new Component(old.id(), old.siteId(), old.assetId(), old.kind(), old.make(),
                    old.model(), old.serial(), old.capacity(), old.fittedOn(), day), asset.tag());
            assets.addComponent(tx, fitted, asset.tag());
            return fitted;
        });
    }

    /** Fits a new part (not replacing one). */
    public Component addComponent(UUID assetId, Component part) {
        return store.write(technician.get(), tx -> {
            Asset asset = assets.find(assetId).orElseThrow();
            Component fitted = new Component(Ids.next(), asset.siteId(), asset.id(), part.kind(), blankToNull(part.make()),
                    blankToNull(part.model()), blankToNull(part.serial()), blankToNull(part.capacity()),
                    part.fittedOn() == null ? today() : part.fittedOn(), null);
            List<FieldProblem> problems = AssetRules.check(fitted);
            if (!problems.isEmpty()) {
                throw new AssetInvalidException(problems);
            }
            assets.addComponent(tx, fitted, asset.tag());
            return fitted;
        });
    }

    public InstalledSoftware addSoftware(UUID assetId, InstalledSoftware entry) {
        if (entry.name() == null || entry.name().isBlank()) {
            throw new AssetInvalidException(List.of(new FieldProblem(AssetField.NAME, ProblemCode.REQUIRED, "")));
        }
        return store.write(technician.get(), tx -> {
            Asset asset = assets.find(assetId).orElseThrow();
            InstalledSoftware installed = new InstalledSoftware(Ids.next(), asset.siteId(), asset.id(), entry.name().strip(),
                    blankToNull(entry.version()), blankToNull(entry.vendor()),
                    entry.installedOn() == null ? today() : entry.installedOn(), blankToNull(entry.licence()));
            assets.addSoftware(tx, installed, asset.tag());
            return installed;
        });
    }

    public void removeSoftware(InstalledSoftware entry) {
        store.write(technician.get(), tx -> {
            Asset asset = assets.find(entry.assetId()).orElseThrow();
            assets.removeSoftware(tx, entry, asset.tag());
            return null;
        });
    }

    private Component componentOf(UUID id) {
        return assets.component(id).orElseThrow(() -> new RefusedException(refusals.get(), "refusal.partGone"));
    }

    private static Asset tidy(Asset a) {
        return new Asset(a.id(), a.siteId(), strip(a.tag()), strip(a.name()), a.kind(), blankToNull(a.make()),
                blankToNull(a.model()), blankToNull(a.serial()), blankToNull(a.location()), blankToNull(a.ipAddress()),
                blankToNull(a.hostname()), a.status(), a.purchasedOn(), a.warrantyEndsOn(), blankToNull(a.notes()),
                a.archived());
    }

    static Asset withId(Asset a, UUID id) {
        return new Asset(id, a.siteId(), a.tag(), a.name(), a.kind(), a.make(), a.model(), a.serial(), a.location(),
                a.ipAddress(), a.hostname(), a.status(), a.purchasedOn(), a.warrantyEndsOn(), a.notes(), a.archived());
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
