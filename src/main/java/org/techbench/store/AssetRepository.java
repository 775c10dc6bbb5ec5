package org.techbench.store;

import static org.techbench.store.schema.Tables.ASSET;
import static org.techbench.store.schema.Tables.COMPONENT;
import static org.techbench.store.schema.Tables.INSTALLED_SOFTWARE;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.store.schema.tables.records.AssetRecord;
import org.techbench.store.schema.tables.records.ComponentRecord;
import org.techbench.store.schema.tables.records.InstalledSoftwareRecord;

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
        return store.dsl().selectFrom(COMPONENT).where(COMPONENT.ASSET_ID.eq(assetId))
                .orderBy(COMPONENT.KIND, COMPONENT.FITTED_ON).fetch(AssetRepository::toComponent);
    }

    public List<InstalledSoftware> software(UUID assetId) {
        return store.dsl().selectFrom(INSTALLED_SOFTWARE).where(INSTALLED_SOFTWARE.ASSET_ID.eq(assetId))
                .orderBy(INSTALLED_SOFTWARE.NAME).fetch(AssetRepository::toSoftware);
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
