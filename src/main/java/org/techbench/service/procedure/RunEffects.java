package org.techbench.service.procedure;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.domain.procedure.RunEffect;
import org.techbench.replication.CapturingTransaction;
import org.techbench.replication.Ids;
import org.techbench.store.AssetRepository;

/**
 * Writes a finished run's effect into its asset's record, in the transaction that saves the run's
 * last step: the software installed, updated or removed, or the old part taken out and the new one
 * fitted on the day.
 */
final class RunEffects {

    private final AssetRepository assets;

    RunEffects(AssetRepository assets) {
        this.assets = assets;
    }

    void apply(CapturingTransaction tx, Asset asset, RunEffect effect, LocalDate day) {
        switch (effect) {
            case RunEffect.SoftwareInstalled installed -> listed(asset, installed.name()).ifPresentOrElse(
                    existing -> assets.updateSoftware(tx, withVersion(existing, installed.version(), day), asset.tag()),
                    () -> add(tx, asset, installed.name(), installed.version(), day));
            case RunEffect.SoftwareUpdated updated -> listed(asset, updated.name()).ifPresentOrElse(
                    existing -> assets.updateSoftware(tx, withVersion(existing, updated.version(), day), asset.tag()),
                    // Updated but never listed: it is listed now, so the record matches the machine.
                    () -> add(tx, asset, updated.name(), updated.version(), day));
            case RunEffect.SoftwareRemoved removed -> listed(asset, removed.name())
                    .ifPresent(existing -> assets.removeSoftware(tx, existing, asset.tag()));
            case RunEffect.PartReplaced part -> {
                List<Component> fitted = assets.components(asset.id()).stream()
                        .filter(c -> c.kind() == part.kind() && c.removedOn() == null).toList();
                fitted.stream().max(Comparator.comparing(Component::fittedOn, Comparator.nullsFirst(Comparator.naturalOrder())))
                        .ifPresent(old -> assets.updateComponent(tx, new Component(old.id(), old.siteId(), old.assetId(),
                                old.kind(), old.make(), old.model(), old.serial(), old.capacity(), old.fittedOn(), day),
                                asset.tag()));
                assets.addComponent(tx, new Component(Ids.next(), asset.siteId(), asset.id(), part.kind(), null,
                        part.model(), part.serial(), null, day, null), asset.tag());
            }
        }
    }

    private Optional<InstalledSoftware> listed(Asset asset, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return assets.software(asset.id()).stream()
                .filter(s -> s.name().strip().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    private void add(CapturingTransaction tx, Asset asset, String name, String version, LocalDate day) {
        assets.addSoftware(tx, new InstalledSoftware(Ids.next(), asset.siteId(), asset.id(), name.strip(), version, null,
                day, null), asset.tag());
    }

    private static InstalledSoftware withVersion(InstalledSoftware s, String version, LocalDate day) {
        return new InstalledSoftware(s.id(), s.siteId(), s.assetId(), s.name(), version, s.vendor(), day, s.licence());
    }
}
