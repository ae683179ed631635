package org.hrcities.platform.adapter.in.web.route;

/**
 * Which part of the site a request belongs to: the JSON API (under /api), the admin API (under
 * /api/admin), the admin pages (under /admin), or the visitors' pages.
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

    private static boolean isUnder(String path, String prefix) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.equals(prefix) || relative.startsWith(prefix + "/");
    }
}
