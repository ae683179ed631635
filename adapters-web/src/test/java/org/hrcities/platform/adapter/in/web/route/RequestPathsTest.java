package org.hrcities.platform.adapter.in.web.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestPathsTest {

    @Test
    void tells_the_api_the_admin_api_and_the_admin_pages_with_or_without_a_leading_slash() {
        for (String path : new String[] {"/api", "/api/", "/api/posts", "api/posts", "api"}) {
            assertTrue(RequestPaths.isApi(path), path);
        }
        for (String path : new String[] {"/api/admin", "/api/admin/comments", "api/admin/settings"}) {
            assertTrue(RequestPaths.isAdminApi(path), path);
            assertTrue(RequestPaths.isApi(path), path);
        }
        for (String path : new String[] {"/admin", "/admin/", "/admin/comments", "admin"}) {
            assertTrue(RequestPaths.isAdminPage(path), path);
            assertFalse(RequestPaths.isApi(path), path);
        }
    }

    @Test
    void tells_payaras_metrics_and_health_endpoints() {
        for (String path : new String[] {"/metrics", "/metrics/application", "/health", "/health/ready"}) {
            assertTrue(RequestPaths.isServerEndpoint(path), path);
        }
        for (String path : new String[] {"/", "/metricsx", "/healthy", "/posts/metrics", "/api/health"}) {
            assertFalse(RequestPaths.isServerEndpoint(path), path);
        }
    }

    @Test
    void a_path_that_only_begins_with_the_same_letters_is_not_under_it() {
        for (String path : new String[] {"/apis", "/api-docs", "/", "", "/posts/api", "/administration", "/adminx/y"}) {
            assertFalse(RequestPaths.isApi(path), path);
            assertFalse(RequestPaths.isAdminApi(path), path);
            assertFalse(RequestPaths.isAdminPage(path), path);
        }
        assertFalse(RequestPaths.isAdminApi("/api/administrators"));
        assertFalse(RequestPaths.isAdminApi("/api/posts"));
    }

    @Test
    void the_uploads_left_to_their_resources_are_the_types_those_resources_read() throws Exception {
        java.util.Set<String> read = new java.util.HashSet<>();
        for (java.lang.reflect.Method method
                : org.hrcities.platform.adapter.in.web.api.migration.AdminImportsResource.class.getMethods()) {
            if (method.isAnnotationPresent(jakarta.ws.rs.POST.class)) {
                read.addAll(java.util.List.of(method.getAnnotation(jakarta.ws.rs.Consumes.class).value()));
            }
        }
        assertEquals(RequestPaths.UPLOAD_TYPES, read, "the export alone as XML, or with its uploads as multipart");
        for (String type : RequestPaths.UPLOAD_TYPES) {
            assertTrue(RequestPaths.isUpload("POST", "/api/admin/imports", type + "; charset=UTF-8"), type);
            if (!type.equals("multipart/form-data")) {
                assertFalse(RequestPaths.isUpload("POST", "/admin/imports", type), type);
            }
        }
        assertTrue(RequestPaths.isUpload("POST", "admin/imports/", "Multipart/Form-Data; boundary=----x"));
        assertFalse(RequestPaths.isUpload("POST", "/api/admin/imports", "application/x-www-form-urlencoded"));
        assertFalse(RequestPaths.isUpload("POST", "/api/admin/imports", "application/xmlx"));
        assertFalse(RequestPaths.isUpload("POST", "/api/admin/imports", null));
        assertFalse(RequestPaths.isUpload("GET", "/api/admin/imports", "application/xml"));
        assertFalse(RequestPaths.isUpload("POST", "/api/admin/imports/1", "application/xml"));
    }
}
