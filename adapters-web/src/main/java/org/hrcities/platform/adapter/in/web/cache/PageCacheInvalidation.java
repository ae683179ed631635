package org.hrcities.platform.adapter.in.web.cache;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Once a request that may have changed something has done its work (its transaction is committed)
 * and before its answer is written, the stored representations become out of date: whoever reads
 * after being told of a change sees it (see {@link PageCache}).
 */
@Provider
public class PageCacheInvalidation implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)) {
            return;
        }
        if (request.getProperty(PageCache.ONLY_ARRIVALS) != null) {
            PageCache.arrived();
        } else {
            PageCache.changed();
        }
    }
}
