package org.techbench.domain.asset;

import java.util.Set;
import java.util.UUID;

/**
 * What the asset list shows: a search text matched anywhere in tag, name, serial, make, model,
 * IP address or hostname; optional site, kind, status and warranty filters; and the order.
 * Null filters, and an empty set of statuses, match everything.
 */
public record AssetFilter(
        String text,
        UUID siteId,
        AssetKind kind,
        Set<AssetStatus> statuses,
        WarrantyState warranty,
        boolean includeArchived,
        AssetSortKey sortBy,
        boolean ascending) {

    public AssetFilter {
        text = text == null ? "" : text.strip();
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sortBy = sortBy == null ? AssetSortKey.TAG : sortBy;
    }

    public static AssetFilter all() {
        return new AssetFilter("", null, null, Set.of(), null, false, AssetSortKey.TAG, true);
    }

    /** True for the list as first shown: every asset in service or not, none archived, by tag. */
    public boolean selectsAllByTag() {
        return text.isEmpty() && siteId == null && kind == null && statuses.isEmpty() && warranty == null && !includeArchived
                && sortBy == AssetSortKey.TAG;
    }

    public AssetFilter withText(String newText) {
        return new AssetFilter(newText, siteId, kind, statuses, warranty, includeArchived, sortBy, ascending);
    }

    public AssetFilter withSite(UUID newSiteId) {
        return new AssetFilter(text, newSiteId, kind, statuses, warranty, includeArchived, sortBy, ascending);
    }

    public AssetFilter withKind(AssetKind newKind) {
        return new AssetFilter(text, siteId, newKind, statuses, warranty, includeArchived, sortBy, ascending);
    }

    /** Any of these statuses; none given means any status. */
    public AssetFilter withStatuses(Set<AssetStatus> newStatuses) {
        return new AssetFilter(text, siteId, kind, newStatuses, warranty, includeArchived, sortBy, ascending);
    }

    public boolean admits(AssetStatus status) {
        return statuses.isEmpty() || statuses.contains(status);
    }

    public AssetFilter withWarranty(WarrantyState newWarranty) {
        return new AssetFilter(text, siteId, kind, statuses, newWarranty, includeArchived, sortBy, ascending);
    }

    public AssetFilter withArchived(boolean include) {
        return new AssetFilter(text, siteId, kind, statuses, warranty, include, sortBy, ascending);
    }

    public AssetFilter sortedBy(AssetSortKey key, boolean up) {
        return new AssetFilter(text, siteId, kind, statuses, warranty, includeArchived, key, up);
    }
}
