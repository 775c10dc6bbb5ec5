package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.site.Site;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;
import org.techbench.ui.shell.WorkbenchApplication;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A fault in the Chinese window, from its report (priority overridden with a reason) through a
 * wait on a vendor to a close rated by the user; and the board and the status bar leading to it.
 */
class FaultWindowTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private WindowDriver window;
    private javafx.application.Application application;

    @BeforeEach
    void openTheChineseWindowOnASite() throws Exception {
        window = new WindowDriver(robot, folder);
        // The store's clock stood two days back while the site was made and a paper jam reported: nobody answered it since.
        try (Workbench workbench = Workbench.open(new DataFolder(folder),
                Clock.offset(Clock.systemDefaultZone(), java.time.Duration.ofDays(-2)), "tester")) {
            Site site = workbench.sites().save(new Site(null, "N1", "北区工厂", "", ZoneId.of("Asia/Shanghai"), "", null, null,
                    false));
            workbench.faults().report(new org.techbench.service.fault.FaultReport(site.id(), null, FaultSubcategory.DAMAGED_DEVICE,
                    "打印机卡纸", null, null, "王伟", null, null, org.techbench.domain.fault.Impact.LOW,
                    org.techbench.domain.fault.Urgency.LOW, null, null, null));
        }
        Files.writeString(folder.resolve("settings.properties"), "language=zh-CN\n");
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(WorkbenchApplication.class, folder.toString());
        WindowDriver.waitFor(() -> window.visible("#dashboard"));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void aFaultIsReportedWorkedResolvedAndClosedWithTheUsersRating() throws Exception {
        robot.clickOn("#nav-faults");
        WindowDriver.waitFor(() -> window.visible("#report-fault"));
        robot.clickOn("#report-fault");
        WindowDriver.waitFor(() -> window.visible("#report-symptom"));
        robot.interact(() -> {
            window.choose("#report-category", FaultSubcategory.POWER);
            window.type("#report-symptom", "服务器无法开机");
            window.type("#report-reporter", "李娜");
            window.type("#report-users", "30");
            window.type("#report-happened", "2026-12-01 09:30");
            window.choose("#report-override", org.techbench.domain.fault.Priority.P2);
            window.type("#report-reason", "财务结账日");
        });
        robot.clickOn("#report-save");
        WindowDriver.waitFor(() -> window.text("#fault-heading").endsWith("已报告"));

        robot.clickOn("#fault-assign-me");
        WindowDriver.waitFor(() -> window.text("#fault-heading").endsWith("已分派"));
        robot.clickOn("#fault-move-IN_PROGRESS");
        WindowDriver.waitFor(() -> window.text("#fault-heading").endsWith("处理中"));
        robot.interact(() -> window.type("#entry-body", "电源测试仪：12V 输出为 0"));
        robot.clickOn("#entry-add");
        WindowDriver.waitFor(() -> window.count("select count(*) from fault_event where kind = 'OBSERVATION' and body = '电源测试仪：12V 输出为 0'") == 1);

        robot.clickOn("#fault-move-ON_HOLD");
        WindowDriver.waitFor(() -> window.visible("#hold-what"));
        robot.interact(() -> {
            window.choose("#hold-party", org.techbench.domain.fault.Waiting.VENDOR);
            window.type("#hold-what", "电源备件");
        });
        robot.clickOn("#dialog-save");
        WindowDriver.waitFor(() -> window.text("#fault-heading").endsWith("挂起"));
        robot.clickOn("#fault-move-IN_PROGRESS");
        WindowDriver.waitFor(() -> window.text("#fault-heading").endsWith("处理中"));

        robot.clickOn("#fault-move-RESOLVED");
        WindowDriver.waitFor(() -> window.visible("#resolve-cause"));
        robot.interact(() -> {
            window.type("#resolve-cause", "电源损坏");
            window.type("#resolve-done", "更换电源");
            window.type("#resolve-lessons", "电源使用超过五年");
            window.type("#resolve-prevention", "现场备用电源");
        });
        robot.clickOn("#dialog-save");
        WindowDriver.waitFor(() -> window.text("#fault-heading").endsWith("已解决"));

        robot.clickOn("#fault-move-CLOSED");
        WindowDriver.waitFor(() -> window.visible("#close-rating"));
        robot.interact(() -> {
            window.choose("#close-rating", 5);
            window.type("#close-comment", "很快");
        });
        robot.clickOn("#dialog-save");
        WindowDriver.waitFor(() -> window.text("#fault-heading").endsWith("已关闭"));

        assertThat(window.count("select count(*) from fault where status = 'CLOSED' and satisfaction = 5 and root_cause = '电源损坏'"
                + " and symptom = '服务器无法开机' and priority = 'P2' and users_affected = 30"
                + " and occurred_at = timestamp with time zone '" + java.time.LocalDateTime.of(2026, 12, 1, 9, 30)
                .atZone(java.time.ZoneId.systemDefault()).toOffsetDateTime() + "'")).isEqualTo(1);
        assertThat(window.count("select count(*) from fault_event where kind = 'STATUS_CHANGE' and body = 'ON_HOLD: VENDOR: 电源备件'"))
                .isEqualTo(1);
        assertThat(window.count("select count(*) from fault_event where kind = 'NOTE' and body = 'Priority P2 instead of P3: 财务结账日'"))
                .isEqualTo(1);
    }

    @Test
    void theStatusBarLeadsToFaultsPastTheirTargetsAndTheBoardOpensOne() throws Exception {
        WindowDriver.waitFor(() -> window.visible("#status-sla") && window.text("#status-sla").startsWith("1 个已超 SLA"));

        robot.clickOn("#status-sla");
        WindowDriver.waitFor(() -> robot.lookup("#faults-count").tryQuery().isPresent() && window.text("#faults-count").startsWith("1"));
        robot.clickOn("#faults-as-board");
        WindowDriver.waitFor(() -> robot.lookup(".board-card").tryQuery().isPresent());
        robot.clickOn(".board-card");

        WindowDriver.waitFor(() -> window.text("#fault-heading").endsWith("已报告"));
        assertThat(window.text("#fault-sla")).startsWith("SLA：已超期");
    }
}
