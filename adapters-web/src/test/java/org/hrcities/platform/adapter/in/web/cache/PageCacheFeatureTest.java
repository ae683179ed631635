package org.hrcities.platform.adapter.in.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.junit.jupiter.api.Test;
import org.mockito.stubbing.Answer;

class PageCacheFeatureTest {

    private final LocalRevisions revisions = new LocalRevisions();
    private final PageCache cache = new PageCache(revisions);
    private final PageCacheFeature feature = new PageCacheFeature(cache);

    /** A resource as the site's are written: reads, a write that declares nothing, writes that declare what they change. */
    public static final class Resource {
        @GET
        public Response page() {
            return null;
        }

        @GET
        @DependsOn(Change.ARRIVALS)
        public Response counts() {
            return null;
        }

        @POST
        public Response edit() {
            return null;
        }

        @POST
        @ChangesOnly(value = Change.ARRIVALS, when = Accepted.class)
        public Response receive() {
            return null;
        }

        public Response locator() {
            return null;
        }
    }

    /** The answers {@link Resource#receive} declares for: 202. */
    public static final class Accepted implements Predicate<ContainerResponseContext> {
        @Override
        public boolean test(ContainerResponseContext answer) {
            return answer.getStatus() == 202;
        }
    }

    private ContainerResponseFilter filterOf(String method) throws NoSuchMethodException {
        ResourceInfo resource = mock(ResourceInfo.class);
        when(resource.getResourceMethod()).thenReturn(Resource.class.getMethod(method));
        FeatureContext context = mock(FeatureContext.class);
        List<Object> registered = new ArrayList<>();
        Answer<FeatureContext> register = call -> {
            registered.add(call.getArgument(0));
            return context;
        };
        lenient().doAnswer(register).when(context).register(any(Object.class));
        lenient().doAnswer(register).when(context).register(any(Object.class), anyInt());
        feature.configure(resource, context);
        return registered.isEmpty() ? null : (ContainerResponseFilter) registered.get(0);
    }

    private void answer(String method, int status) throws Exception {
        ContainerResponseContext response = mock(ContainerResponseContext.class);
        when(response.getStatus()).thenReturn(status);
        filterOf(method).filter(mock(ContainerRequestContext.class), response);
    }

    @Test
    void a_write_that_declares_nothing_changes_everything() throws Exception {
        answer("edit", 200);

        assertEquals(1, revisions.revision(Change.CONTENT));
        assertEquals(1, revisions.revision(Change.ARRIVALS));
    }

    @Test
    void a_write_changes_only_what_it_declares_when_its_answer_is_one_the_declaration_holds_for() throws Exception {
        answer("receive", 202);

        assertEquals(0, revisions.revision(Change.CONTENT));
        assertEquals(1, revisions.revision(Change.ARRIVALS));
    }

    @Test
    void after_any_other_answer_a_declared_write_changes_everything() throws Exception {
        answer("receive", 400);

        assertEquals(1, revisions.revision(Change.CONTENT));
        assertEquals(1, revisions.revision(Change.ARRIVALS));
    }

    @Test
    void a_read_changes_nothing_and_a_method_without_an_http_method_gets_no_filter() throws Exception {
        ContainerResponseContext response = mock(ContainerResponseContext.class);
        when(response.getEntity()).thenReturn("not a representation");
        filterOf("page").filter(mock(ContainerRequestContext.class), response);

        assertEquals(0, revisions.revision(Change.CONTENT));
        assertNull(filterOf("locator"));
    }

    @Test
    void a_read_answers_its_representation_and_offers_it_to_the_store_with_what_it_depends_on() throws Exception {
        byte[] body = "{\"received\":3}".getBytes(StandardCharsets.UTF_8);
        Representation counts = Representation.of(body, "application/json", true, Freshness.MINUTE);
        Exchange first = new Exchange(counts, null);

        filterOf("counts").filter(first.request, first.response);

        verify(first.response).setStatus(200);
        verify(first.response).setEntity(body);
        assertEquals(List.of(body.length), first.headers.get("Content-Length"));
        assertEquals("application/json", first.headers.getFirst("Content-Type"));
        PageCache.Offer offer = (PageCache.Offer) first.properties.get(PageCache.OFFER);
        assertEquals(new PageCache.Offer(counts, Set.of(Change.ARRIVALS)), offer);

        Exchange revalidation = new Exchange(counts, (String) first.headers.getFirst("ETag"));
        filterOf("counts").filter(revalidation.request, revalidation.response);

        verify(revalidation.response).setStatus(304);
        verify(revalidation.response).setEntity(null);
    }

    @Test
    void a_read_puts_vary_accept_encoding_before_the_resources_own_vary_as_the_store_does() throws Exception {
        Exchange exchange = new Exchange(Representation.of(new byte[] {'1'}, "application/json", true, Freshness.HOUR), null);
        exchange.headers.add("Vary", "Accept");

        filterOf("page").filter(exchange.request, exchange.response);

        assertEquals(List.of("Accept-Encoding", "Accept"), exchange.headers.get("Vary"));
        assertTrue(exchange.properties.containsKey(PageCache.OFFER));
    }

    /** A request for a resource that answered {@code representation}, and the response the filter completes. */
    private static final class Exchange {
        final ContainerRequestContext request = mock(ContainerRequestContext.class);
        final ContainerResponseContext response = mock(ContainerResponseContext.class);
        final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        final Map<String, Object> properties = new java.util.HashMap<>();

        Exchange(Representation representation, String ifNoneMatch) {
            when(response.getEntity()).thenReturn(representation);
            when(response.getHeaders()).thenReturn(headers);
            lenient().when(request.getHeaderString("If-None-Match")).thenReturn(ifNoneMatch);
            lenient().when(request.getHeaders()).thenReturn(new MultivaluedHashMap<>());
            lenient().when(request.getCookies()).thenReturn(Map.of());
            doAnswer(call -> properties.put(call.getArgument(0), call.getArgument(1))).when(request)
                    .setProperty(any(String.class), any());
        }
    }
}
