package org.techbench.domain.maintenance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.techbench.domain.asset.ComponentKind;

/** The periodic hardware checks of the service manual (4.1.1), as checklist items. */
public final class StandardChecks {

    public static final String HARDWARE_CHECK_CODE = "HW-PERIODIC";

    private StandardChecks() {
    }

    public static List<ChecklistItem> hardwareCheck(UUID templateId, Supplier<UUID> ids) {
        return List.of(
                item(ids, templateId, 1, ComponentKind.PSU, "Power cable firmly connected, no looseness",
                        "Visual and by hand", "Screwdriver", CheckFrequency.MONTHLY, AnswerType.PASS_FAIL, null, null, null),
                item(ids, templateId, 2, ComponentKind.PSU, "Supply voltage stable",
                        "Measure the 12 V rail", "Multimeter", CheckFrequency.MONTHLY, AnswerType.READING,
                        "V", new BigDecimal("11.40"), new BigDecimal("12.60")),
                item(ids, templateId, 3, ComponentKind.FAN, "Fans and heat sinks working; fan dust cleaned",
                        "Observe fans under load, clean dust", "Brush, compressed air", CheckFrequency.QUARTERLY,
                        AnswerType.PASS_FAIL, null, null, null),
                item(ids, templateId, 4, ComponentKind.MEMORY, "Memory modules firmly seated in their slots",
                        "Check clips and seating", null, CheckFrequency.MONTHLY, AnswerType.PASS_FAIL, null, null, null),
                item(ids, templateId, 5, ComponentKind.DISK, "Disk data and power cables normal, activity LED normal",
                        "Visual; read SMART health", "Disk health utility", CheckFrequency.MONTHLY,
                        AnswerType.PASS_FAIL, null, null, null),
                item(ids, templateId, 6, ComponentKind.MOTHERBOARD, "Slots and connectors normal, nothing loose",
                        "Visual inspection with the case open", "Screwdriver", CheckFrequency.HALF_YEARLY,
                        AnswerType.PASS_FAIL, null, null, null),
                item(ids, templateId, 7, ComponentKind.GPU, "Graphics card firmly seated, cables normal",
                        "Visual and by hand", null, CheckFrequency.QUARTERLY, AnswerType.PASS_FAIL, null, null, null));
    }

    private static ChecklistItem item(Supplier<UUID> ids, UUID templateId, int position,
                                      ComponentKind component, String check, String method, String tools,
                                      CheckFrequency frequency, AnswerType answer, String unit,
                                      BigDecimal lower, BigDecimal upper) {
        return new ChecklistItem(ids.get(), templateId, position, component, check, method, tools, frequency,
                answer, unit, lower, upper, null, true);
    }
}
