package org.techbench.sync.hub;

import java.util.Set;
import java.util.UUID;
import org.techbench.domain.people.HubAccount;

/**
 * Who a request comes from, as its token says: the user, the laptop (node) the token was issued
 * to, and the sites they may see and write, by id and by code.
 */
public record Caller(HubAccount account, String nodeId, Set<UUID> siteIds) {

    boolean mayUse(UUID siteId) {
        return siteId == null || account.everySite() || siteIds.contains(siteId);
    }

    boolean mayUseSiteCode(String code) {
        return account.everySite() || account.siteCodes().contains(code);
    }
}
