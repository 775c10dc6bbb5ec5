package org.techbench.service.asset;

/** What an import wrote, or (in a plan) would write, with the number of problems found. */
public record ImportResult(int created, int updated, int unchanged, int skipped, int components, int software,
                           int problems) {
}
