package org.hrcities.platform.adapter.in.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.junit.jupiter.api.Test;

class PageCacheFilterTest {

    private final PageCache cache = new PageCache(new LocalRevisions());
    private final PageCacheFilter filter = new PageCacheFilter(cache);
    private final AtomicInteger rendered = new AtomicInteger();

    /** A resource answering {@code body} with a paging header, as the JAX-RS resources do through PageCacheFeature. */
    private FilterChain resource(Representation representation) {
        return (request, response) -> {
            rendered.incrementAndGet();
            request.setAttribute(PageCache.OFFER, new PageCache.Offer(representation, Set.of()));
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(200);
            http.addHeader("ETag", "\"" + representation.identity() + "\"");
            http.addHeader("X-Total-Count", "6");
            http.getOutputStream().write(representation.body());
        };
    }

    @Test
    void the_second_plain_read_is_answered_from_the_store_with_the_same_bytes_and_headers() throws Exception {
        Representation list = Representation.of("[\"news\"]".getBytes(StandardCharsets.UTF_8), "application/json", true,
                Freshness.MINUTE);
        FilterChain chain = resource(list);

        Exchange first = Exchange.get("/api/posts", "per_page=10");
        filter.doFilter(first.request, first.response, chain);
        Exchange second = Exchange.get("/api/posts", "per_page=10");
        filter.doFilter(second.request, second.response, chain);

        assertEquals(1, rendered.get(), "rendered once");
        assertEquals("[\"news\"]", second.body());
        assertEquals(List.of("6"), second.headers.get("X-Total-Count"));
        assertEquals(first.headers.get("ETag"), second.headers.get("ETag"));
        assertEquals("application/json", second.contentType[0]);
    }

    @Test
    void a_change_another_query_or_a_read_with_credentials_is_answered_by_the_resource() throws Exception {
        FilterChain chain = resource(Representation.of("[1]".getBytes(StandardCharsets.UTF_8), "application/json", true,
                Freshness.MINUTE));
        Exchange first = Exchange.get("/api/posts", null);
        filter.doFilter(first.request, first.response, chain);

        cache.changed(Set.of(Change.CONTENT));
        Exchange afterChange = Exchange.get("/api/posts", null);
        filter.doFilter(afterChange.request, afterChange.response, chain);
        Exchange otherQuery = Exchange.get("/api/posts", "page=2");
        filter.doFilter(otherQuery.request, otherQuery.response, chain);
        Exchange withCredentials = Exchange.get("/api/posts", null);
        when(withCredentials.request.getHeader("Authorization")).thenReturn("Basic eDp5");
        filter.doFilter(withCredentials.request, withCredentials.response, chain);

        assertEquals(4, rendered.get());
    }

    @Test
    void payaras_metrics_and_health_are_no_plain_reads_of_the_site() throws Exception {
        for (String path : List.of("/metrics", "/health/ready")) {
            Exchange read = Exchange.get(path, null);
            assertFalse(PageCacheFilter.isPlainRead(read.request), path);
        }
        assertTrue(PageCacheFilter.isPlainRead(Exchange.get("/api/posts", null).request));
    }

    @Test
    void every_reader_of_a_stored_page_gets_the_same_bytes_and_etag_and_no_cookie() throws Exception {
        Representation page = Representation.withVaryingPart("<input name=\"served\" value=\"STAMP\">"
                .getBytes(StandardCharsets.UTF_8), "STAMP", "1700000000000.sig", "text/html", true, Freshness.REVALIDATE);
        FilterChain chain = resource(page);
        Exchange first = Exchange.get("/posts/news", null);
        filter.doFilter(first.request, first.response, chain);

        Exchange newcomer = Exchange.get("/posts/news", null);
        filter.doFilter(newcomer.request, newcomer.response, chain);
        Exchange withAnOldFormCookie = Exchange.get("/posts/news", null);
        when(withAnOldFormCookie.request.getCookies()).thenReturn(new Cookie[] {new Cookie("hrc_form", "an-old-token")});
        filter.doFilter(withAnOldFormCookie.request, withAnOldFormCookie.response, chain);

        assertEquals(1, rendered.get());
        assertEquals("<input name=\"served\" value=\"1700000000000.sig\">", newcomer.body());
        assertEquals(newcomer.body(), withAnOldFormCookie.body());
        assertEquals(newcomer.headers.get("ETag"), withAnOldFormCookie.headers.get("ETag"));
        assertFalse(newcomer.headers.containsKey("Set-Cookie"));
        assertFalse(withAnOldFormCookie.headers.containsKey("Set-Cookie"));
    }

    @Test
    void a_read_that_another_request_changes_while_it_is_made_is_not_stored() throws Exception {
        FilterChain changing = (request, response) -> {
            rendered.incrementAndGet();
            cache.changed(Set.of(Change.CONTENT));
            request.setAttribute(PageCache.OFFER, new PageCache.Offer(Representation.of(new byte[] {'1'}, "application/json",
                    true, Freshness.MINUTE), Set.of()));
            ((HttpServletResponse) response).setStatus(200);
        };

        Exchange first = Exchange.get("/api/posts", null);
        filter.doFilter(first.request, first.response, changing);
        Exchange second = Exchange.get("/api/posts", null);
        filter.doFilter(second.request, second.response, changing);

        assertEquals(2, rendered.get());
    }

    /** A request and a response recording what is written to it. */
    private static final class Exchange {
        final HttpServletRequest request = mock(HttpServletRequest.class);
        final HttpServletResponse response = mock(HttpServletResponse.class);
        final Map<String, List<String>> headers = new HashMap<>();
        final Map<String, Object> attributes = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final String[] contentType = new String[1];
        final int[] status = {200};

        static Exchange get(String path, String query) throws IOException {
            Exchange exchange = new Exchange();
            when(exchange.request.getMethod()).thenReturn("GET");
            when(exchange.request.getRequestURI()).thenReturn(path);
            lenient().when(exchange.request.getQueryString()).thenReturn(query);
            lenient().when(exchange.request.getScheme()).thenReturn("http");
            lenient().when(exchange.request.getHeader("Host")).thenReturn("127.0.0.1:8080");
            lenient().when(exchange.request.getHeaders(anyString())).thenAnswer(ask -> Collections.emptyEnumeration());
            lenient().doAnswer(call -> exchange.attributes.put(call.getArgument(0), call.getArgument(1)))
                    .when(exchange.request).setAttribute(anyString(), any());
            lenient().when(exchange.request.getAttribute(anyString())).thenAnswer(ask -> exchange.attributes.get(ask.getArgument(0)));
            lenient().doAnswer(call -> exchange.headers.computeIfAbsent(call.getArgument(0), name -> new ArrayList<>())
                    .add(call.getArgument(1))).when(exchange.response).addHeader(anyString(), anyString());
            lenient().doAnswer(call -> exchange.headers.put(call.getArgument(0), new ArrayList<>(List.of((String) call.getArgument(1)))))
                    .when(exchange.response).setHeader(anyString(), anyString());
            lenient().doAnswer(call -> exchange.contentType[0] = call.getArgument(0)).when(exchange.response).setContentType(anyString());
            lenient().doAnswer(call -> exchange.status[0] = call.getArgument(0)).when(exchange.response).setStatus(anyInt());
            lenient().when(exchange.response.getStatus()).thenAnswer(ask -> exchange.status[0]);
            lenient().when(exchange.response.getOutputStream()).thenReturn(new ServletOutputStream() {
                @Override
                public void write(int b) {
                    exchange.body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            });
            return exchange;
        }

        String body() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }
}
