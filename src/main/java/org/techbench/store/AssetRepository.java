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
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.replication.CapturingTransaction;
import org.techbench.schema.tables.records.AssetRecord;
import org.techbench.schema.tables.records.ComponentRecord;
import org.techbench.schema.tables.records.InstalledSoftwareRecord;

/** Assets with their components and installed software. */
public final class AssetRepository {

    private final Store store;

    public AssetRepository(Store store) {
        this.store = store;
    }

    public void insert(CapturingTransaction tx, Asset asset) {
        tx.insert(toRecord(asset));
        tx.audit("create", ASSET.getName(), asset.id(), asset.siteId(), "Asset " + asset.tag() + " " + asset.name());
    }

    public void insertAll(CapturingTransaction tx, List<Asset> assets) {
        tx.insert(assets.stream().map(AssetRepository::toRecord).toList());
    }

    /** Inserts many assets, each with its audit entry (an import: every change is audited). */
    public void importAll(CapturingTransaction tx, List<Asset> assets) {
        insertAll(tx, assets);
        tx.auditAll("import", ASSET.getName(), assets.stream().map(Asset::id).toList(),
                assets.stream().map(Asset::siteId).toList(),
                assets.stream().map(a -> "Asset " + a.tag() + " " + a.name()).toList());
    }

    public void importComponents(CapturingTransaction tx, List<Component> components) {
        insertComponents(tx, components);
        tx.auditAll("import", COMPONENT.getName(), components.stream().map(Component::id).toList(),
                components.stream().map(Component::siteId).toList(),
                components.stream().map(c -> "Component " + c.kind() + " " + c.serial()).toList());
    }

    public void importSoftware(CapturingTransaction tx, List<InstalledSoftware> entries) {
        insertSoftware(tx, entries);
        tx.auditAll("import", INSTALLED_SOFTWARE.getName(), entries.stream().map(InstalledSoftware::id).toList(),
                entries.stream().map(InstalledSoftware::siteId).toList(),
                entries.stream().map(s -> "Software " + s.name() + " " + s.version()).toList());
    }

    public void setArchived(CapturingTransaction tx, UUID id, boolean archived) {
        List<String> changed = tx.update(ASSET, id, Map.of(ASSET.ARCHIVED, archived));
        if (!changed.isEmpty()) {
            Asset asset = find(id).orElseThrow();
            tx.audit(archived ? "archive" : "restore", ASSET.getName(), id, asset.siteId(), "Asset " + asset.tag());
        }
    }

    public Optional<Asset> findByTag(UUID siteId, String tag) {
        return store.dsl().selectFrom(ASSET).where(ASSET.SITE_ID.eq(siteId)).and(ASSET.TAG.eq(tag))
                .fetchOptional(AssetRepository::toAsset);
    }

    /** Every asset of the given sites, archived ones included. */
    public List<Asset> inSites(Collection<UUID> siteIds) {
        return store.dsl().selectFrom(ASSET).where(ASSET.SITE_ID.in(siteIds)).fetch(AssetRepository::toAsset);
    }

    public List<Asset> findAll(List<UUID> ids) {
        return store.dsl().selectFrom(ASSET).where(ASSET.ID.in(ids)).fetch(AssetRepository::toAsset);
    }

    public Optional<Component> component(UUID id) {
        return store.dsl().selectFrom(COMPONENT).where(COMPONENT.ID.eq(id)).fetchOptional(AssetRepository::toComponent);
    }

    public List<Component> componentsOf(Collection<UUID> assetIds) {
        return store.dsl().selectFrom(COMPONENT).where(COMPONENT.ASSET_ID.in(assetIds)).and(COMPONENT.ARCHIVED.isFalse())
                .orderBy(COMPONENT.KIND, COMPONENT.FITTED_ON, COMPONENT.ID).fetch(AssetRepository::toComponent);
    }

    public List<InstalledSoftware> softwareOf(Collection<UUID> assetIds) {
        return store.dsl().selectFrom(INSTALLED_SOFTWARE).where(INSTALLED_SOFTWARE.ASSET_ID.in(assetIds))
                .and(INSTALLED_SOFTWARE.ARCHIVED.isFalse())
                .orderBy(INSTALLED_SOFTWARE.NAME, INSTALLED_SOFTWARE.ID).fetch(AssetRepository::toSoftware);
    }

    public void updateComponent(CapturingTransaction tx, Component component, String tag) {
        List<String> changed = tx.updateFrom(toRecord(component));
        if (!changed.isEmpty()) {
            tx.audit("update", COMPONENT.getName(), component.id(), component.siteId(),
                    "Asset " + tag + ", " + component.kind() + " " + component.serial() + ": " + String.join(", ", changed));
        }
    }

    public void addComponent(CapturingTransaction tx, Component component, String tag) {
        tx.insert(toRecord(component));
        tx.audit("create", COMPONENT.getName(), component.id(), component.siteId(),
                "Asset " + tag + ", fitted " + component.kind() + " " + component.serial());
    }

    public void updateSoftware(CapturingTransaction tx, InstalledSoftware software, String tag) {
        List<String> changed = tx.updateFrom(toRecord(software));
        if (!changed.isEmpty()) {
            tx.audit("update", INSTALLED_SOFTWARE.getName(), software.id(), software.siteId(),
                    "Asset " + tag + ", " + software.name() + ": " + String.join(", ", changed));
        }
    }

