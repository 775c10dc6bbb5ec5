package org.techbench.service.asset;

/** What an import wrote. */
public record ImportResult(int created, int updated, int unchanged, int skipped, int components, int software,
                           int problems) {
}
