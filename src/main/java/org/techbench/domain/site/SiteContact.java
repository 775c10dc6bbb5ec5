package org.techbench.domain.site;

import java.util.UUID;

/** A person to call at a customer site, besides the site's main contact. */
public record SiteContact(UUID id, UUID siteId, String name, String role, String phone, String email) {
}