    public void addSoftware(CapturingTransaction tx, InstalledSoftware software, String tag) {
        tx.insert(toRecord(software));
        tx.audit("create", INSTALLED_SOFTWARE.getName(), software.id(), software.siteId(),
                "Asset " + tag + ", installed " + software.name() + " " + software.version());
    }

    public void removeSoftware(CapturingTransaction tx, InstalledSoftware software, String tag) {
        tx.update(INSTALLED_SOFTWARE, software.id(), Map.of(INSTALLED_SOFTWARE.ARCHIVED, true));
        tx.audit("archive", INSTALLED_SOFTWARE.getName(), software.id(), software.siteId(),
                "Asset " + tag + ", removed " + software.name() + " " + software.version());
    }

    public void update(CapturingTransaction tx, Asset asset) {
        List<String> changed = tx.updateFrom(toRecord(asset));
        if (!changed.isEmpty()) {
            tx.audit("update", ASSET.getName(), asset.id(), asset.siteId(),
                    "Asset " + asset.tag() + ": " + String.join(", ", changed));
        }
    }

    public void insertComponents(CapturingTransaction tx, List<Component> components) {
        tx.insert(components.stream().map(AssetRepository::toRecord).toList());
    }

    public void insertSoftware(CapturingTransaction tx, List<InstalledSoftware> software) {
        tx.insert(software.stream().map(AssetRepository::toRecord).toList());
    }

    public Optional<Asset> find(UUID id) {
        return store.dsl().selectFrom(ASSET).where(ASSET.ID.eq(id)).fetchOptional(AssetRepository::toAsset);
    }

    public List<Component> components(UUID assetId) {
        return store.dsl().selectFrom(COMPONENT).where(COMPONENT.ASSET_ID.eq(assetId)).and(COMPONENT.ARCHIVED.isFalse())
                .orderBy(COMPONENT.KIND, COMPONENT.FITTED_ON).fetch(AssetRepository::toComponent);
    }

    public List<InstalledSoftware> software(UUID assetId) {
        return store.dsl().selectFrom(INSTALLED_SOFTWARE).where(INSTALLED_SOFTWARE.ASSET_ID.eq(assetId))
                .and(INSTALLED_SOFTWARE.ARCHIVED.isFalse()).orderBy(INSTALLED_SOFTWARE.NAME).fetch(AssetRepository::toSoftware);
    }

    static AssetRecord toRecord(Asset a) {
        AssetRecord r = new AssetRecord();
        r.setId(a.id());
        r.setSiteId(a.siteId());
        r.setTag(a.tag());
        r.setName(a.name());
        r.setKind(a.kind().name());
        r.setMake(a.make());
        r.setModel(a.model());
        r.setSerial(a.serial());
        r.setLocation(a.location());
        r.setIpAddress(a.ipAddress());
        r.setHostname(a.hostname());
        r.setStatus(a.status().name());
        r.setPurchasedOn(a.purchasedOn());
        r.setWarrantyEndsOn(a.warrantyEndsOn());
        r.setNotes(a.notes());
        r.setArchived(a.archived());
        return r;
    }

    static Asset toAsset(AssetRecord r) {
        return new Asset(r.getId(), r.getSiteId(), r.getTag(), r.getName(), AssetKind.valueOf(r.getKind()), r.getMake(),
                r.getModel(), r.getSerial(), r.getLocation(), r.getIpAddress(), r.getHostname(),
                AssetStatus.valueOf(r.getStatus()), r.getPurchasedOn(), r.getWarrantyEndsOn(), r.getNotes(),
                r.getArchived());
    }

    static ComponentRecord toRecord(Component c) {
        ComponentRecord r = new ComponentRecord();
        r.setId(c.id());
        r.setSiteId(c.siteId());
        r.setAssetId(c.assetId());
        r.setKind(c.kind().name());
        r.setMake(c.make());
        r.setModel(c.model());
        r.setSerial(c.serial());
        r.setCapacity(c.capacity());
        r.setFittedOn(c.fittedOn());
        r.setRemovedOn(c.removedOn());
        r.setArchived(false);
        return r;
    }

    static Component toComponent(ComponentRecord r) {
        return new Component(r.getId(), r.getSiteId(), r.getAssetId(), ComponentKind.valueOf(r.getKind()), r.getMake(),
                r.getModel(), r.getSerial(), r.getCapacity(), r.getFittedOn(), r.getRemovedOn());
    }

    static InstalledSoftwareRecord toRecord(InstalledSoftware s) {
        InstalledSoftwareRecord r = new InstalledSoftwareRecord();
        r.setId(s.id());
        r.setSiteId(s.siteId());
        r.setAssetId(s.assetId());
        r.setName(s.name());
        r.setVersion(s.version());
        r.setVendor(s.vendor());
        r.setInstalledOn(s.installedOn());
        r.setLicence(s.licence());
        r.setArchived(false);
        return r;
    }

    static InstalledSoftware toSoftware(InstalledSoftwareRecord r) {
        return new InstalledSoftware(r.getId(), r.getSiteId(), r.getAssetId(), r.getName(), r.getVersion(), r.getVendor(),
                r.getInstalledOn(), r.getLicence());
    }
}
