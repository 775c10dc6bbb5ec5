package org.techbench.report.print;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** How every printed sheet is laid out on paper: A4, fit one page wide, and the report's header and footer. */
public final class PageSetup {

    private PageSetup() {
    }

    /** A4 in the orientation asked for, one page wide, margins, and the header and footer naming the report. */
    public static void apply(Sheet sheet, ReportHeading heading, boolean landscape) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(landscape);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.TopMargin, 0.75);
        sheet.setMargin(Sheet.BottomMargin, 0.75);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.getHeader().setLeft(heading.site());
        // Excel's codes: &B bold, &P the page, &N the number of pages.
        sheet.getHeader().setCenter("&B" + heading.title().replace("&", "&&"));
        sheet.getHeader().setRight(heading.period());
        sheet.getFooter().setLeft(heading.words().get("report.printed") + " " + heading.printedOn());
        sheet.getFooter().setRight(heading.words().get("report.page", "&P", "&N"));
    }
}
