package org.techbench.domain.knowledge;

import java.util.List;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.fault.FaultSubcategory;

/** The component kinds a hardware fault class is about (4.2.1), so a fault and an article on the same part meet. */
public final class FaultComponents {

    private FaultComponents() {
    }

    public static List<ComponentKind> of(FaultSubcategory subcategory) {
        if (subcategory == null) {
            return List.of();
        }
        return switch (subcategory) {
            case POWER -> List.of(ComponentKind.PSU);
            case COOLING -> List.of(ComponentKind.FAN, ComponentKind.HEAT_SINK);
            case MEMORY -> List.of(ComponentKind.MEMORY);
            case DISK -> List.of(ComponentKind.DISK);
            case MOTHERBOARD -> List.of(ComponentKind.MOTHERBOARD);
            case GRAPHICS -> List.of(ComponentKind.GPU);
            case INTERFACE -> List.of(ComponentKind.NIC);
            default -> List.of();
        };
    }
}
