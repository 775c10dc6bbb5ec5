package org.techbench.service.asset;

import java.util.Map;
import java.util.Optional;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.asset.SearchText;

/**
 * The words other tools use for what we call kinds and statuses: Snipe-IT's categories and status
 * labels, GLPI's computer types and states, in English and Chinese.
 */
final class ForeignValues {

    private static final Map<String, AssetKind> KINDS = Map.ofEntries(
            Map.entry("servers", AssetKind.SERVER), Map.entry("server", AssetKind.SERVER),
            Map.entry("desktops", AssetKind.DESKTOP), Map.entry("desktop", AssetKind.DESKTOP),
            Map.entry("workstation", AssetKind.DESKTOP), Map.entry("workstations", AssetKind.DESKTOP),
            Map.entry("pc", AssetKind.DESKTOP), Map.entry("pcs", AssetKind.DESKTOP), Map.entry("tower", AssetKind.DESKTOP),
            Map.entry("laptops", AssetKind.LAPTOP), Map.entry("laptop", AssetKind.LAPTOP), Map.entry("notebook", AssetKind.LAPTOP),
            Map.entry("notebooks", AssetKind.LAPTOP), Map.entry("portable", AssetKind.LAPTOP),
            Map.entry("storage", AssetKind.STORAGE), Map.entry("nas", AssetKind.STORAGE), Map.entry("san", AssetKind.STORAGE),
            Map.entry("switches", AssetKind.SWITCH), Map.entry("network switch", AssetKind.SWITCH),
            Map.entry("routers", AssetKind.ROUTER), Map.entry("firewalls", AssetKind.FIREWALL),
            Map.entry("printers", AssetKind.PRINTER), Map.entry("monitors", AssetKind.MONITOR),
            Map.entry("displays", AssetKind.MONITOR), Map.entry("display", AssetKind.MONITOR), Map.entry("screen", AssetKind.MONITOR),
            Map.entry("电脑", AssetKind.DESKTOP), Map.entry("台式电脑", AssetKind.DESKTOP), Map.entry("笔记本电脑", AssetKind.LAPTOP));
    private static final Map<String, AssetStatus> STATUSES = Map.ofEntries(
            Map.entry("deployed", AssetStatus.IN_SERVICE), Map.entry("in use", AssetStatus.IN_SERVICE),
            Map.entry("ready to deploy", AssetStatus.SPARE), Map.entry("in stock", AssetStatus.SPARE),
            Map.entry("pending", AssetStatus.SPARE), Map.entry("pending diagnostics", AssetStatus.IN_REPAIR),
            Map.entry("out for repair", AssetStatus.IN_REPAIR), Map.entry("out for diagnostics", AssetStatus.IN_REPAIR),
            Map.entry("in repair", AssetStatus.IN_REPAIR), Map.entry("broken", AssetStatus.IN_REPAIR),
            Map.entry("undeployable", AssetStatus.RETIRED), Map.entry("archived", AssetStatus.RETIRED),
            Map.entry("lost", AssetStatus.RETIRED), Map.entry("lost/stolen", AssetStatus.RETIRED),
            Map.entry("broken - not fixable", AssetStatus.RETIRED), Map.entry("retired", AssetStatus.RETIRED),
            Map.entry("en service", AssetStatus.IN_SERVICE), Map.entry("en stock", AssetStatus.SPARE),
            Map.entry("en réparation", AssetStatus.IN_REPAIR), Map.entry("hors service", AssetStatus.RETIRED));

    private ForeignValues() {
    }

    static Optional<AssetKind> kind(String text) {
        return Optional.ofNullable(KINDS.get(key(text)));
    }

    static Optional<AssetStatus> status(String text) {
        return Optional.ofNullable(STATUSES.get(key(text)));
    }

    static String key(String text) {
        return SearchText.normalize(text).strip().replaceAll("\\s+", " ");
    }
}
