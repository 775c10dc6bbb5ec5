package org.techbench.domain.asset;

import java.util.UUID;

/**
 * What the asset list shows: a search text matched anywhere in tag, name, serial, make, model,
 * IP address or hostname; optional site, kind, status and warranty filters; and the order.
 * Null filters match everything.
 */
public record AssetFilter(
        String text,
        UUID siteId,
        AssetKind kind,
        AssetStatus status,
        WarrantyState warranty,
        boolean includeArchived,
        AssetSortKey sortBy,
        boolean ascending) {

    public AssetFilter {
        text = text == null ? "" : text.strip();
        sortBy = sortBy == null ? AssetSortKey.TAG : sortBy;
    }

    public static AssetFilter all() {
        return new AssetFilter("", null, null, null, null, false, AssetSortKey.TAG, true);
    }

    /** True for the list as first shown: every asset in service or not, none archived, by tag. */
    public boolean selectsAllByTag() {
        return text.isEmpty() && siteId == null && kind == null && status == null && warranty == null && !includeArchived
                && sortBy == AssetSortKey.TAG;
    }

    public AssetFilter withText(String newText) {
        return new AssetFilter(newText, siteId, kind, status, warranty, includeArchived, sortBy, ascending);
    }

    public AssetFilter withSite(UUID newSiteId) {
        return new AssetFilter(text, newSiteId, kind, status, warranty, includeArchived, sortBy, ascending);
    }

    public AssetFilter withKind(AssetKind newKind) {
        return new AssetFilter(text, siteId, newKind, status, warranty, includeArchived, sortBy, ascending);
    }

    public AssetFilter withStatus(AssetStatus newStatus) {
        return new AssetFilter(text, siteId, kind, newStatus, warranty, includeArchived, sortBy, ascending);
    }

    public AssetFilter withWarranty(WarrantyState newWarranty) {
        return new AssetFilter(text, siteId, kind, status, newWarranty, includeArchived, sortBy, ascending);
    }

    public AssetFilter withArchived(boolean include) {
        return new AssetFilter(text, siteId, kind, status, warranty, include, sortBy, ascending);
    }

    public AssetFilter sortedBy(AssetSortKey key, boolean up) {
        return new AssetFilter(text, siteId, kind, status, warranty, includeArchived, key, up);
    }
}
