package org.techbench.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.techbench.i18n.Texts;

/** Small phrases more than one screen words the same way. */
public final class Wording {

    private Wording() {
    }

    /** "3 min ago", or "just now" within the first minute. */
    public static String ago(Texts texts, OffsetDateTime at, Instant now) {
        long minutes = Math.max(0, Duration.between(at.toInstant(), now).toMinutes());
        return minutes < 1 ? texts.get("sync.justNow") : texts.get("sync.minutesAgo", minutes);
    }
}
