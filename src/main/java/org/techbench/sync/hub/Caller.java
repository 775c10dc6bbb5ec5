package org.techbench.sync.hub;

import java.util.Set;
import java.util.UUID;
import org.techbench.domain.people.HubAccount;
import org.techbench.i18n.Texts;

/**
 * Who a request comes from, as its token says: the user, the laptop (node) the token was issued
 * to, and the sites they may see and write, by id and by code; and the language the laptop asked
 * for, in which the hub words the reasons it refuses a change.
 */
public record Caller(HubAccount account, String nodeId, Set<UUID> siteIds, Texts texts) {

    boolean mayUse(UUID siteId) {
        return siteId == null || account.everySite() || siteIds.contains(siteId);
    }

    boolean mayUseSiteCode(String code) {
        return account.everySite() || account.siteCodes().contains(code);
    }
}
