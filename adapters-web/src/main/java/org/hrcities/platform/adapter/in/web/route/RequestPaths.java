package org.hrcities.platform.adapter.in.web.route;

/**
 * Which part of the site a request belongs to: the JSON API (under /api), the admin API (under
 * /api/admin), the admin pages (under /admin), Payara's own endpoints (/metrics, /health), or the
 * visitors' pages.
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    /** @param path the request path relative to the application, as {@code UriInfo.getPath()} gives it */
    public static boolean isApi(String path) {
        return isUnder(path, "api");
    }

    public static boolean isAdminApi(String path) {
        return isUnder(path, "api/admin");
    }

    public static boolean isAdminPage(String path) {
        return isUnder(path, "admin");
    }

    /**
     * Payara Micro's MicroProfile Metrics and Health endpoints, which it serves inside the site's context
     * root, so that the site's servlet filters see their requests too.
     */
    public static boolean isServerEndpoint(String path) {
        return isUnder(path, "metrics") || isUnder(path, "health");
    }

    /**
     * A file that staff send to be imported (a WordPress export) or kept (an image): larger than any
     * other body, so its resource receives it itself after the sender's sign-in was checked, instead
     * of the limits filter receiving it into memory before. Only a body of the type that resource
     * reads counts ({@link #UPLOAD_TYPES} for exports, with or without their uploads, {@code image/*} or
     * {@code application/octet-stream} for images, {@code multipart/form-data} for the admin's forms).
     */
    public static boolean isUpload(String method, String path, String contentType) {
        if (!"POST".equals(method) || contentType == null) {
            return false;
        }
        int end = contentType.indexOf(';');
        String type = (end < 0 ? contentType : contentType.substring(0, end)).strip().toLowerCase(java.util.Locale.ROOT);
        if (isExactly(path, UPLOAD_PATH)) {
            return UPLOAD_TYPES.contains(type);
        }
        if (isExactly(path, MEDIA_UPLOAD_PATH)) {
            return type.startsWith("image/") || type.equals("application/octet-stream");
        }
        return (isExactly(path, UPLOAD_PAGE_PATH) || isExactly(path, MEDIA_UPLOAD_PAGE_PATH))
                && type.equals("multipart/form-data");
    }

    /**
     * The media types the import's API resource streams (the export alone as XML, or with the archive of
     * its uploads as multipart); a body of another type is held to the limits like any other and answered
     * 415 once received, so that the sender reads the refusal.
     */
    public static final java.util.Set<String> UPLOAD_TYPES = java.util.Set.of("application/xml", "text/xml",
            "application/rss+xml", "multipart/form-data");

    /** Where scripts send WordPress exports to be imported (the admin API). */
    public static final String UPLOAD_PATH = "api/admin/imports";

    /** Where the admin's import form sends them (multipart/form-data). */
    public static final String UPLOAD_PAGE_PATH = "admin/imports";

    /** Where scripts send images (any {@code image/*} type, or {@code application/octet-stream}). */
    public static final String MEDIA_UPLOAD_PATH = "api/admin/media";

    /** Where the admin's media library form sends them (multipart/form-data). */
    public static final String MEDIA_UPLOAD_PAGE_PATH = "admin/media";

    private static boolean isExactly(String path, String expected) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.endsWith("/") && path.length() > start ? path.length() - 1 : path.length();
        return end - start == expected.length() && path.startsWith(expected, start);
    }

    /** Without allocating: the request counter asks it of every request. */
    private static boolean isUnder(String path, String prefix) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = start + prefix.length();
        return path.startsWith(prefix, start) && (path.length() == end || path.charAt(end) == '/');
    }
}
