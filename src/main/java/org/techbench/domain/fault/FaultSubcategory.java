package org.techbench.domain.fault;

import java.util.Arrays;
import java.util.List;

/** The fault subcategories of the service manual (3.1, 4.2.1, 5.3.1, 6.2.1), each under its category. */
public enum FaultSubcategory {
    DAMAGED_DEVICE(FaultCategory.HARDWARE),
    INTERFACE(FaultCategory.HARDWARE),
    POWER(FaultCategory.HARDWARE),
    COOLING(FaultCategory.HARDWARE),
    MEMORY(FaultCategory.HARDWARE),
    DISK(FaultCategory.HARDWARE),
    MOTHERBOARD(FaultCategory.HARDWARE),
    GRAPHICS(FaultCategory.HARDWARE),
    COMPATIBILITY(FaultCategory.HARDWARE),
    SYSTEM(FaultCategory.SOFTWARE),
    APPLICATION(FaultCategory.SOFTWARE),
    DATABASE(FaultCategory.SOFTWARE),
    MISSING_FUNCTION(FaultCategory.SOFTWARE),
    SOFTWARE_COMPATIBILITY(FaultCategory.SOFTWARE),
    VIRUS_MALWARE(FaultCategory.SOFTWARE),
    NETWORK_DEVICE(FaultCategory.NETWORK),
    LINE(FaultCategory.NETWORK),
    CONFIGURATION(FaultCategory.NETWORK),
    ATTACK(FaultCategory.NETWORK),
    NETWORK_SERVICE(FaultCategory.NETWORK);

    private final FaultCategory category;

    FaultSubcategory(FaultCategory category) {
        this.category = category;
    }

    public FaultCategory category() {
        return category;
    }

    public static List<FaultSubcategory> of(FaultCategory category) {
        return Arrays.stream(values()).filter(s -> s.category == category).toList();
    }
}
