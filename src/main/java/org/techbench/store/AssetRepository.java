package org.techbench.store;

import static org.techbench.schema.Tables.ASSET;
import static org.techbench.schema.Tables.COMPONENT;
import static org.techbench.schema.Tables.INSTALLED_SOFTWARE;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.replication.CapturingTransaction;

/** Assets with their components and installed software. */
public final class AssetRepository {

    private final Store store;

    public AssetRepository(Store store) {
        this.store = store;
    }

    public void insert(CapturingTransaction tx, Asset asset) {
        tx.insert(tx.row(ASSET, asset));
        tx.audit("create", ASSET.getName(), asset.id(), asset.siteId(), "Asset " + asset.tag() + " " + asset.name());
    }

    public void insertAll(CapturingTransaction tx, List<Asset> assets) {
        tx.insert(assets.stream().map(a -> tx.row(ASSET, a)).toList());
    }

    /** Inserts many assets, each with its audit entry (an import: every change is audited). */
    public void importAll(CapturingTransaction tx, List<Asset> assets) {
        insertAll(tx, assets);
        tx.auditAll("import", ASSET.getName(), assets.stream().map(Asset::id).toList(),
                assets.stream().map(Asset::siteId).toList(),
                assets.stream().map(a -> "Asset " + a.tag() + " " + a.name()).toList());
    }

    /**
     * Leaves one audit entry for the parts or software an import added: a whole export adds over a
     * million, and an entry for each would double what the import writes. Each asset has its own.
     */
    public void auditImportedParts(CapturingTransaction tx, int components, int software, String fileName) {
        if (components > 0) {
            tx.audit("import", COMPONENT.getName(), null, null, "Imported %d components from %s".formatted(components, fileName));
        }
        if (software > 0) {
            tx.audit("import", INSTALLED_SOFTWARE.getName(), null, null,
                    "Imported %d software entries from %s".formatted(software, fileName));
        }
    }

    public void setArchived(CapturingTransaction tx, UUID id, boolean archived) {
        List<String> changed = tx.update(ASSET, id, Map.of(ASSET.ARCHIVED, archived));
        if (!changed.isEmpty()) {
            Asset asset = find(id).orElseThrow();
            tx.audit(archived ? "archive" : "restore", ASSET.getName(), id, asset.siteId(), "Asset " + asset.tag());
        }
    }

    /** The assets with this tag at any site, ignoring case (a tag is unique within its site only). */
    public List<Asset> withTag(String tag) {
        return store.dsl().selectFrom(ASSET).where(ASSET.TAG.equalIgnoreCase(tag)).and(ASSET.ARCHIVED.isFalse())
                .fetchInto(Asset.class);
    }

    public Optional<Asset> findByTag(UUID siteId, String tag) {
        return store.dsl().selectFrom(ASSET).where(ASSET.SITE_ID.eq(siteId)).and(ASSET.TAG.eq(tag))
                .fetchOptionalInto(Asset.class);
    }

    /** Every asset of the given sites, archived ones included. */
    public List<Asset> inSites(Collection<UUID> siteIds) {
        return store.dsl().selectFrom(ASSET).where(ASSET.SITE_ID.in(siteIds)).fetchInto(Asset.class);
    }

    public List<Asset> findAll(List<UUID> ids) {
        return store.dsl().selectFrom(ASSET).where(ASSET.ID.in(ids)).fetchInto(Asset.class);
    }

    public Optional<Component> component(UUID id) {
        return store.dsl().selectFrom(COMPONENT).where(COMPONENT.ID.eq(id)).fetchOptionalInto(Component.class);
    }

    public List<Component> componentsOf(Collection<UUID> assetIds) {
        return store.dsl().selectFrom(COMPONENT).where(COMPONENT.ASSET_ID.in(assetIds)).and(COMPONENT.ARCHIVED.isFalse())
                .orderBy(COMPONENT.KIND, COMPONENT.FITTED_ON, COMPONENT.ID).fetchInto(Component.class);
    }

