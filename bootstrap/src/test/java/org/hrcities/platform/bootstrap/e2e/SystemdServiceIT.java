package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcities.platform.testing.TestRequirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment kit's service file, {@code deploy/systemd/hrc-platform.service}, as systemd reads it:
 * {@code systemd-analyze verify} finds nothing to say (an unknown key or a bad value is only a warning
 * there, so any output fails the test), and {@code systemd-analyze security} rates its exposure "OK" or
 * better. The JDK path is the one running this test, since verify checks that the program exists.
 * Without {@code systemd-analyze} ({@code -Dhrc.systemd-analyze=}) the test is skipped and counted.
 */
class SystemdServiceIT {

    private static final Path UNIT = Paths.get("..", "deploy", "systemd", "hrc-platform.service");
    private static final Pattern EXPOSURE = Pattern.compile("Overall exposure level for \\S+: (\\d+\\.\\d)");

    @TempDir
    Path directory;

    @Test
    void systemd_reads_the_service_without_a_warning_and_rates_its_hardening_ok() throws Exception {
        Path analyze = Paths.get(System.getProperty("hrc.systemd-analyze", "/usr/bin/systemd-analyze"));
        if (!Files.isExecutable(analyze)) {
            throw TestRequirement.SYSTEMD.missing("no " + analyze + " (apt-get install systemd)");
        }
        String unit = Files.readString(UNIT, StandardCharsets.UTF_8);
        assertTrue(unit.contains("ExecStart=/opt/hrc-platform/java/bin/java @/opt/hrc-platform/jvm.options -jar"
                + " /opt/hrc-platform/hrc-platform.jar"), "runs the README's command from the installed jar");
        Path installed = directory.resolve("hrc-platform.service");
        Files.writeString(installed, unit.replace("/opt/hrc-platform/java/bin/java",
                Paths.get(System.getProperty("java.home"), "bin", "java").toString()), StandardCharsets.UTF_8);

        Run verify = run(List.of(analyze.toString(), "verify", installed.toString()));
        assertEquals(0, verify.status(), verify.output());
        assertEquals("", verify.output().strip(), "systemd-analyze verify has nothing to say");

        Run security = run(List.of(analyze.toString(), "security", "--offline=true", "--no-pager", installed.toString()));
        Matcher exposure = EXPOSURE.matcher(security.output());
        assertTrue(exposure.find(), security.output());
        double level = Double.parseDouble(exposure.group(1));
        System.out.println("systemd-analyze security: exposure " + level + " for the shipped service");
        assertTrue(level < 4.0, "exposure " + level + " is 'OK' or better (below 4.0):\n" + security.output());
    }

    private record Run(int status, String output) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish in 60 s");
        }
        return new Run(process.exitValue(), output);
    }
}
