package org.techbench.service.asset;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.asset.SearchText;

/** Reads the values people put in files: enum names, English and Chinese labels, and common date forms. */
final class ValueParsers {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private static final Map<String, AssetKind> KIND_WORDS = Map.ofEntries(
            Map.entry("服务器", AssetKind.SERVER), Map.entry("台式机", AssetKind.DESKTOP), Map.entry("台式电脑", AssetKind.DESKTOP),
            Map.entry("笔记本", AssetKind.LAPTOP), Map.entry("笔记本电脑", AssetKind.LAPTOP), Map.entry("存储", AssetKind.STORAGE),
            Map.entry("交换机", AssetKind.SWITCH), Map.entry("路由器", AssetKind.ROUTER), Map.entry("防火墙", AssetKind.FIREWALL),
            Map.entry("打印机", AssetKind.PRINTER), Map.entry("显示器", AssetKind.MONITOR), Map.entry("其他", AssetKind.OTHER));
    private static final Map<String, AssetStatus> STATUS_WORDS = Map.of(
            "在用", AssetStatus.IN_SERVICE, "使用中", AssetStatus.IN_SERVICE, "维修中", AssetStatus.IN_REPAIR,
            "备用", AssetStatus.SPARE, "备件", AssetStatus.SPARE, "已退役", AssetStatus.RETIRED, "报废", AssetStatus.RETIRED);
    private static final Map<String, ComponentKind> PART_WORDS = Map.ofEntries(
            Map.entry("电源", ComponentKind.PSU), Map.entry("风扇", ComponentKind.FAN), Map.entry("散热器", ComponentKind.HEAT_SINK),
            Map.entry("内存", ComponentKind.MEMORY), Map.entry("硬盘", ComponentKind.DISK), Map.entry("磁盘", ComponentKind.DISK),
            Map.entry("主板", ComponentKind.MOTHERBOARD), Map.entry("显卡", ComponentKind.GPU), Map.entry("处理器", ComponentKind.CPU),
            Map.entry("网卡", ComponentKind.NIC), Map.entry("其他", ComponentKind.OTHER));

    private ValueParsers() {
    }

    static Optional<AssetKind> kind(String text) {
        return parse(text, AssetKind.class, KIND_WORDS);
    }

    static Optional<AssetStatus> status(String text) {
        return parse(text, AssetStatus.class, STATUS_WORDS);
    }

    static Optional<ComponentKind> partKind(String text) {
        return parse(text, ComponentKind.class, PART_WORDS);
    }

    /** ISO dates, 2024/3/5, 2024.3.5 and 2024年3月5日; empty for text that is none of these. */
    static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(String text, Class<E> type, Map<String, E> words) {
        String key = SearchText.normalize(text).strip().replaceAll("[\\s-]+", "_");
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(key)) {
                return Optional.of(value);
            }
        }
        return Optional.ofNullable(words.get(text.strip()));
    }
}
