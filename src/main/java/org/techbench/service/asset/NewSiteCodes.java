package org.techbench.service.asset;

import java.util.regex.Pattern;

/**
 * The codes an import may give the sites it creates: letters, digits, '.', '-' and '_', at most 40.
 * A space or comma would not survive the hub's list of a user's site codes, nor a command line.
 */
final class NewSiteCodes {

    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,39}");

    private NewSiteCodes() {
    }

    static boolean valid(String code) {
        return CODE.matcher(code.strip()).matches();
    }
}
