package org.techbench.service.asset;

import java.util.Locale;
import java.util.Optional;

/** Which number comes first in a date written with slashes or dots and the year last: 31/03/2024 or 3/31/24. */
public enum DateOrder {
    DAY_FIRST, MONTH_FIRST;

    /** {@code dmy} or {@code mdy}, as the command line takes it. */
    public static Optional<DateOrder> named(String name) {
        return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
            case "dmy", "day-first" -> Optional.of(DAY_FIRST);
            case "mdy", "month-first" -> Optional.of(MONTH_FIRST);
            default -> Optional.empty();
        };
    }
}
