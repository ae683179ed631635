package org.hrcities.platform.adapter.in.web.common;

/** Which requests belong to the JSON API (under /api) rather than to the visitors' pages. */
final class ApiPaths {

    private ApiPaths() {
    }

    /** @param path the request path relative to the application, as {@code UriInfo.getPath()} gives it */
    static boolean isApi(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.equals("api") || relative.startsWith("api/");
    }
}
