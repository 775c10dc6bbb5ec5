package org.techbench.ui.faults;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.fault.Priority;

/**
 * What the Faults list is narrowed to, as a technician saves it under a name: kept in the settings
 * file as {@code scope=OPEN;mine=true;sla=AT_RISK}. Null fields leave that choice open.
 */
public record FaultListFilter(FaultScope scope, Priority priority, FaultCategory category, UUID siteId,
                              UUID assigneeId, boolean mine, SlaFilter sla) {

    public FaultListFilter {
        scope = scope == null ? FaultScope.OPEN : scope;
        sla = sla == null ? SlaFilter.ANY : sla;
    }

    /** What the screen opens with, and the built-in saved filter "Mine, open" without the mine. */
    public static FaultListFilter openFaults() {
        return new FaultListFilter(FaultScope.OPEN, null, null, null, null, false, SlaFilter.ANY);
    }

    public static FaultListFilter mineOpen() {
        return new FaultListFilter(FaultScope.OPEN, null, null, null, null, true, SlaFilter.ANY);
    }

    public static FaultListFilter atRisk() {
        return new FaultListFilter(FaultScope.OPEN, null, null, null, null, false, SlaFilter.AT_RISK);
    }

    public String encode() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("scope", scope.name());
        if (priority != null) {
            parts.put("priority", priority.name());
        }
        if (category != null) {
            parts.put("category", category.name());
        }
        if (siteId != null) {
            parts.put("site", siteId.toString());
        }
        if (assigneeId != null) {
            parts.put("assignee", assigneeId.toString());
        }
        if (mine) {
            parts.put("mine", "true");
        }
        if (sla != SlaFilter.ANY) {
            parts.put("sla", sla.name());
        }
        StringBuilder text = new StringBuilder();
        parts.forEach((key, value) -> text.append(text.isEmpty() ? "" : ";").append(key).append('=').append(value));
        return text.toString();
    }

    /** Reads a saved filter; a part that no longer means anything (a hand-edited file) is left out. */
    public static FaultListFilter decode(String text) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
            }
        }
        return new FaultListFilter(parse(FaultScope.class, parts.get("scope")), parse(Priority.class, parts.get("priority")),
                parse(FaultCategory.class, parts.get("category")), uuid(parts.get("site")), uuid(parts.get("assignee")),
                "true".equals(parts.get("mine")), parse(SlaFilter.class, parts.get("sla")));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
