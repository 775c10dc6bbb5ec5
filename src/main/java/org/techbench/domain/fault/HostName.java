package org.techbench.domain.fault;

import java.util.regex.Pattern;

/**
 * What a diagnostic tool may be aimed at: an IPv4 or IPv6 address, or a host name of letters,
 * digits and hyphens (RFC 1123). Anything else, a leading hyphen above all, never reaches a command.
 */
public final class HostName {

    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private HostName() {
    }

    /** Whether the text is an IP address (as opposed to a name to look up). */
    public static boolean isAddress(String host) {
        return IPV4.matcher(host).matches()
                || host.contains(":") && IPV6.matcher(host).matches() && host.chars().filter(c -> c == ':').count() >= 2;
    }

    public static boolean valid(String host) {
        if (host == null || host.isEmpty() || host.length() > 253) {
            return false;
        }
        if (isAddress(host)) {
            return true;
        }
        if (host.contains(":")) {
            return false;
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.isEmpty() || name.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