    public List<InstalledSoftware> softwareOf(Collection<UUID> assetIds) {
        return store.dsl().selectFrom(INSTALLED_SOFTWARE).where(INSTALLED_SOFTWARE.ASSET_ID.in(assetIds))
                .and(INSTALLED_SOFTWARE.ARCHIVED.isFalse())
                .orderBy(INSTALLED_SOFTWARE.NAME, INSTALLED_SOFTWARE.ID).fetchInto(InstalledSoftware.class);
    }

    public void updateComponent(CapturingTransaction tx, Component component, String tag) {
        List<String> changed = tx.updateFrom(tx.row(COMPONENT, component));
        if (!changed.isEmpty()) {
            tx.audit("update", COMPONENT.getName(), component.id(), component.siteId(),
                    "Asset " + tag + ", " + component.kind() + " " + component.serial() + ": " + String.join(", ", changed));
        }
    }

    public void addComponent(CapturingTransaction tx, Component component, String tag) {
        tx.insert(tx.row(COMPONENT, component));
        tx.audit("create", COMPONENT.getName(), component.id(), component.siteId(),
                "Asset " + tag + ", fitted " + component.kind() + " " + component.serial());
    }

    public void updateSoftware(CapturingTransaction tx, InstalledSoftware software, String tag) {
        List<String> changed = tx.updateFrom(tx.row(INSTALLED_SOFTWARE, software));
        if (!changed.isEmpty()) {
            tx.audit("update", INSTALLED_SOFTWARE.getName(), software.id(), software.siteId(),
                    "Asset " + tag + ", " + software.name() + ": " + String.join(", ", changed));
        }
    }

    public void addSoftware(CapturingTransaction tx, InstalledSoftware software, String tag) {
        tx.insert(tx.row(INSTALLED_SOFTWARE, software));
        tx.audit("create", INSTALLED_SOFTWARE.getName(), software.id(), software.siteId(),
                "Asset " + tag + ", installed " + software.name() + " " + software.version());
    }

    public void removeSoftware(CapturingTransaction tx, InstalledSoftware software, String tag) {
        tx.update(INSTALLED_SOFTWARE, software.id(), Map.of(INSTALLED_SOFTWARE.ARCHIVED, true));
        tx.audit("archive", INSTALLED_SOFTWARE.getName(), software.id(), software.siteId(),
                "Asset " + tag + ", removed " + software.name() + " " + software.version());
    }

    public void update(CapturingTransaction tx, Asset asset) {
        List<String> changed = tx.updateFrom(tx.row(ASSET, asset));
        if (!changed.isEmpty()) {
            tx.audit("update", ASSET.getName(), asset.id(), asset.siteId(),
                    "Asset " + asset.tag() + ": " + String.join(", ", changed));
        }
    }

    public void insertComponents(CapturingTransaction tx, List<Component> components) {
        tx.insert(components.stream().map(c -> tx.row(COMPONENT, c)).toList());
    }

    public void insertSoftware(CapturingTransaction tx, List<InstalledSoftware> software) {
        tx.insert(software.stream().map(s -> tx.row(INSTALLED_SOFTWARE, s)).toList());
    }

    public Optional<Asset> find(UUID id) {
        return store.dsl().selectFrom(ASSET).where(ASSET.ID.eq(id)).fetchOptionalInto(Asset.class);
    }

    public List<Component> components(UUID assetId) {
        return store.dsl().selectFrom(COMPONENT).where(COMPONENT.ASSET_ID.eq(assetId)).and(COMPONENT.ARCHIVED.isFalse())
                .orderBy(COMPONENT.KIND, COMPONENT.FITTED_ON).fetchInto(Component.class);
    }

    public List<InstalledSoftware> software(UUID assetId) {
        return store.dsl().selectFrom(INSTALLED_SOFTWARE).where(INSTALLED_SOFTWARE.ASSET_ID.eq(assetId))
                .and(INSTALLED_SOFTWARE.ARCHIVED.isFalse()).orderBy(INSTALLED_SOFTWARE.NAME).fetchInto(InstalledSoftware.class);
    }

}
