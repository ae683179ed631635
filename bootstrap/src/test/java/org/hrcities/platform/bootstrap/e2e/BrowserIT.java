package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hrcities.platform.testing.MissingTestRequirement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The visitors' site in a real browser (headless Chromium): reading, commenting, refused input,
 * hostile comment text, small screens, and axe-core's WCAG 2.2 AA rules on every kind of page.
 * The site has no JavaScript and its Content-Security-Policy allows none; the scripts these tests run
 * (axe-core, measurements) come through WebDriver, which the page's policy does not govern.
 */
@ExtendWith(DemoSite.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    private static final String NEW_YEAR = "/posts/happy-new-year-2021";
    private static final String YORK = "/posts/york-reports-on-its-human-rights-indicators";
    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /**
     * The folder of the README's two screenshots, {@code site.png} and {@code admin.png}, when
     * {@code -Dhrc.screenshots} names one (a relative path counts from {@code bootstrap/}); blank: not taken.
     */
    private static final String README_SCREENSHOTS = System.getProperty("hrc.screenshots", "").strip();
    private static final int README_HEIGHT = 900;
    private static final int DESKTOP = 1280;
    private static final int MOBILE = 320;

    private static Browser browser;
    private static WebDriver driver;
    /** Why there is no browser on this machine: each test is then skipped on its own, and so counted. */
    private static MissingTestRequirement noBrowser;

    @BeforeAll
    static void startBrowser() {
        noBrowser = null;
        try {
            browser = Browser.start();
            driver = browser.driver();
        } catch (MissingTestRequirement e) {
            noBrowser = e;
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void desktopWindow() {
        if (noBrowser != null) {
            throw noBrowser;
        }
        browser.resize(DESKTOP, 1000);
    }

    @Test
    void a_reader_sees_the_newest_post_on_the_home_page_and_follows_it(Site site) {
        JsonObject newest = Site.json(site.get("/api/posts?per_page=1")).asJsonArray().getJsonObject(0);

        open(site, "/");

        assertEquals("News – Human Rights Cities Network", driver.getTitle());
        WebElement link = driver.findElement(By.cssSelector("main .card h2 a"));
        assertEquals(newest.getString("title"), link.getText());
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlToBe(site.uri("/posts/" + newest.getString("slug")).toString()));
        assertEquals(newest.getString("title"), driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void a_page_seen_again_is_revalidated_and_keeps_its_stylesheet(Site site) {
        open(site, "/");
        open(site, "/cities");
        open(site, "/"); // the browser revalidates its copy: 304 Not Modified

        assertEquals("rgb(11, 61, 102)", browser.script(
                "return getComputedStyle(document.querySelector('.site-header')).backgroundColor"));
    }

    @Test
    void a_post_shows_its_body_and_its_comments_with_replies_nested_under_their_parent(Site site) {
        open(site, NEW_YEAR);

        assertEquals("Happy New Year 2021!", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.cssSelector(".post-body")).getText().contains("roundtable consultation"));
        assertEquals("3 comments", driver.findElement(By.id("comments-title")).getText());
        List<WebElement> threads = driver.findElements(By.cssSelector("ol.comments > li[id^=comment-]"));
        assertEquals(List.of("Karin Lindqvist", "Pieter de Vries"), threads.stream().map(BrowserIT::author).toList());
        WebElement karin = threads.get(0);
        assertEquals("https://example.org/karin", karin.findElement(By.cssSelector(".comment-meta b a")).getDomAttribute("href"));
        List<WebElement> replies = karin.findElements(By.cssSelector(":scope > ol.replies > li[id^=comment-]"));
        assertEquals(1, replies.size());
        assertEquals("The Human Rights Cities Network Team", author(replies.get(0)));
        assertTrue(replies.get(0).findElement(By.cssSelector(".comment-text")).getText().startsWith("Thank you, Karin!"));
        assertTrue(replies.get(0).getRect().getX() > karin.getRect().getX(), "the reply is indented under Karin's comment");
        assertEquals("A good year to all the partner cities.\nMay 2021 bring us together in person again.",
                threads.get(1).findElement(By.cssSelector(".comment-text")).getText(), "line breaks are kept");
    }

    @Test
    void a_valid_comment_sent_with_the_form_is_acknowledged_with_a_visible_status_notice(Site site) {
        open(site, NEW_YEAR);
        String text = "Greetings from the browser test, " + System.nanoTime() + ".";

        type("field-comment", text);
        type("field-name", "Ana Horvat");
        type("field-email", "ana.horvat@example.org");
        type("field-website", "https://example.org/ana");
        submit();

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("comment=received"));
        assertEquals(site.uri(NEW_YEAR + "?comment=received#comment-notice").toString(), driver.getCurrentUrl());
        WebElement notice = driver.findElement(By.id("comment-notice"));
        assertEquals("status", notice.getDomAttribute("role"));
        assertTrue(notice.isDisplayed());
        assertTrue(notice.getText().startsWith("Thank you! Your comment awaits moderation"), notice.getText());
        long top = browser.number("return Math.round(arguments[0].getBoundingClientRect().top)", notice);
        assertTrue(top >= 0 && top < browser.number("return window.innerHeight"), "the notice is scrolled into view: " + top);
        assertFalse(driver.findElement(By.id("comments")).getText().contains(text), "pending comments are not shown");
        assertEquals("", driver.findElement(By.id("field-comment")).getDomProperty("value"), "the form is empty again");
    }

    @Test
    void an_invalid_comment_comes_back_with_an_error_summary_field_messages_and_the_typed_text(Site site) {
        String text = submitInvalidComment(site);

        assertEquals("Error: Happy New Year 2021! – Human Rights Cities Network", driver.getTitle());
        assertEquals(site.uri(NEW_YEAR + "/comments#comment-form").toString(), driver.getCurrentUrl());
        WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
        assertTrue(summary.isDisplayed());
        long top = browser.number("return Math.round(arguments[0].getBoundingClientRect().top)", summary);
        assertTrue(top >= 0 && top < browser.number("return window.innerHeight"), "the errors are scrolled into view: " + top);
        assertEquals("alert", summary.getDomAttribute("role"));
        assertTrue(summary.getText().startsWith("Your comment was not sent"), summary.getText());
        List<String> targets = summary.findElements(By.cssSelector("a")).stream()
                .map(link -> link.getDomAttribute("href")).toList();
        assertTrue(targets.containsAll(List.of("#field-name", "#field-email")), targets.toString());
        for (String field : List.of("name", "email")) {
            WebElement message = driver.findElement(By.id(field + "-error"));
            assertTrue(message.isDisplayed() && !message.getText().isBlank(), field);
            WebElement input = driver.findElement(By.id("field-" + field));
            assertEquals("true", input.getDomAttribute("aria-invalid"), field);
            assertTrue(input.getDomAttribute("aria-describedby").contains(field + "-error"), field);
        }
        assertTrue(driver.findElements(By.id("comment-error")).isEmpty(), "the comment itself was fine");
        assertEquals(text, driver.findElement(By.id("field-comment")).getDomProperty("value"), "the typed comment is kept");
        assertEquals("not-an-address", driver.findElement(By.id("field-email")).getDomProperty("value"));
        assertEquals("", driver.findElement(By.id("field-homepage")).getDomProperty("value"));
    }

    @Test
    void markup_in_a_comment_is_shown_as_text_and_runs_nothing(Site site) {
        open(site, YORK);

        WebElement comment = driver.findElements(By.cssSelector("li[id^=comment-]")).stream()
                .filter(item -> author(item).equals("Sam Okafor")).findFirst().orElseThrow();
        WebElement text = comment.findElement(By.cssSelector(".comment-text"));
        assertTrue(text.findElements(By.cssSelector("script, img")).isEmpty(), "no element was made from the text");
        assertTrue(text.getText().contains("<script src=\"chart.js\"></script>"), text.getText());
        assertTrue(text.getText().contains("<img src=x onerror=alert(1)>"), text.getText());
        assertTrue(driver.findElements(By.cssSelector("body script, body img")).isEmpty(), "the page has no script or image");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        List<String> links = text.findElements(By.tagName("a")).stream().map(a -> a.getDomAttribute("href")).toList();
        assertEquals(List.of("https://www.york.gov.uk", "https://www.example.org/york-data"), links);
    }

    @Test
    void the_page_policy_blocks_script_in_the_page_while_webdriver_can_still_run_its_own(Site site) {
        open(site, "/");

        assertEquals(42L, browser.number("return 40 + 2"), "WebDriver's scripts are not page scripts");
        browser.script("var s = document.createElement('script');"
                + "s.textContent = 'document.documentElement.setAttribute(\"data-inline\", \"ran\")';"
                + "document.head.appendChild(s);");
        assertNull(driver.findElement(By.tagName("html")).getDomAttribute("data-inline"),
                "the Content-Security-Policy refused an inline script added to the page");
    }

    @Test
    void at_320_pixels_wide_no_page_needs_horizontal_scrolling(Site site) {
        browser.resize(MOBILE, 800);
        assertEquals(MOBILE, browser.number("return window.innerWidth"), "the viewport is 320 CSS pixels wide");
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/", NEW_YEAR, YORK, "/fr/posts/bonne-annee-2021", "/de/", "/de/cities/nuremberg",
                "/cities", "/cities/graz", "/events",
                "/events/housing-exchange-in-vienna", "/topics/housing",
                "/pages/about-the-network", "/search?q=housing", "/privacy", "/privacy/requests")) {
            open(site, path);
            long scrollWidth = browser.number("return document.documentElement.scrollWidth");
            if (scrollWidth > browser.number("return window.innerWidth")) {
                problems.add(path + " is " + scrollWidth + " px wide; wider than the window: " + browser.script("""
                        return Array.from(document.querySelectorAll('body *'))
                          .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                          .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                            + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')
                            + ' (right ' + Math.round(e.getBoundingClientRect().right) + ')').join(', ');"""));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "home,   /",
            "post,   /posts/happy-new-year-2021",
            "cities, /cities",
            "city,   /cities/graz",
            "events, /events",
            "event,  /events/housing-exchange-in-vienna",
            "past-event, /events/roundtable-with-the-un-special-rapporteur-on-extreme-poverty",
            "cancelled-event, /events/study-visit-to-the-way-of-human-rights",
            "topic,  /topics/housing",
            "page,   /pages/about-the-network",
            "search, /search?q=housing",
            "privacy, /privacy",
            "privacy-requests, /privacy/requests",
            "privacy-bad-link, /privacy/requests/confirm?token=not-a-token",
            "mail-bad-link, /mail/confirm/not-a-token",
            "home-fr, /fr/",
            "post-fr, /fr/posts/bonne-annee-2021",
            "post-de, /de/posts/frohes-neues-jahr-2021",
            "city-de, /de/cities/vienna",
            "events-fr, /fr/events",
            "event-de, /de/events/housing-exchange-in-vienna",
            "page-fr, /fr/pages/a-propos-du-reseau",
            "search-de, /de/search?q=jahr",
            "not-found-fr, /fr/posts/no-such-post"})
    void axe_finds_no_wcag_aa_violation_on_a_wide_or_a_narrow_screen(String page, String path, Site site) {
        open(site, path);
        assertNoAxeViolations(page);
        browser.resize(MOBILE, 800);
        assertNoAxeViolations(page + " at 320 px");
    }

    @Test
    void a_french_reader_is_told_what_went_wrong_in_french_and_the_page_passes_axe(Site site) {
        open(site, "/fr/posts/bonne-annee-2021");
        assertEquals("fr", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        type("field-comment", "Merci pour ce message.");
        type("field-name", "");
        type("field-email", "pas-une-adresse");
        submit();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertEquals(site.uri("/fr/posts/bonne-annee-2021/comments#comment-form").toString(), driver.getCurrentUrl());
        WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
        assertTrue(summary.getText().startsWith("Votre commentaire n’a pas été envoyé"), summary.getText());
        assertEquals("Merci pour ce message.", driver.findElement(By.id("field-comment")).getDomProperty("value"),
                "the text typed is kept");
        assertNoAxeViolations("post-fr-with-errors");
        WebElement switcher = driver.findElement(By.cssSelector("nav.languages a[lang='de']"));
        assertEquals("/de/posts/frohes-neues-jahr-2021", switcher.getDomAttribute("href"));
        browser.resize(MOBILE, 800);
        assertNoAxeViolations("post-fr-with-errors at 320 px");
    }

    @Test
    void axe_finds_no_wcag_aa_violation_on_a_post_showing_form_errors(Site site) {
        submitInvalidComment(site);
        assertNoAxeViolations("post-with-errors");
        browser.resize(MOBILE, 800);
        assertNoAxeViolations("post-with-errors at 320 px");
    }

    @Test
    void the_report_form_of_a_comment_passes_axe_empty_and_with_its_errors_on_a_wide_and_a_narrow_screen(Site site) {
        open(site, NEW_YEAR);
        WebElement report = driver.findElement(By.cssSelector("ol.comments a[href$='/report']"));
        assertTrue(report.getText().startsWith("Report"), report.getText());
        report.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/comments/[0-9a-f-]+/report$"));
        assertStyled();
        assertEquals(4, driver.findElements(By.cssSelector("fieldset input[type=radio][name=reason]")).size());
        assertNoAxeViolations("report");

        driver.findElement(By.cssSelector("form[method=post] button[type=submit]")).click();
        WebElement summary = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertTrue(summary.getText().startsWith("Your report was not sent"), summary.getText());
        assertTrue(driver.getTitle().startsWith("Error: "), driver.getTitle());
        assertNoAxeViolations("report-with-errors");
        browser.resize(MOBILE, 800);
        assertNoAxeViolations("report-with-errors at 320 px");
    }

    @Test
    void the_accessibility_check_does_find_violations_where_there_are_some(Site site) {
        open(site, "/");
        browser.script(String.join("\n",
                "const image = document.createElement('img'); image.src = '/assets/favicon.svg';",
                "const faint = document.createElement('p'); faint.textContent = 'Hard to read'; faint.style.color = '#c8c8c8';",
                "document.querySelector('main').append(image, faint);"));

        List<String> found = new AxeBuilder().withTags(WCAG_AA).analyze(driver).getViolations().stream()
                .map(Rule::getId).toList();

        assertTrue(found.containsAll(List.of("image-alt", "color-contrast")), found.toString());
    }

    @Test
    void screenshots_of_every_kind_of_page_are_saved_for_review(Site site) {
        List<String> saved = new ArrayList<>();
        String[][] pages = {{"home", "/"}, {"post", NEW_YEAR}, {"cities", "/cities"}, {"city", "/cities/graz"},
                {"topic", "/topics/housing"}, {"search", "/search?q=housing"}, {"post-with-errors", null}};
        for (String[] page : pages) {
            if (page[1] == null) {
                submitInvalidComment(site);
                browser.script("window.scrollTo(0, 0)");
            } else {
                open(site, page[1]);
            }
            saved.add(browser.screenshot(SCREENSHOTS.resolve(page[0] + ".png"), DESKTOP, 6000).toString());
            saved.add(browser.screenshot(SCREENSHOTS.resolve(page[0] + "-mobile.png"), MOBILE, 9000).toString());
        }
        System.out.println("screenshots: " + saved);
        assertEquals(14, saved.size());
    }

    @Test
    void the_admin_post_list_and_edit_form_have_no_wcag_aa_violation_and_are_saved_as_screenshots(Site site) {
        driver.manage().deleteAllCookies();
        open(site, "/admin/sign-in");
        type("field-email", StaffClient.EDITOR);
        type("field-password", StaffClient.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(site.uri("/admin").toString()));

        open(site, "/admin/posts");
        assertEquals("Posts", driver.findElement(By.tagName("h1")).getText());
        assertNoAxeViolations("admin post list");
        browser.screenshot(SCREENSHOTS.resolve("admin-posts.png"), DESKTOP, 6000);

        driver.findElement(By.cssSelector(".posts-table tbody a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("field-body")));
        assertStyled();
        assertNoAxeViolations("admin post form");
        driver.findElement(By.cssSelector("button[value=preview]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".preview")));
        assertStyled();
        assertNoAxeViolations("admin post form with its preview");
        browser.screenshot(SCREENSHOTS.resolve("admin-post.png"), DESKTOP, 9000);
        browser.resize(MOBILE, 800);
        assertNoAxeViolations("admin post form at 320 px");
        browser.screenshot(SCREENSHOTS.resolve("admin-post-mobile.png"), MOBILE, 12000);
        driver.manage().deleteAllCookies();
    }

    @Test
    void the_admin_topic_list_and_form_have_no_wcag_aa_violation_and_show_what_was_wrong(Site site) {
        driver.manage().deleteAllCookies();
        signInInTheBrowser(site, StaffClient.EDITOR);

        open(site, "/admin/topics");
        assertEquals("Topics", driver.findElement(By.tagName("h1")).getText());
        assertNoAxeViolations("admin topic list");
        driver.findElement(By.cssSelector(".admin-table tbody a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("field-name")));
        assertNoAxeViolations("admin topic form");

        open(site, "/admin/topics/new");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("name-error")));
        assertNoAxeViolations("admin topic form with an error");
        browser.resize(MOBILE, 800);
        assertNoAxeViolations("admin topic form with an error at 320 px");
        browser.screenshot(SCREENSHOTS.resolve("admin-topic-mobile.png"), MOBILE, 3000);
        driver.manage().deleteAllCookies();
    }

    @Test
    void the_admin_page_list_and_form_have_no_wcag_aa_violation_and_show_what_was_wrong(Site site) {
        driver.manage().deleteAllCookies();
        signInInTheBrowser(site, StaffClient.EDITOR);

        open(site, "/admin/pages");
        assertEquals("Pages", driver.findElement(By.tagName("h1")).getText());
        assertNoAxeViolations("admin page list");
        driver.findElement(By.cssSelector(".admin-table tbody a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("field-title")));
        assertNoAxeViolations("admin page form");

        open(site, "/admin/pages/new");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("title-error")));
        assertNoAxeViolations("admin page form with an error");
        browser.resize(MOBILE, 800);
        assertNoAxeViolations("admin page form with an error at 320 px");
        driver.manage().deleteAllCookies();
    }

    @Test
    void the_admin_event_list_and_form_have_no_wcag_aa_violation_and_show_a_time_the_clocks_skip(Site site) {
        driver.manage().deleteAllCookies();
        signInInTheBrowser(site, StaffClient.EDITOR);

        open(site, "/admin/events");
        assertEquals("Events", driver.findElement(By.tagName("h1")).getText());
        assertNoAxeViolations("admin event list");

        open(site, "/admin/events/new");
        assertNoAxeViolations("admin event form");
        type("field-title", "Roundtable in the night the clocks move forward");
        // date and time inputs take what the browser's locale shows; their values are set as the form sends them
        browser.script(String.join("\n",
                "document.getElementById('field-start').value = '2031-03-30';",
                "document.getElementById('field-startTime').value = '02:30';",
                "document.getElementById('field-end').value = '2031-03-30';",
                "document.getElementById('field-endTime').value = '04:00';",
                "return 'ok';"));
        type("field-onlineLink", "https://meet.example/night");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("start-error")));
        assertStyled();
        assertTrue(driver.findElement(By.id("start-error")).getText().contains("does not exist in Europe/Brussels"),
                driver.findElement(By.id("start-error")).getText());
        assertEquals("02:30", driver.findElement(By.id("field-startTime")).getAttribute("value"), "what was typed is kept");
        assertNoAxeViolations("admin event form with an error");
        browser.screenshot(SCREENSHOTS.resolve("admin-event-error.png"), DESKTOP, 9000);
        browser.resize(MOBILE, 800);
        assertNoAxeViolations("admin event form with an error at 320 px");
        browser.screenshot(SCREENSHOTS.resolve("admin-event-mobile.png"), MOBILE, 12000);
        driver.manage().deleteAllCookies();
    }

    /** First, so that the screenshots show the demo site as it starts, not what other tests sent to it. */
    @Test
    @Order(1)
    void the_readme_screenshots_of_the_home_page_and_the_moderation_queue_are_saved_when_asked(Site site) {
        Assumptions.assumeFalse(README_SCREENSHOTS.isEmpty(), "no -Dhrc.screenshots folder given: README screenshots not taken");
        Path folder = Paths.get(README_SCREENSHOTS).toAbsolutePath();
        HttpResponse<String> sent = site.post("/api/posts/" + Moderation.POST + "/comments", "application/json",
                "{\"authorName\":\"Marta Kowalska\",\"authorEmail\":\"marta.kowalska@example.org\","
                        + "\"content\":\"Could the partner cities publish their housing indicators in one table? "
                        + "Our council would like to compare them.\"}",
                "X-Forwarded-For", "192.0.2.79");
        assertEquals(202, sent.statusCode(), sent.body());

        driver.manage().deleteAllCookies();
        open(site, "/");
        Path home = browser.screenshot(folder.resolve("site.png"), DESKTOP, README_HEIGHT);
        signInInTheBrowser(site, StaffClient.ADMINISTRATOR);
        open(site, "/admin/comments?status=pending");
        assertTrue(driver.findElement(By.cssSelector(".moderation-queue")).getText().contains("Marta Kowalska"));
        Path queue = browser.screenshot(folder.resolve("admin.png"), DESKTOP, README_HEIGHT);
        driver.manage().deleteAllCookies();

        System.out.println("README screenshots: " + home + ", " + queue);
    }

    // comment moderation: the queue, the settings and the transparency report ---------------------

    @Test
    void the_moderation_pages_pass_axe_on_a_wide_and_a_narrow_screen_and_are_saved_for_review(Site site) {
        String content = "Waiting for the browser's moderator, " + System.nanoTime() + ".\nA second line.";
        HttpResponse<String> sent = site.post("/api/posts/" + Moderation.POST + "/comments", "application/json",
                "{\"authorName\":\"Ida Browser\",\"authorEmail\":\"ida." + System.nanoTime()
                        + "@example.org\",\"content\":\"" + content.replace("\n", "\\n") + "\"}",
                "X-Forwarded-For", "192.0.2.77");
        assertEquals(202, sent.statusCode(), sent.body());
        signInInTheBrowser(site, StaffClient.ADMINISTRATOR);

        List<String> saved = new ArrayList<>();
        String[][] pages = {{"admin-comments", "/admin/comments?status=pending"}, {"admin-comments-all", "/admin/comments?status=all"},
                {"admin-settings", "/admin/settings"}, {"transparency", "/transparency"}, {"admin-imports", "/admin/imports"},
                {"admin-media", "/admin/media"}, {"admin-privacy", "/admin/privacy"}, {"admin-mail", "/admin/mail"},
                {"admin-profile", "/admin/profile"}};
        for (String[] page : pages) {
            browser.resize(DESKTOP, 900);
            open(site, page[1]);
            assertNoAxeViolations(page[0]);
            saved.add(browser.screenshot(SCREENSHOTS.resolve(page[0] + ".png"), DESKTOP, 6000).toString());
            browser.resize(MOBILE, 800);
            open(site, page[1]);
            assertNoAxeViolations(page[0] + " at 320 px");
            saved.add(browser.screenshot(SCREENSHOTS.resolve(page[0] + "-mobile.png"), MOBILE, 9000).toString());
        }
        browser.resize(DESKTOP, 900);
        open(site, "/admin/comments?status=pending");
        assertTrue(driver.findElement(By.cssSelector(".moderation-queue")).getText().contains("Ida Browser"));
        driver.findElement(By.cssSelector(".moderation-queue tbody tr a[href^='/admin/comments/']")).click();
        assertStyled();
        assertNoAxeViolations("admin-comment");
        saved.add(browser.screenshot(SCREENSHOTS.resolve("admin-comment.png"), DESKTOP, 6000).toString());
        System.out.println("screenshots: " + saved);
        driver.manage().deleteAllCookies();
    }

    @Test
    void a_moderator_approves_a_comment_with_a_checkbox_and_a_button(Site site) {
        String content = "Approve me in the browser, " + System.nanoTime() + ".";
        HttpResponse<String> sent = site.post("/api/posts/" + Moderation.POST + "/comments", "application/json",
                "{\"authorName\":\"Jan Browser\",\"authorEmail\":\"jan." + System.nanoTime()
                        + "@example.org\",\"content\":\"" + content + "\"}", "X-Forwarded-For", "192.0.2.78");
        assertEquals(202, sent.statusCode(), sent.body());
        signInInTheBrowser(site, StaffClient.MODERATOR);
        String id = Site.json(sent).asJsonObject().getString("id");

        open(site, "/admin/comments?status=pending");
        driver.findElement(By.id("select-" + id)).click();
        driver.findElement(By.cssSelector("button[name=action][value=approve]")).click();

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("done=1"));
        assertTrue(driver.findElement(By.cssSelector("p.notice")).getText().startsWith("1 approved"));
        assertTrue(site.get("/api/posts/" + Moderation.POST + "/comments?per_page=100").body().contains(id));
        driver.manage().deleteAllCookies();
    }

    private static void signInInTheBrowser(Site site, String email) {
        open(site, "/admin/sign-in");
        type("field-email", email);
        type("field-password", StaffClient.PASSWORD);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("sign-in")));
    }

    private static void open(Site site, String path) {
        driver.get(site.uri(path).toString());
        assertStyled();
    }

    /** The site's stylesheet applies: colour contrast and layout are only judged on the styled page. */
    private static void assertStyled() {
        Object state = browser.script(String.join("\n",
                "const fonts = getComputedStyle(document.body).fontFamily;",
                "if (fonts.startsWith('system-ui')) return 'ok';",
                "return 'font=' + fonts + ' sheets=' + Array.from(document.styleSheets).map(s => {",
                "  try { return s.href + ':' + s.cssRules.length; } catch (e) { return s.href + ':' + e.message; } }).join()",
                "  + ' resources=' + performance.getEntriesByType('resource')",
                "      .map(r => r.name + ' ' + r.responseStatus + ' ' + r.transferSize + ' ' + r.deliveryType).join('; ');"));
        assertEquals("ok", state, "the stylesheet did not apply to " + driver.getCurrentUrl());
    }

    private static String author(WebElement comment) {
        return comment.findElement(By.cssSelector(":scope > .comment-meta b")).getText();
    }

    private static void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void submit() {
        driver.findElement(By.cssSelector("#comment-form button[type=submit]")).click();
    }

    /** Sends the form with an empty name, a malformed email and a long comment; returns the comment. */
    private static String submitInvalidComment(Site site) {
        open(site, NEW_YEAR);
        String text = ("The roundtable was a good start. " + "We would like to hear more about the indicators "
                + "and how the cities collect them. ").repeat(3) + "thank you.\nSecond paragraph: "
                + "could the next meeting take place in Graz?";
        type("field-comment", text);
        type("field-name", "");
        type("field-email", "not-an-address");
        submit();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertStyled();
        return text;
    }

    private static void assertNoAxeViolations(String page) {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        assertFalse(results.isErrored(), () -> "axe-core failed on " + page + ": " + results.getErrorMessage());
        List<Rule> violations = results.getViolations();
        System.out.println("axe-core on " + page + ": " + violations.size() + " violations, "
                + results.getPasses().size() + " rules passed, to review by hand: "
                + results.getIncomplete().stream().map(rule -> rule.getId() + " at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList()).toList());
        assertTrue(violations.isEmpty(), () -> "axe-core found " + violations.size() + " WCAG 2.2 AA violations on "
                + page + " (" + driver.getCurrentUrl() + "):\n" + violations.stream().map(BrowserIT::describe)
                .collect(Collectors.joining("\n")));
    }

    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder()
                .append("- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(")");
        for (CheckedNode node : rule.getNodes()) {
            text.append("\n    at ").append(node.getTarget());
            if (node.getFailureSummary() != null) {
                text.append(": ").append(node.getFailureSummary().replace("\n", " "));
            }
        }
        return text.toString();
    }
}
