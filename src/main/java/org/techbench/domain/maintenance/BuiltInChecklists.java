package org.techbench.domain.maintenance;

import static org.techbench.domain.maintenance.AnswerType.CHOICE;
import static org.techbench.domain.maintenance.AnswerType.PASS_FAIL;
import static org.techbench.domain.maintenance.AnswerType.READING;
import static org.techbench.domain.maintenance.AnswerType.TEXT;
import static org.techbench.domain.maintenance.CheckFrequency.HALF_YEARLY;
import static org.techbench.domain.maintenance.CheckFrequency.MONTHLY;
import static org.techbench.domain.maintenance.CheckFrequency.QUARTERLY;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.ComponentKind;

/**
 * The periodic hardware checks of the service manual (4.1.1, with the methods and tools of 4.1.2)
 * as the built-in checklists, one per family of asset. Their ids are derived from code, version and
 * item key, so every laptop that seeds them makes the same rows and sync never doubles them.
 */
public final class BuiltInChecklists {

    /** The version the built-ins are at; a laptop that has an older one seeds this one beside it. */
    public static final int VERSION = 1;

    private BuiltInChecklists() {
    }

    public static List<ChecklistTemplate> all() {
        return List.of(server(), workstation(), network(), storage(), printer());
    }

    public static ChecklistTemplate server() {
        return template("HW-SERVER", "Server hardware check", "服务器硬件检查", EnumSet.of(AssetKind.SERVER),
                powerCable(), psuVoltage(), fans(), cpuTemperature(), fanSpeed(), memory(), disks(), freeSpace(),
                motherboard(), gpu());
    }

    public static ChecklistTemplate workstation() {
        return template("HW-PC", "Desktop and laptop hardware check", "台式机与笔记本硬件检查",
                EnumSet.of(AssetKind.DESKTOP, AssetKind.LAPTOP),
                powerCable(), fans(), cpuTemperature(), memory(), disks(), freeSpace(), motherboard(), gpu());
    }

    public static ChecklistTemplate network() {
        return template("HW-NET", "Network device check", "网络设备检查",
                EnumSet.of(AssetKind.SWITCH, AssetKind.ROUTER, AssetKind.FIREWALL),
                powerCable(), fans(),
                new Spec("port-leds", ComponentKind.NIC, "Port and status LEDs normal, no error lights",
                        "端口与状态指示灯正常，无告警灯", "Look at the front panel", "查看前面板", null, null, MONTHLY,
                        PASS_FAIL, null, null, null, null, true, false),
                new Spec("cabling", ComponentKind.NIC, "Cables labelled, seated, strain-relieved",
                        "线缆有标签、插接牢固、有理线", "Visual and by hand", "目视并手动检查", null, null, QUARTERLY,
                        PASS_FAIL, null, null, null, null, true, true),
                new Spec("firmware", ComponentKind.OTHER, "Firmware version", "固件版本", "Read it in the management console",
                        "在管理界面查看", null, null, HALF_YEARLY, TEXT, null, null, null, null, false, false));
    }

    public static ChecklistTemplate storage() {
        return template("HW-STORAGE", "Storage check", "存储设备检查", EnumSet.of(AssetKind.STORAGE),
                powerCable(), psuVoltage(), fans(), disks(), freeSpace(),
                new Spec("raid-state", ComponentKind.DISK, "Array state", "阵列状态", "Read it in the management console",
                        "在管理界面查看", "Disk health utility", "磁盘健康检测工具", MONTHLY, CHOICE, null, null, null,
                        "Optimal|!Degraded|!Failed", true, false));
    }

    public static ChecklistTemplate printer() {
        return template("HW-PRINTER", "Printer check", "打印机检查", EnumSet.of(AssetKind.PRINTER),
                powerCable(),
                new Spec("toner", ComponentKind.OTHER, "Toner or ink level", "墨粉或墨水余量", "Read the status page",
                        "打印状态页查看", null, null, MONTHLY, CHOICE, null, null, null, "Full|Half|Low|!Empty", true, false),
                new Spec("paper-path", ComponentKind.OTHER, "Paper path clean, rollers not worn", "进纸通道清洁，搓纸轮无磨损",
                        "Open the covers, print a test page", "打开盖板，打印测试页", "Brush, lint-free cloth", "毛刷、无尘布",
                        QUARTERLY, PASS_FAIL, null, null, null, null, true, true),
                new Spec("page-count", ComponentKind.OTHER, "Page counter", "打印计数", "Read the status page", "打印状态页查看",
                        null, null, MONTHLY, READING, "pages", null, null, null, false, false));
    }

    private static Spec powerCable() {
        return new Spec("power-cable", ComponentKind.PSU, "Power cable firmly connected, no looseness", "电源线连接牢固，无松动",
                "Visual and by hand", "目视并手动检查", "Screwdriver", "螺丝刀", MONTHLY, PASS_FAIL, null, null, null, null,
                true, false);
    }

