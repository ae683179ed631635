package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A hostile-input corpus sent to every endpoint of the site and the API (listed from the JAX-RS
 * resources, as OpenApiIT does), with hostile values in the path parameters, the query strings and
 * the bodies, anonymously and as the administrator: no answer is a 5xx; every refusal is a 4xx that
 * says what was wrong, as problem details under /api and as an HTML page elsewhere; no page that comes
 * back holds markup made from the input, and no input reaches a response header.
 */
@ExtendWith(DemoSite.class)
class HostileInputIT {

    /** This test's own address: the sign-in throttling it may trip touches no other test. */
    private static final String ADDRESS = "192.0.2.150";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    /** Path parameter values, as they go on the wire. */
    private static final List<String> PATH_VALUES = List.of("no-such-thing", "..%2F..%2Fetc%2Fpasswd", "%2e%2e",
            "%3Cscript%3Ewindow.hrcXss%3D1%3C%2Fscript%3E", "'%20OR%201=1--", "1;DROP%20TABLE%20comments", "-1",
            "99999999999999999999999", "%F0%9F%98%80", "%C3%28", "%FF%FE", "a".repeat(3_000), "%0d%0aX-Injected:%201",
            "javascript:alert(1)", "%22%3E%3Csvg%20onload=alert(1)%3E");
    /** The path values an authenticated API request gets (HTTP Basic hashes the password every time). */
    private static final List<String> ADMIN_API_PATH_VALUES = List.of("no-such-thing", "..%2F..%2Fetc%2Fpasswd",
            "%3Cscript%3Ewindow.hrcXss%3D1%3C%2Fscript%3E", "99999999999999999999999", "%C3%28");
    private static final List<String> QUERIES = List.of("?page=99999999999999999999", "?page=-1&per_page=-5",
            "?per_page=100000000", "?page=0&per_page=0", "?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&status=%27%3B--",
            "?x=%0d%0aX-Injected:%201", "?page=%C3%28&q=%00", "?q=" + "%F0%9F%98%80".repeat(500), "?page=1e9&per_page=NaN");

    private record Body(String name, String contentType, byte[] bytes) {
    }

    private record Probe(String method, String path, String credentials, Body body, Map<String, String> headers) {
        String describe() {
            return method + " " + (path.length() > 120 ? path.substring(0, 120) + "..." : path) + " [" + credentials + "]"
                    + (body == null ? "" : " body " + body.name()) + (headers.isEmpty() ? "" : " headers " + headers.keySet());
        }
    }

    private record Outcome(Probe probe, int status, String contentType, String body, Set<String> headerNames) {
    }

