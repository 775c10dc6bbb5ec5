package org.techbench.service.demo;

import java.util.List;
import java.util.Map;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.fault.FaultSubcategory;

/** The names, makes, models and texts demo data is drawn from. */
final class DemoCatalog {

    private DemoCatalog() {
    }

    static final List<String> SITE_NAMES = List.of(
            "Hengda Logistics 恒达物流", "Riverside Clinic", "东方精密制造 Dongfang Precision", "Harbor Freight Office",
            "Lakeview School District", "华联超市 Hualian Supermarkets", "Northgate Law Partners", "Summit Credit Union",
            "青石建筑设计院 Qingshi Architecture", "Greenfield Dairy", "Pioneer Hotel Group", "长江物业 Changjiang Property",
            "Metro Dental Care", "Silverline Printing", "天元软件 Tianyuan Software", "Bayside Library");

    static final List<String> CITIES = List.of(
            "Shanghai, Pudong, Zhangjiang Rd 88", "Beijing, Haidian, Zhongguancun St 12", "Shenzhen, Nanshan, Keyuan Rd 3",
            "Hangzhou, Binjiang, Wangshang Rd 699", "Suzhou, SIP, Xinghu St 218", "Guangzhou, Tianhe, Tiyu W Rd 101");

    static final List<String> PEOPLE = List.of(
            "Wang Wei 王伟", "Li Na 李娜", "Zhang Min 张敏", "Liu Yang 刘洋", "Chen Jing 陈静", "Alex Turner",
            "Maria Lopez", "Zhao Lei 赵磊", "Sun Li 孙丽", "Emma Schmidt", "Zhou Jie 周杰", "Wu Fang 吴芳");

    static final Map<AssetKind, List<String[]>> MODELS = Map.of(
            AssetKind.SERVER, List.of(new String[] {"Dell", "PowerEdge R750"}, new String[] {"HPE", "ProLiant DL380 Gen10"},
                    new String[] {"Lenovo", "ThinkSystem SR650"}, new String[] {"Inspur", "NF5280M6"}, new String[] {"Huawei", "FusionServer 2288H V5"}),
            AssetKind.DESKTOP, List.of(new String[] {"Lenovo", "ThinkCentre M70q"}, new String[] {"Dell", "OptiPlex 7010"},
                    new String[] {"HP", "EliteDesk 800 G6"}, new String[] {"Lenovo", "Qitian M437"}),
            AssetKind.LAPTOP, List.of(new String[] {"Lenovo", "ThinkPad T14"}, new String[] {"Dell", "Latitude 5440"},
                    new String[] {"HP", "EliteBook 840 G9"}, new String[] {"Huawei", "MateBook 14"}, new String[] {"Apple", "MacBook Air M2"}),
            AssetKind.STORAGE, List.of(new String[] {"Synology", "RS3621xs+"}, new String[] {"NetApp", "FAS2750"},
                    new String[] {"Dell", "PowerVault ME5012"}),
            AssetKind.SWITCH, List.of(new String[] {"Cisco", "Catalyst 9200-48P"}, new String[] {"Huawei", "S5735-L48T4X"},
                    new String[] {"H3C", "S5130S-52S"}, new String[] {"TP-Link", "TL-SG3428"}),
            AssetKind.ROUTER, List.of(new String[] {"Cisco", "ISR 4331"}, new String[] {"Huawei", "AR6120"},
                    new String[] {"MikroTik", "CCR2004"}),
            AssetKind.FIREWALL, List.of(new String[] {"Fortinet", "FortiGate 100F"}, new String[] {"Sangfor", "NGAF M5400"},
                    new String[] {"Palo Alto", "PA-440"}),
            AssetKind.PRINTER, List.of(new String[] {"HP", "LaserJet Pro M404dn"}, new String[] {"Brother", "HL-L6200DW"},
                    new String[] {"Canon", "imageRUNNER 2625i"}, new String[] {"Kyocera", "ECOSYS M2540dn"}),
            AssetKind.MONITOR, List.of(new String[] {"Dell", "P2422H"}, new String[] {"AOC", "24P2Q"},
                    new String[] {"Philips", "243V7"}),
            AssetKind.OTHER, List.of(new String[] {"APC", "Smart-UPS 1500"}, new String[] {"Hikvision", "DS-7608NI NVR"}));

