package org.hrcities.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs test classes inside a test, through a launcher of their own, with some system properties set for
 * the time of the run: what the classes did, and what {@link SkippedTestsReport} said about it. Lets a
 * test prove that tests whose {@link TestRequirement} is missing are skipped (or fail when required).
 *
 * @param summary the launcher's counts: found, succeeded, aborted, failed tests and containers
 * @param report the lines {@link SkippedTestsReport} printed at the end of the run
 */
public record IsolatedTestRun(TestExecutionSummary summary, List<String> report) {

    /** Runs the classes with Jupiter while the given system properties hold, and puts the former values back. */
    public static IsolatedTestRun of(Map<String, String> properties, Class<?>... classes) {
        return of(properties, Arrays.stream(classes).map(DiscoverySelectors::selectClass).toArray(DiscoverySelector[]::new));
    }

    /** Runs the selected tests (classes, methods...) with Jupiter while the given system properties hold. */
    public static IsolatedTestRun of(Map<String, String> properties, DiscoverySelector... selectors) {
        Map<String, String> former = new HashMap<>();
        properties.forEach((name, value) -> former.put(name, System.getProperty(name)));
        properties.forEach(System::setProperty);
        try {
            return run(selectors);
        } finally {
            former.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }

    private static IsolatedTestRun run(DiscoverySelector... selectors) {
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SkippedTestsReport report = new SkippedTestsReport(new PrintStream(printed, true, StandardCharsets.UTF_8));
        LauncherConfig config = LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .addTestExecutionListeners(summary, report)
                .build();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(EngineFilter.includeEngines("junit-jupiter"))
                .build();
        try (LauncherSession session = LauncherFactory.openSession(config)) {
            session.getLauncher().execute(request);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        return new IsolatedTestRun(summary.getSummary(), text.isEmpty() ? List.of() : text.lines().toList());
    }
}
