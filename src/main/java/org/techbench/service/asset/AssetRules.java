package org.techbench.service.asset;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.Component;

/**
 * What makes an asset or component valid, apart from facts only the store knows (a tag taken at
 * the site). Used by the form for inline messages and by saving and importing alike.
 */
public final class AssetRules {

    /** Kinds managed by their address on the network: an asset of these kinds needs an IP address. */
    public static final Set<AssetKind> NEED_IP = EnumSet.of(AssetKind.SERVER, AssetKind.STORAGE, AssetKind.SWITCH,
            AssetKind.ROUTER, AssetKind.FIREWALL);
    /** Kinds that never have an address of their own. */
    public static final Set<AssetKind> NO_IP = EnumSet.of(AssetKind.MONITOR);

    private static final Pattern CAPACITY = Pattern.compile("\\d+(\\.\\d+)?\\s*\\p{L}.*");
    private static final Pattern HOSTNAME = Pattern.compile(
            "(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\\.?");

    private AssetRules() {
    }

    public static List<FieldProblem> check(Asset asset) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, AssetField.TAG, asset.tag(), 60);
        required(problems, AssetField.NAME, asset.name(), 200);
        if (asset.siteId() == null) {
            problems.add(new FieldProblem(AssetField.SITE, ProblemCode.REQUIRED, ""));
        }
        if (asset.kind() == null) {
            problems.add(new FieldProblem(AssetField.KIND, ProblemCode.REQUIRED, ""));
        }
        if (asset.status() == null) {
            problems.add(new FieldProblem(AssetField.STATUS, ProblemCode.REQUIRED, ""));
        }
        length(problems, AssetField.MAKE, asset.make(), 100);
        length(problems, AssetField.MODEL, asset.model(), 100);
        length(problems, AssetField.SERIAL, asset.serial(), 100);
        length(problems, AssetField.LOCATION, asset.location(), 200);
        length(problems, AssetField.NOTES, asset.notes(), 2000);
        String ip = asset.ipAddress();
        if (ip != null && !ip.isBlank()) {
            if (!isIpAddress(ip)) {
                problems.add(new FieldProblem(AssetField.IP_ADDRESS, ProblemCode.NOT_AN_IP_ADDRESS, ip));
            } else if (asset.kind() != null && NO_IP.contains(asset.kind())) {
                problems.add(new FieldProblem(AssetField.IP_ADDRESS, ProblemCode.NO_IP_FOR_KIND, ip));
            }
        } else if (asset.kind() != null && NEED_IP.contains(asset.kind())) {
            problems.add(new FieldProblem(AssetField.IP_ADDRESS, ProblemCode.IP_REQUIRED_FOR_KIND, ""));
        }
        String host = asset.hostname();
        if (host != null && !host.isBlank() && (host.length() > 253 || !HOSTNAME.matcher(host).matches())) {
            problems.add(new FieldProblem(AssetField.HOSTNAME, ProblemCode.UNKNOWN_VALUE, host));
        }
        if (asset.purchasedOn() != null && asset.warrantyEndsOn() != null
                && asset.warrantyEndsOn().isBefore(asset.purchasedOn())) {
            problems.add(new FieldProblem(AssetField.WARRANTY_ENDS_ON, ProblemCode.DATES_OUT_OF_ORDER,
                    asset.warrantyEndsOn().toString()));
        }
        return problems;
    }

    public static List<FieldProblem> check(Component component) {
        List<FieldProblem> problems = new ArrayList<>();
        if (component.kind() == null) {
            problems.add(new FieldProblem(AssetField.KIND, ProblemCode.REQUIRED, ""));
        }
        length(problems, AssetField.MAKE, component.make(), 100);
        length(problems, AssetField.MODEL, component.model(), 100);
        length(problems, AssetField.SERIAL, component.serial(), 100);
        String capacity = component.capacity();
        if (capacity != null && !capacity.isBlank() && (capacity.length() > 60 || !CAPACITY.matcher(capacity).matches())) {
            problems.add(new FieldProblem(AssetField.CAPACITY, ProblemCode.NOT_A_CAPACITY, capacity));
        }
        if (component.fittedOn() != null && component.removedOn() != null
                && component.removedOn().isBefore(component.fittedOn())) {
            problems.add(new FieldProblem(AssetField.REMOVED_ON, ProblemCode.DATES_OUT_OF_ORDER,
                    component.removedOn().toString()));
        }
        return problems;
    }

    /** IPv4 or IPv6 literal syntax; never a name lookup. */
    public static boolean isIpAddress(String text) {
        String value = text.strip();
        if (value.isEmpty() || !(value.contains(".") || value.contains(":"))) {
            return false;
        }
        try {
            InetAddress.ofLiteral(value);
            // ofLiteral also takes shortened IPv4 forms such as "10.1"; an asset's address is written in full.
            return value.contains(":") || value.split("\\.", -1).length == 4;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void required(List<FieldProblem> problems, AssetField field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, ProblemCode.REQUIRED, ""));
        } else {
            length(problems, field, value, max);
        }
    }

    private static void length(List<FieldProblem> problems, AssetField field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, ProblemCode.TOO_LONG, value.substring(0, 20) + "…"));
        }
    }
}
