package org.techbench.service.demo;

import java.time.Duration;

/** What a demo-data run made and how long it took. */
public record DemoDataSummary(int sites, int assets, long components, long software, long inspections,
                              long inspectionResults, int faults, long faultEvents, Duration elapsed) {
}
