package org.techbench.service.asset;
import java.util.List;
import java.util.Optional;
import org.techbench.domain.asset.SearchText;

/**
 * The fields of assets, components and installed software as forms and files name them. Each has
 * its English header and the Chinese headers a file may use instead.
 */
public enum AssetField {
    RECORD("Record", "记录类型", "类型记录"),
    SITE("Site", "站点", "客户站点", "站点代码"),
    TAG("Tag", "Asset tag", "资产标签", "资产编号", "标签"),
    NAME("Name", "名称", "资产名称", "软件名称"),
    KIND("Kind", "Type", "类型", "种类", "资产类型", "部件类型"),
    MAKE("Make", "Manufacturer", "品牌", "厂商", "制造商"),
    MODEL("Model", "型号"),
    SERIAL("Serial", "Serial number", "序列号", "SN"),
    LOCATION("Location", "位置", "存放位置"),
    IP_ADDRESS("IP address", "IP", "IP地址"),
    HOSTNAME("Hostname", "Host name", "主机名"),
    STATUS("Status", "状态"),
    PURCHASED_ON("Purchased on", "Purchase date", "购买日期", "采购日期"),
    WARRANTY_ENDS_ON("Warranty ends on", "Warranty end", "保修截止", "保修到期", "保修截止日期"),
    /** Import only: the warranty's length from the purchase date, as other tools export it. */
    WARRANTY_MONTHS("Warranty months", "保修月数", "保修期（月）"),
    NOTES("Notes", "备注"),
    CAPACITY("Capacity", "容量", "规格"),
    FITTED_ON("Fitted on", "安装日期", "装配日期"),
    REMOVED_ON("Removed on", "拆除日期", "更换日期"),
    VERSION("Version", "版本"),
    VENDOR("Vendor", "Publisher", "发行商", "供应商"),
    INSTALLED_ON("Installed on", "安装于", "软件安装日期"),
    LICENCE("Licence", "License", "许可证", "授权");

    private final String header;
    private final List<String> aliases;

    AssetField(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /** The English header this field is exported under. */
    public String header() {
        return header;
    }

    /** The field a header names, in English or Chinese, ignoring case, spaces, '_' and '*'. */
    public static Optional<AssetField> byHeader(String text) {
        String wanted = simplify(text);
        for (AssetField field : values()) {
            if (simplify(field.header).equals(wanted)
                    || field.aliases.stream().anyMatch(alias -> simplify(alias).equals(wanted))) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** A header as compared: case, spaces, '_', '*' and brackets ignored. */
    static String simplify(String text) {
        return SearchText.normalize(text).replaceAll("[\\s_*()（）]", "");
    }
}
