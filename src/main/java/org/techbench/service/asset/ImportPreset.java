package org.techbench.service.asset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The exports of the tools a team uses before TechBench, read as they are: their headers (in the
 * exporting user's language) mapped to our fields, and the headers that tell the file is theirs.
 */
public enum ImportPreset {

    /** Snipe-IT's asset export and import sample: categories instead of kinds, dates as 12/27/22. */
    SNIPE_IT("snipe-it", List.of(List.of("Asset Tag"), List.of("Category", "Item Name", "Model name", "Purchase Cost",
            "Checked Out To", "Warranty Months", "Company")), fields(
            "Asset Tag", AssetField.TAG, "Item Name", AssetField.NAME, "Asset Name", AssetField.NAME,
            "Name", AssetField.NAME, "Category", AssetField.KIND, "Manufacturer", AssetField.MAKE,
            "Model name", AssetField.MODEL, "Model", AssetField.MODEL, "Serial Number", AssetField.SERIAL,
            "Serial", AssetField.SERIAL, "Location", AssetField.LOCATION, "Notes", AssetField.NOTES,
            "Asset Notes", AssetField.NOTES, "Purchase Date", AssetField.PURCHASED_ON, "Purchased", AssetField.PURCHASED_ON,
            "Status", AssetField.STATUS, "Warranty Expires", AssetField.WARRANTY_ENDS_ON,
            "Warranty Months", AssetField.WARRANTY_MONTHS, "Warranty", AssetField.WARRANTY_MONTHS)),

    /** GLPI's computer list export: ';'-separated, headers in English, French or Chinese. */
    GLPI("glpi", List.of(List.of("Inventory number", "Numéro d'inventaire", "库存编号", "资产编号"),
            List.of("Entity", "Entité", "实体")), fields(
            "Inventory number", AssetField.TAG, "Numéro d'inventaire", AssetField.TAG, "库存编号", AssetField.TAG,
            "资产编号", AssetField.TAG,
            "Name", AssetField.NAME, "Nom", AssetField.NAME, "名称", AssetField.NAME,
            "Type", AssetField.KIND, "类型", AssetField.KIND,
            "Manufacturer", AssetField.MAKE, "Fabricant", AssetField.MAKE, "制造商", AssetField.MAKE,
            "Model", AssetField.MODEL, "Modèle", AssetField.MODEL, "型号", AssetField.MODEL,
            "Serial number", AssetField.SERIAL, "Numéro de série", AssetField.SERIAL, "序列号", AssetField.SERIAL,
            "Location", AssetField.LOCATION, "Lieu", AssetField.LOCATION, "位置", AssetField.LOCATION,
            "Status", AssetField.STATUS, "Statut", AssetField.STATUS, "状态", AssetField.STATUS,
            "Comments", AssetField.NOTES, "Commentaires", AssetField.NOTES, "注释", AssetField.NOTES));

    private final String name;
    /** Every group must have one of its headers in the file. */
    private final List<List<String>> signature;
    private final Map<String, AssetField> fields;

    ImportPreset(String name, List<List<String>> signature, Map<String, AssetField> fields) {
        this.name = name;
        this.signature = signature;
        this.fields = fields;
    }

    /** How the command line names it. */
    public String cliName() {
        return name;
    }

    public static Optional<ImportPreset> named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ImportPreset preset : values()) {
            if (preset.name.equals(wanted)) {
                return Optional.of(preset);
            }
        }
        return Optional.empty();
    }

    /** The preset whose headers the file has, if one does. */
    public static Optional<ImportPreset> matching(List<String> headers) {
        for (ImportPreset preset : values()) {
            if (preset.missing(headers).isEmpty()) {
                return Optional.of(preset);
            }
        }
        return Optional.empty();
    }

    /** The headers the file lacks to be this tool's export, one of each group, as the tool writes them. */
    public List<String> missing(List<String> headers) {
        Set<String> present = headers.stream().map(AssetField::simplify).collect(Collectors.toSet());
        return signature.stream().filter(group -> group.stream().map(AssetField::simplify).noneMatch(present::contains))
                .map(group -> String.join(" / ", group)).toList();
    }

    /** The field this tool's header holds, if it holds one of ours. */
    public Optional<AssetField> field(String header) {
        return Optional.ofNullable(fields.get(AssetField.simplify(header)));
    }

    private static Map<String, AssetField> fields(Object... pairs) {
        Map<String, AssetField> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(AssetField.simplify((String) pairs[i]), (AssetField) pairs[i + 1]);
        }
        return Map.copyOf(fields);
    }
}
