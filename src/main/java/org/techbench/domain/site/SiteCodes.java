package org.techbench.domain.site;

import java.util.regex.Pattern;

/**
 * The codes a site may be given where the workbench makes or names one (an import's new sites, a
 * user's sites on the hub): letters, digits, '.', '-' and '_', at most 40. A space or comma would
 * not survive the hub's list of a user's site codes, nor a command line.
 */
public final class SiteCodes {

    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,39}");

    private SiteCodes() {
    }

    public static boolean valid(String code) {
        return code != null && CODE.matcher(code.strip()).matches();
    }
}