    static final List<String[]> DESKTOP_SOFTWARE = List.of(
            new String[] {"Windows 11 Pro", "23H2", "Microsoft"}, new String[] {"Microsoft 365 Apps", "2408", "Microsoft"},
            new String[] {"WPS Office", "12.1", "Kingsoft"}, new String[] {"Google Chrome", "128.0", "Google"},
            new String[] {"7-Zip", "24.08", "Igor Pavlov"}, new String[] {"Adobe Acrobat Reader", "24.003", "Adobe"},
            new String[] {"Huorong Internet Security", "6.0", "Huorong"}, new String[] {"DingTalk", "7.6", "Alibaba"},
            new String[] {"WeChat Work", "4.1", "Tencent"}, new String[] {"VLC media player", "3.0.21", "VideoLAN"},
            new String[] {"Notepad++", "8.6", "Don Ho"}, new String[] {"Zoom Workplace", "6.1", "Zoom"});

    static final List<String[]> SERVER_SOFTWARE = List.of(
            new String[] {"Windows Server 2022", "21H2", "Microsoft"}, new String[] {"Ubuntu Server", "22.04 LTS", "Canonical"},
            new String[] {"PostgreSQL", "15.6", "PostgreSQL Global Development Group"}, new String[] {"SQL Server", "2019", "Microsoft"},
            new String[] {"VMware ESXi", "8.0 U2", "VMware"}, new String[] {"Veeam Backup & Replication", "12.1", "Veeam"},
            new String[] {"Zabbix Agent", "6.4", "Zabbix"}, new String[] {"OpenSSH Server", "9.6", "OpenBSD"},
            new String[] {"nginx", "1.24", "F5"}, new String[] {"Kaspersky Endpoint Security", "12.5", "Kaspersky"},
            new String[] {"IIS", "10.0", "Microsoft"}, new String[] {"Docker Engine", "26.1", "Docker"});

    static final Map<FaultSubcategory, List<String>> SYMPTOMS = Map.ofEntries(
            Map.entry(FaultSubcategory.POWER, List.of("Machine does not power on; no LEDs", "Random shutdowns under load")),
            Map.entry(FaultSubcategory.COOLING, List.of("Fan noise loud, CPU temperature above 90 °C", "Overheating alarm on front panel")),
            Map.entry(FaultSubcategory.MEMORY, List.of("Beeps on start, no display", "Blue screen MEMORY_MANAGEMENT several times a day")),
            Map.entry(FaultSubcategory.DISK, List.of("Disk activity LED stays on, system very slow", "RAID reports degraded array")),
            Map.entry(FaultSubcategory.MOTHERBOARD, List.of("POST card stops at code 55", "USB ports on the back stopped working")),
            Map.entry(FaultSubcategory.GRAPHICS, List.of("Screen flickers and shows artefacts", "No signal on the second monitor")),
            Map.entry(FaultSubcategory.INTERFACE, List.of("Network port link light off", "USB scanner not recognised")),
            Map.entry(FaultSubcategory.DAMAGED_DEVICE, List.of("Printer paper feed roller broken", "Laptop hinge cracked, screen loose")),
            Map.entry(FaultSubcategory.COMPATIBILITY, List.of("New memory module not recognised by this board", "Docking station not detected")),
            Map.entry(FaultSubcategory.SYSTEM, List.of("Windows freezes after login", "Blue screen after the latest update")),
            Map.entry(FaultSubcategory.APPLICATION, List.of("ERP client crashes when printing invoices", "Office asks for activation again")),
            Map.entry(FaultSubcategory.DATABASE, List.of("Application cannot connect to the database", "Nightly report missing rows")),
            Map.entry(FaultSubcategory.MISSING_FUNCTION, List.of("Scan to e-mail option missing", "Shared calendar not visible")),
            Map.entry(FaultSubcategory.SOFTWARE_COMPATIBILITY, List.of("Accounting plug-in fails after Office update", "Old driver conflicts with antivirus")),
            Map.entry(FaultSubcategory.VIRUS_MALWARE, List.of("Pop-up adverts and very slow browser", "Files renamed with unknown extension")),
            Map.entry(FaultSubcategory.NETWORK_DEVICE, List.of("Switch in meeting room reboots every few hours", "Router CPU at 100 %")),
            Map.entry(FaultSubcategory.LINE, List.of("Fibre link to warehouse down", "Intermittent packet loss on floor 3")),
            Map.entry(FaultSubcategory.CONFIGURATION, List.of("IP address conflict reported on several PCs", "Branch office cannot reach head office VPN")),
            Map.entry(FaultSubcategory.ATTACK, List.of("Port scan alerts from the firewall", "Outbound traffic spike at night")),
            Map.entry(FaultSubcategory.NETWORK_SERVICE, List.of("DHCP does not hand out addresses", "Internal websites do not resolve (DNS)")));
}
