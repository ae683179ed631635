package org.hrcities.platform.adapter.in.web.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private final SecurityHeadersFilter filter = new SecurityHeadersFilter();

    @Test
    void a_page_gets_the_page_policy_and_anything_else_the_policy_that_allows_nothing() {
        assertEquals(SecurityHeadersFilter.PAGE_POLICY, filtered(200, MediaType.TEXT_HTML_TYPE).getFirst("Content-Security-Policy"));
        assertEquals(SecurityHeadersFilter.OTHER_POLICY,
                filtered(200, MediaType.APPLICATION_JSON_TYPE).getFirst("Content-Security-Policy"));
    }

    @Test
    void a_304_carries_no_policy_so_the_revalidated_page_keeps_its_own() {
        MultivaluedMap<String, Object> headers = filtered(304, null);

        assertFalse(headers.containsKey("Content-Security-Policy"), headers.toString());
        assertFalse(headers.containsKey("Permissions-Policy"));
        assertEquals("nosniff", headers.getFirst("X-Content-Type-Options"));
    }

    private MultivaluedMap<String, Object> filtered(int status, MediaType type) {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        ContainerResponseContext response = mock(ContainerResponseContext.class);
        when(response.getHeaders()).thenReturn(headers);
        when(response.getStatus()).thenReturn(status);
        when(response.getMediaType()).thenReturn(type);
        filter.filter(mock(ContainerRequestContext.class), response);
        return headers;
    }
}