    private static Spec psuVoltage() {
        return new Spec("psu-12v", ComponentKind.PSU, "12 V rail voltage stable", "12V 电压稳定", "Measure the 12 V rail",
                "测量 12V 输出", "Multimeter", "万用表", MONTHLY, READING, "V", new BigDecimal("11.40"), new BigDecimal("12.60"),
                null, true, false);
    }

    private static Spec fans() {
        return new Spec("fans", ComponentKind.FAN, "Fans and heat sinks working; fan dust cleaned", "风扇和散热器工作正常；清理风扇灰尘",
                "Observe the fans under load, clean the dust", "负载下观察风扇，清理灰尘", "Brush, compressed air", "毛刷、压缩空气",
                QUARTERLY, PASS_FAIL, null, null, null, null, true, true);
    }

    private static Spec cpuTemperature() {
        return new Spec("cpu-temp", ComponentKind.CPU, "CPU temperature under load", "负载下 CPU 温度",
                "Read the sensor in the BIOS or the management console", "在 BIOS 或管理界面读取传感器", "Monitoring utility",
                "监控软件", QUARTERLY, READING, "°C", null, new BigDecimal("80"), null, true, false);
    }

    private static Spec fanSpeed() {
        return new Spec("fan-speed", ComponentKind.FAN, "Fan speed", "风扇转速", "Read the sensor in the management console",
                "在管理界面读取传感器", "Monitoring utility", "监控软件", QUARTERLY, READING, "rpm", new BigDecimal("800"), null,
                null, true, false);
    }

    private static Spec memory() {
        return new Spec("memory", ComponentKind.MEMORY, "Memory modules firmly seated in their slots", "内存条在插槽中安装牢固",
                "Check the clips and the seating; run a memory test if in doubt", "检查卡扣和安装；有疑问时运行内存检测",
                "Memory test utility", "内存检测工具", MONTHLY, PASS_FAIL, null, null, null, null, true, false);
    }

    private static Spec disks() {
        return new Spec("disks", ComponentKind.DISK, "Disk data and power cables normal, activity LED normal",
                "硬盘数据线和电源线正常，指示灯正常", "Visual; read the SMART health", "目视；读取 SMART 健康状态",
                "Disk health utility", "磁盘健康检测工具", MONTHLY, PASS_FAIL, null, null, null, null, true, false);
    }

    private static Spec freeSpace() {
        return new Spec("free-space", ComponentKind.DISK, "Free space on the system disk", "系统盘剩余空间",
                "Read it in the operating system", "在操作系统中查看", null, null, MONTHLY, READING, "%", new BigDecimal("15"),
                new BigDecimal("100"), null, true, false);
    }

    private static Spec motherboard() {
        return new Spec("motherboard", ComponentKind.MOTHERBOARD, "Slots and connectors normal, nothing loose",
                "插槽和接口正常，无松动", "Visual inspection with the case open", "开箱目视检查", "Screwdriver, wrench", "螺丝刀、扳手",
                HALF_YEARLY, PASS_FAIL, null, null, null, null, true, true);
    }

    private static Spec gpu() {
        return new Spec("gpu", ComponentKind.GPU, "Graphics card firmly seated, cables normal", "显卡安装牢固，线缆正常",
                "Visual and by hand", "目视并手动检查", null, null, QUARTERLY, PASS_FAIL, null, null, null, null, false, false);
    }

    private static ChecklistTemplate template(String code, String english, String chinese, Set<AssetKind> kinds,
                                              Spec... specs) {
        UUID templateId = idOf(code + ":" + VERSION);
        List<ChecklistItem> items = new ArrayList<>();
        for (int i = 0; i < specs.length; i++) {
            Spec s = specs[i];
            items.add(new ChecklistItem(idOf(code + ":" + VERSION + ":" + s.key()), templateId, i + 1, s.key(), s.component(),
                    new Bilingual(s.checkEn(), s.checkZh()), new Bilingual(s.methodEn(), s.methodZh()),
                    s.toolsEn() == null ? null : new Bilingual(s.toolsEn(), s.toolsZh()), s.frequency(), s.answer(), s.unit(),
                    s.lower(), s.upper(), s.choices(), s.required(), s.photo()));
        }
        return new ChecklistTemplate(templateId, null, code, VERSION, new Bilingual(english, chinese), kinds,
                Scheduling.FLOATING, items);
    }

    private static UUID idOf(String name) {
        // Codes and keys are plain ASCII: the same bytes in any charset.
        return UUID.nameUUIDFromBytes(("techbench:checklist:" + name).getBytes());
    }

    private record Spec(String key, ComponentKind component, String checkEn, String checkZh, String methodEn,
                        String methodZh, String toolsEn, String toolsZh, CheckFrequency frequency, AnswerType answer,
                        String unit, BigDecimal lower, BigDecimal upper, String choices, boolean required,
                        boolean photo) {
    }
}
