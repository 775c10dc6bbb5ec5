package org.techbench.sync.hub;

import static org.techbench.schema.Tables.SITE;

import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
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

    /**
     * Whether the caller may use the site, judged also by the code the hub now has for it: a site
     * created by an earlier mutation of the same push is not yet among {@code siteIds}.
     */
    boolean mayUse(UUID siteId, DSLContext tx) {
        return mayUse(siteId) || mayUseSiteCode(tx.select(SITE.CODE).from(SITE).where(SITE.ID.eq(siteId)).fetchOne(SITE.CODE));
    }

    boolean mayUseSiteCode(String code) {
        return account.everySite() || code != null && account.siteCodes().contains(code);
    }
}
