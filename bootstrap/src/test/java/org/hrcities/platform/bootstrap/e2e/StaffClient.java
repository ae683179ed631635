package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member of staff's browser, as far as the tests need one: keeps the cookies the site sets, signs
 * in through the form, and posts forms with their CSRF token. Each client acts from an address of its
 * own (X-Forwarded-For, which the demo site trusts from 127.0.0.1).
 */
public final class StaffClient {

    public static final String PASSWORD = "demo-password-hrc";
    public static final String ADMINISTRATOR = "admin@demo.hrcities.example";
    public static final String EDITOR = "editor@demo.hrcities.example";
    public static final String MODERATOR = "moderator@demo.hrcities.example";
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static int lastAddress;

    private final Site site;
    private final String address;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public StaffClient(Site site) {
        this.site = site;
        this.address = nextAddress();
    }

    private static synchronized String nextAddress() {
        lastAddress++;
        return "198.51.100." + (lastAddress % 250 + 1);
    }

    public static StaffClient signedIn(Site site, String email) {
        StaffClient client = new StaffClient(site);
        HttpResponse<String> response = client.signIn(email, PASSWORD);
        assertEquals(303, response.statusCode(), response.body());
        return client;
    }

    public String address() {
        return address;
    }

    public HttpResponse<String> signIn(String email, String password) {
        return postForm("/admin/sign-in", "/admin/sign-in", Map.of("email", email, "password", password));
    }

    public HttpResponse<String> get(String path, String... headers) {
        return keep(site.get(path, with(headers)));
    }

    /** Reads the form token from {@code formPage}, then posts {@code fields} with it to {@code action}. */
    public HttpResponse<String> postForm(String formPage, String action, Map<String, String> fields) {
        HttpResponse<String> page = get(formPage);
        Matcher token = TOKEN.matcher(page.body());
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("token", token.find() ? token.group(1) : "");
        return post(action, all);
    }

    /** Posts {@code fields} as they are (with whatever token they hold, if any). */
    public HttpResponse<String> post(String action, Map<String, String> fields) {
        return postRaw(action, encode(fields));
    }

    public HttpResponse<String> postRaw(String action, String body) {
        return keep(site.post(action, "application/x-www-form-urlencoded", body, with()));
    }

    /** Posts a body of any type (a multipart form, say) with the client's cookies. */
    public HttpResponse<String> postBody(String action, String contentType, String body) {
        return keep(site.post(action, contentType, body, with()));
    }

    /** Posts a body of bytes (a multipart form with a file in it) with the client's cookies. */
    public HttpResponse<String> postBytes(String action, String contentType, byte[] body) {
        return keep(site.postBytes(action, contentType, body, with()));
    }

    /** The client's cookies as a {@code Cookie} header's value. */
    public String cookieHeader() {
        List<String> pairs = new ArrayList<>();
        cookies.forEach((name, value) -> pairs.add(name + "=" + value));
        return String.join("; ", pairs);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** The cookies the site set, by name. */
    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    public void forgetCookies() {
        cookies.clear();
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    /** The Authorization header for HTTP Basic. */
    public static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String encode(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    private String[] with(String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        all.add("X-Forwarded-For");
        all.add(address);
        if (!cookies.isEmpty()) {
            all.add("Cookie");
            List<String> pairs = new ArrayList<>();
            cookies.forEach((name, value) -> pairs.add(name + "=" + value));
            all.add(String.join("; ", pairs));
        }
        return all.toArray(String[]::new);
    }

    private HttpResponse<String> keep(HttpResponse<String> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return response;
    }
}