    private static List<Body> bodies() {
        List<Body> bodies = new ArrayList<>();
        String json = "application/json";
        String form = "application/x-www-form-urlencoded";
        bodies.add(new Body("empty JSON", json, new byte[0]));
        bodies.add(new Body("unclosed JSON", json, bytes("{\"content\":\"hello")));
        bodies.add(new Body("JSON array", json, bytes("[]")));
        bodies.add(new Body("JSON null", json, bytes("null")));
        bodies.add(new Body("JSON string", json, bytes("\"<script>window.hrcXss=1</script>\"")));
        bodies.add(new Body("JSON huge number", json, bytes("{\"version\":1e999999,\"page\":-99999999999999999999}")));
        bodies.add(new Body("JSON nested 20000 deep", json, bytes("[".repeat(20_000) + "]".repeat(20_000))));
        bodies.add(new Body("JSON unknown hostile fields", json, bytes("{\"<img src=x onerror=alert(1)>\":\"' OR 1=1 --\","
                + "\"__proto__\":{\"admin\":true}}")));
        bodies.add(new Body("JSON wrong types", json, bytes("{\"authorName\":[1,2],\"content\":{\"$ne\":null},"
                + "\"title\":true,\"version\":\"x\"}")));
        bodies.add(new Body("JSON invalid UTF-8", json, concat(bytes("{\"content\":\""), new byte[] {(byte) 0xC3, 0x28,
                (byte) 0xFF}, bytes("\"}"))));
        bodies.add(new Body("JSON NUL bytes", json, concat(bytes("{\"content\":\"a"), new byte[] {0, 0}, bytes("\"}"))));
        bodies.add(new Body("JSON over 256 KiB", json, bytes("{\"content\":\"" + "x".repeat(300_000) + "\"}")));
        bodies.add(new Body("broken form encoding", form, bytes("token=%ZZ&name=%E0%A4%A&=&&==&email")));
        bodies.add(new Body("form NUL and script", form, bytes("token=%00&content=%3Cscript%3Ewindow.hrcXss%3D1%3C%2Fscript"
                + "%3E&website=javascript:alert(1)&page=-1")));
        bodies.add(new Body("form invalid UTF-8", form, concat(bytes("content="), new byte[] {(byte) 0xC3, 0x28}, bytes("&x=1"))));
        bodies.add(new Body("form over 256 KiB", form, bytes("content=" + "x".repeat(300_000))));
        bodies.add(new Body("XML for JSON", "application/xml", bytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]><x>&e;</x>")));
        return bodies;
    }

    @Test
    void no_hostile_request_gets_a_5xx_and_every_refusal_says_what_was_wrong(Site site) throws Exception {
        StaffClient administrator = StaffClient.signedIn(site, StaffClient.ADMINISTRATOR);
        String session = "Cookie";
        String sessionCookie = administrator.cookie("JSESSIONID") == null ? null
                : "JSESSIONID=" + administrator.cookie("JSESSIONID");
        String basic = StaffClient.basic(StaffClient.ADMINISTRATOR, StaffClient.PASSWORD);

        Map<String, Set<String>> endpoints = new TreeMap<>();
        for (boolean api : new boolean[] {true, false}) {
            OpenApiIT.endpoints(api).forEach((path, verbs) ->
                    endpoints.computeIfAbsent(path, key -> new TreeSet<>()).addAll(verbs.keySet()));
        }
        List<Probe> probes = new ArrayList<>();
        for (Map.Entry<String, Set<String>> endpoint : endpoints.entrySet()) {
            String template = endpoint.getKey();
            boolean adminApi = template.startsWith("/api/admin");
            boolean adminPage = template.startsWith("/admin");
            for (String verb : endpoint.getValue()) {
                List<String> credentials = new ArrayList<>(List.of("anonymous"));
                if (adminApi || adminPage) {
                    credentials.add("administrator");
                }
                for (String who : credentials) {
                    Map<String, String> auth = new LinkedHashMap<>();
                    if (who.equals("administrator")) {
                        if (adminApi) {
                            auth.put("Authorization", basic);
                        } else if (sessionCookie != null) {
                            auth.put(session, sessionCookie);
                        }
                    }
                    boolean paid = who.equals("administrator") && adminApi;
                    List<String> values = !template.contains("{") ? List.of("")
                            : paid ? ADMIN_API_PATH_VALUES : PATH_VALUES;
                    for (String value : values) {
                        probes.add(new Probe(verb, fill(template, value), who, null, auth));
                    }
                    String plain = fill(template, "no-such-thing");
                    if (verb.equals("GET")) {
                        for (String query : paid ? QUERIES.subList(0, 4) : QUERIES) {
                            probes.add(new Probe(verb, plain + query, who, null, auth));
                        }
                    }
                    if (Set.of("POST", "PUT", "PATCH").contains(verb)) {
                        for (Body body : bodies()) {
                            probes.add(new Probe(verb, plain, who, body, auth));
                        }
                        Map<String, String> hostileHeaders = new LinkedHashMap<>(auth);
                        hostileHeaders.put("If-Match", "\"99999999999999999999\"");
                        hostileHeaders.put("Origin", "javascript:alert(1)");
                        hostileHeaders.put("Accept-Language", "' OR 1=1 --");
                        hostileHeaders.put("X-Forwarded-For", "<script>alert(1)</script>, 999.1.1.1");
                        probes.add(new Probe(verb, plain, who, new Body("empty JSON object", "application/json", bytes("{}")),
                                hostileHeaders));
                    }
                }
            }
        }

        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Probe probe : probes) {
            futures.add(pool.submit(() -> send(site, probe)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get());
        }
        pool.shutdown();
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        for (Outcome outcome : outcomes) {
            byStatus.merge(outcome.status(), 1, Integer::sum);
            check(outcome, problems);
        }
        System.out.printf("hostile corpus: %d endpoints (path and method), %d requests in %d s, answers by status %s%n",
                endpoints.values().stream().mapToInt(Set::size).sum(), outcomes.size(), seconds, byStatus);
        problems.forEach(problem -> System.out.println("hostile corpus problem: " + problem));
        assertTrue(problems.isEmpty(), problems.size() + " answers were wrong:\n"
                + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    private static void check(Outcome outcome, List<String> problems) {
        Probe probe = outcome.probe();
        String what = probe.describe() + " -> " + outcome.status() + " " + outcome.contentType();
        if (outcome.status() >= 500) {
            problems.add(what + ": a server error: " + abbreviate(outcome.body()));
            return;
        }
        if (outcome.headerNames().contains("x-injected")) {
            problems.add(what + ": the input made a response header");
        }
        boolean api = probe.path().startsWith("/api");
        if (outcome.status() >= 400) {
            if (outcome.body().isBlank()) {
                problems.add(what + ": a refusal without a body");
            } else if (api && (!outcome.contentType().startsWith("application/problem+json")
                    || !outcome.body().matches("(?s).*\"detail\"\\s*:\\s*\"[^\"]+.*"))) {
                problems.add(what + ": not problem details with a detail: " + abbreviate(outcome.body()));
            } else if (!api && !outcome.contentType().startsWith("text/html")) {
                problems.add(what + ": a page's refusal that is not an HTML page: " + abbreviate(outcome.body()));
            }
        }
        if (outcome.contentType().startsWith("text/html")) {
            String markup = inertnessProblem(Jsoup.parse(outcome.body().replace('\uffff', '\ufffd')));
            if (markup != null) {
                problems.add(what + ": " + markup);
            }
        }
    }

    /** What in the page could run, or null: the site's pages hold no script, frame, object, handler or script URL. */
    static String inertnessProblem(Document page) {
        for (Element element : page.getAllElements()) {
            if (Set.of("script", "iframe", "frame", "object", "embed", "applet", "base", "style").contains(element.normalName())) {
                return "a <" + element.normalName() + "> element";
            }
            if (element.normalName().equals("svg") && element.closest("main") != null
                    && element.attributes().asList().stream().anyMatch(a -> a.getKey().startsWith("on"))) {
                return "an svg with a handler";
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    return "an event handler " + key + " on <" + element.normalName() + ">";
                }
                if (Set.of("href", "src", "action", "formaction", "xlink:href").contains(key)
                        && (value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:"))) {
                    return "a script address in " + key + " of <" + element.normalName() + ">";
                }
            }
        }
        return null;
    }

    private static Outcome send(Site site, Probe probe) {
        HttpRequest.BodyPublisher publisher = probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(probe.body().bytes());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.uri("/") + probe.path().substring(1)))
                .timeout(Duration.ofSeconds(30)).method(probe.method(), publisher);
        if (probe.body() != null) {
            request.header("Content-Type", probe.body().contentType());
        }
        Map<String, String> headers = new LinkedHashMap<>(Map.of("X-Forwarded-For", ADDRESS));
        headers.putAll(probe.headers());
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Outcome(probe, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().map().keySet().stream().map(name -> name.toLowerCase(Locale.ROOT))
                    .collect(java.util.stream.Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(probe.describe(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


    /** A post whose comments no other test counts or looks at. */
    private static final String XSS_POST = "housing-as-a-human-right-utrecht-and-vienna";

    /** Comments that would run code if any of their markup reached the page as markup: name, then text. */
    private static final List<String[]> SCRIPTED_COMMENTS = List.of(
            new String[] {"Ada\"><script>window.hrcXss=1</script>", "<script>window.hrcXss=2;document.title='pwned'</script>"},
            new String[] {"Ben <img src=x onerror=window.hrcXss=3>", "<img src=x onerror=\"window.hrcXss=4\"> an image"},
            new String[] {"Cleo", "<svg onload=\"window.hrcXss=5\"><circle r=5></circle></svg> and <svg><script>window.hrcXss=6</script></svg>"},
            new String[] {"Dan", "<a href=\"javascript:window.hrcXss=7\">click</a> or javascript:window.hrcXss=8 or "
                    + "https://example.org/\"onmouseover=\"window.hrcXss=9"},
            new String[] {"Eve", "<iframe srcdoc=\"<script>parent.hrcXss=10</script>\"></iframe><object data=\"data:text/html,"
                    + "<script>parent.hrcXss=11</script>\"></object><embed src=\"javascript:window.hrcXss=12\">"},
            new String[] {"Finn", "<style>body{display:none}</style><div style=\"background:url(javascript:window.hrcXss=13)\" "
                    + "onclick=\"window.hrcXss=14\">styled</div></p></li></ol><form action=\"javascript:window.hrcXss=15\">"
                    + "<button>go</button></form>"},
            new String[] {"Gus", "[x](javascript:window.hrcXss=16) ![y](data:image/svg+xml,<svg onload=window.hrcXss=17>) "
                    + "&lt;script&gt;window.hrcXss=18&lt;/script&gt; <!-- --><base href=\"javascript:/\">"});

    @Test
    void accepted_scripts_are_shown_as_text_and_run_nothing_in_chromium(Site site) {
        List<String> contents = new ArrayList<>();
        String marker = java.util.UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < SCRIPTED_COMMENTS.size(); i++) {
            String name = SCRIPTED_COMMENTS.get(i)[0];
            String content = SCRIPTED_COMMENTS.get(i)[1] + " (" + marker + "-" + i + ")";
            contents.add(content);
            if (i % 2 == 0) {
                String body = jakarta.json.Json.createObjectBuilder().add("authorName", name).add("authorEmail",
                        Moderation.email("xss" + i)).add("content", content).build().toString();
                HttpResponse<String> sent = site.post("/api/posts/" + XSS_POST + "/comments", "application/json", body,
                        "X-Forwarded-For", "192.0.2." + (160 + i));
                assertEquals(202, sent.statusCode(), sent.body());
            } else {
                Moderation.Visitor visitor = new Moderation.Visitor(site);
                visitor.open(XSS_POST);
                HttpResponse<String> sent = visitor.send(XSS_POST, Map.of("name", name, "email", Moderation.email("xss" + i),
                        "website", "", "comment", content));
                assertEquals(303, sent.statusCode(), sent.body());
            }
            approve(site, Moderation.find(site, marker + "-" + i + ")"));
        }
        String refused = site.post("/api/posts/" + XSS_POST + "/comments", "application/json", "{\"authorName\":\"Hal\","
                + "\"authorEmail\":\"hal@example.org\",\"authorUrl\":\"javascript:window.hrcXss=19\",\"content\":\"hi\"}",
                "X-Forwarded-For", "192.0.2.170").body();
        assertTrue(refused.contains("website") || refused.contains("authorUrl"), "a javascript: website is refused: " + refused);

        try (Browser browser = Browser.start()) {
            browser.driver().get(site.uri("/posts/" + XSS_POST).toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> state = (Map<String, Object>) browser.script(String.join("\n",
                    "var all = Array.prototype.slice.call(document.querySelectorAll('*'));",
                    "var comments = document.getElementById('comments');",
                    "return {",
                    "  xss: typeof window.hrcXss,",
                    "  title: document.title,",
                    "  injected: comments.querySelectorAll('script, iframe, object, embed, svg, img, style, base, form:not(#comment-form), "
                            + "[style], button:not(#comment-form button)').length,",
                    "  handlers: all.filter(function (e) { return Array.prototype.some.call(e.attributes, function (a) {"
                            + " return a.name.indexOf('on') === 0; }); }).length,",
                    "  scriptUrls: all.filter(function (e) { return ['href', 'src', 'action', 'data', 'formaction'].some("
                            + "function (n) { return /^\\s*(javascript|data|vbscript):/i.test(e.getAttribute(n) || ''); }); }).length,",
                    "  bases: document.querySelectorAll('base').length,",
                    "  text: comments.innerText",
                    "};"));
            System.out.println("scripted comments in Chromium: " + contents.size() + " shown, window.hrcXss is " + state.get("xss")
                    + ", injected elements " + state.get("injected") + ", handlers " + state.get("handlers")
                    + ", script addresses " + state.get("scriptUrls"));
            assertEquals("undefined", state.get("xss"), "no injected code ran");
            assertTrue(!String.valueOf(state.get("title")).contains("pwned"), "the title is the page's: " + state.get("title"));
            assertEquals(0L, ((Number) state.get("injected")).longValue(), "no element was made from a comment");
            assertEquals(0L, ((Number) state.get("handlers")).longValue(), "no element has an event handler");
            assertEquals(0L, ((Number) state.get("scriptUrls")).longValue(), "no link or source is a script address");
            assertEquals(0L, ((Number) state.get("bases")).longValue(), "no base element");
            String text = String.valueOf(state.get("text"));
            for (String content : contents) {
                assertTrue(text.contains(content.replaceAll("\\s+", " ")), "shown as the text it is: " + content);
            }
        }
    }

    /** Approves the comment (unless the rules already did) as the moderator, with its version. */
    private static void approve(Site site, jakarta.json.JsonObject comment) {
        if (comment.getString("status").equals("approved")) {
            return;
        }
        String path = "/api/admin/comments/" + comment.getString("id");
        HttpResponse<String> read = site.get(path, "Authorization", Moderation.moderator());
        HttpResponse<String> approved = site.post(path + "/approve", null, "", "Authorization", Moderation.moderator(),
                "If-Match", read.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, approved.statusCode(), approved.body());
    }

    /**
     * A path whose %-escapes the servlet container cannot decode (malformed, not UTF-8, an encoded NUL
     * or backslash, an encoded "../" above the root) is refused with 400 by the site itself, which says
     * what was wrong: problem details under /api, an error page elsewhere. What the container still
     * answers alone, with an empty 400, is a path that is wrong in its raw characters, without any
     * escape: a backslash, or "../" segments that climb above the root.
     */
    @Test
    void malformed_escapes_in_the_path_are_refused_with_400_saying_what_was_wrong(Site site) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String malformed : List.of("/api/%ZZ", "/posts/%ZZ", "/api/posts/%", "/api/posts/a%2", "/%ZZ")) {
            expected.put(malformed, "not followed by two hexadecimal digits");
        }
        expected.put("/api/posts/%00", "NUL character");
        expected.put("/posts/%00", "NUL character");
        expected.put("/api/posts/%C3%28", "UTF-8");
        expected.put("/posts/%FF%FE", "UTF-8");
        expected.put("/api/posts/%5C", "backslash");
        expected.put("/posts/..%2F..%2Fetc%2Fpasswd", "climb above the root");
        Map<String, String> seen = new LinkedHashMap<>();
        expected.forEach((path, said) -> {
            RawHttp.Answer response = RawHttp.exchange(site, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: " + ADDRESS
                    + "\r\nConnection: close\r\n\r\n");
            seen.put(path, response.status() + " (" + response.body().length() + " bytes)");
            assertEquals(400, response.status(), path + ": " + response.head());
            String head = response.head().toLowerCase(Locale.ROOT);
            if (path.startsWith("/api")) {
                assertTrue(head.contains("content-type: application/problem+json"), path + ": " + response.head());
                assertTrue(response.body().contains("\"type\":\"/problems/malformed-path\""), path + ": " + response.body());
                String detail = jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readObject()
                        .getString("detail", "");
                assertTrue(detail.contains(said), path + ": " + response.body());
            } else {
                assertTrue(head.contains("content-type: text/html"), path + ": " + response.head());
                Document page = Jsoup.parse(response.body());
                assertTrue(page.select("main").text().contains(said), path + ": " + page.select("main").text());
                assertEquals(null, inertnessProblem(page), path);
            }
        });
        System.out.println("malformed paths, as the site answers them: " + seen);

        for (String raw : List.of("/posts/../../etc/passwd", "/api/posts/a\\b")) {
            RawHttp.Answer response = RawHttp.exchange(site, "GET " + raw + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: " + ADDRESS
                    + "\r\nConnection: close\r\n\r\n");
            assertEquals(400, response.status(), raw + ": " + response.head());
            assertEquals("", response.body(), raw + " is answered by the container, without a body (known limit)");
        }
    }

    @Test
    void a_header_with_a_line_break_is_refused_before_the_application_and_injects_nothing(Site site) {
        RawHttp.Answer response = RawHttp.exchange(site, "GET /api/posts HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: " + ADDRESS
                + "\r\nAccept-Language: en\rX-Injected: 1\r\nConnection: close\r\n\r\n");
        assertTrue(response.status() < 500, "got " + response.status());
        assertTrue(!response.head().toLowerCase(Locale.ROOT).contains("x-injected"), response.head());
    }

    private static String fill(String template, String value) {
        return template.replaceAll("\\{[^}]+}", Matcher.quoteReplacement(value));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }
}
