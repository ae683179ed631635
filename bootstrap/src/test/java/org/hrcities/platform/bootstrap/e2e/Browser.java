package org.hrcities.platform.bootstrap.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.hrcities.platform.testing.TestRequirement;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;

/**
 * A headless Chromium driven through chromedriver, both Debian's ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}; {@code -Dhrc.chromium=} and {@code -Dhrc.chromedriver=} name others).
 * Both paths are given to Selenium, so Selenium Manager never runs and nothing is downloaded. Every
 * browser starts with a fresh profile in a temporary folder, removed on {@link #close()}, and with
 * Chromium's background traffic (updates, sync, QUIC, first-run) switched off.
 */
final class Browser implements AutoCloseable {

    /**
     * Selenium's CDP bindings are for named Chromium versions (selenium-devtools-vNNN); these tests use
     * WebDriver alone, so the warning that none matches Debian's Chromium is noise. Held here, since the
     * logging framework keeps loggers only weakly.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts the browser. Without Chromium on this machine the browser tests are skipped and counted
     * ({@link TestRequirement#BROWSER}), unless {@code -Dhrc.test.browser.required=true} (as in CI) makes
     * that a failure. The paths are read at each start, so that a test can point them elsewhere.
     */
    static Browser start() {
        Path chromium = Paths.get(System.getProperty("hrc.chromium", "/usr/bin/chromium"));
        Path chromedriver = Paths.get(System.getProperty("hrc.chromedriver", "/usr/bin/chromedriver"));
        for (Path binary : new Path[] {chromium, chromedriver}) {
            if (!Files.isExecutable(binary)) {
                throw TestRequirement.BROWSER.missing(binary + " is missing: install Debian's chromium and chromium-driver "
                        + "(apt-get install chromium chromium-driver)");
            }
        }
        // the driver's path is explicit: Selenium Manager, which would look for (and fetch) one, never starts
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("hrc-chromium-profile");
            Files.createDirectories(Paths.get("target", "e2e"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogFile(Paths.get("target", "e2e", "chromedriver.log").toFile())
                .withLogLevel(ChromiumDriverLogLevel.WARNING)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--disable-extensions", "--disable-default-apps", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--lang=en-GB", "--user-data-dir=" + profile);
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            delete(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return new Browser(service, driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * The window at this size in CSS pixels. The viewport is as wide (scroll bars are hidden) and
     * shorter by the window's frame: {@link #screenshot} adds the frame's height back.
     */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    long number(String script, Object... arguments) {
        return ((Number) script(script, arguments)).longValue();
    }

    /**
     * Saves the whole page at this width as a PNG: the viewport is made as tall as the page (at least
     * 400 and at most {@code maxHeight} pixels) for the shot, and the window given its former size back
     * afterwards.
     */
    Path screenshot(Path file, int width, int maxHeight) {
        Dimension before = driver.manage().window().getSize();
        resize(width, 800);
        long height = number("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
        long frame = number("return window.outerHeight - window.innerHeight");
        resize(width, (int) (Math.min(Math.max(height, 400), maxHeight) + frame));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
        return file;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            delete(profile);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
