package org.hrcities.platform.adapter.in.web.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.hrcities.platform.adapter.in.web.cache.Representations.Answer;
import org.hrcities.platform.adapter.in.web.cache.Representations.Conditions;
import org.hrcities.platform.adapter.in.web.cache.Representations.Header;

/**
 * Binds the {@link PageCache} to every resource method, as the method declares:
 * <ul>
 * <li>a read (GET, and HEAD through it) answers its {@link Representation} through the store and
 * offers it to the {@link PageCacheFilter} to keep, with what it {@link DependsOn};</li>
 * <li>any other method moves the revisions of what it {@link ChangesOnly changes} on once it has done
 * its work, before its answer is written; of everything when it declares nothing, or when its answer
 * is not one its declaration holds for.</li>
 * </ul>
 * A request that reaches no resource method (404, 405) runs no code of the site and changes nothing.
 */
@ApplicationScoped
public class PageCacheFeature implements DynamicFeature {

    /**
     * Response filters run from the highest priority number down: the answer (status 200 or 304, its
     * media type) is made before the security headers and the admin's caching terms are chosen by it.
     */
    static final int ANSWERING = Priorities.USER + 1000;

    private PageCache cache;

    protected PageCacheFeature() {
        // for the container's proxy
    }

    @Inject
    public PageCacheFeature(PageCache cache) {
        this.cache = cache;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        String httpMethod = httpMethod(method);
        if (httpMethod == null) {
            return;
        }
        if (isRead(httpMethod)) {
            DependsOn dependsOn = method.getAnnotation(DependsOn.class);
            context.register(new Answering(cache, dependsOn == null ? Set.of() : Set.of(dependsOn.value())), ANSWERING);
        } else {
            context.register(new Tracking(cache, method.getAnnotation(ChangesOnly.class)));
        }
    }

    private static boolean isRead(String httpMethod) {
        return switch (httpMethod) {
            case HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS -> true;
            default -> false;
        };
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** Makes what this request gets from the representation a resource answered with, and offers it to the store. */
    static final class Answering implements ContainerResponseFilter {

        private final PageCache cache;
        private final Set<Change> dependsOn;

        Answering(PageCache cache, Set<Change> dependsOn) {
            this.cache = cache;
            this.dependsOn = dependsOn;
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!(response.getEntity() instanceof Representation representation)) {
                return;
            }
            Answer answer = cache.answer(representation, dependsOn, new Conditions(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                    request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE),
                    Representations.acceptsGzip(request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING))));
            MultivaluedMap<String, Object> headers = response.getHeaders();
            // the store's answer puts Vary: Accept-Encoding before the resource's own Vary values: so does this one
            List<Object> vary = headers.containsKey("Vary") ? new ArrayList<>(headers.remove("Vary")) : List.of();
            for (Header header : answer.headers()) {
                if (header.name().equals("Vary")) {
                    headers.add("Vary", header.value());
                    vary.forEach(value -> headers.add("Vary", value));
                } else {
                    headers.putSingle(header.name(), header.value());
                }
            }
            response.setStatus(answer.status());
            if (answer.status() == 200) {
                // the length always, as an answer from the store has it (Jersey would send a long page chunked)
                headers.putSingle(HttpHeaders.CONTENT_LENGTH, answer.body().length);
                response.setEntity(answer.body());
            } else {
                response.setEntity(null);
            }
            request.setProperty(PageCache.OFFER, new PageCache.Offer(representation, dependsOn));
        }
    }

    /** Tells the store what a request that may change something changed, once it has done its work. */
    static final class Tracking implements ContainerResponseFilter {

        private final PageCache cache;
        private final Set<Change> everything = Set.of(Change.values());
        private final Set<Change> declared;
        private final Predicate<ContainerResponseContext> holds;

        Tracking(PageCache cache, ChangesOnly declaration) {
            this.cache = cache;
            this.declared = declaration == null ? everything : Set.of(declaration.value());
            this.holds = declaration == null ? answer -> true : instantiate(declaration.when());
        }

        private static Predicate<ContainerResponseContext> instantiate(Class<? extends Predicate<ContainerResponseContext>> type) {
            try {
                return type.getConstructor().newInstance();
            } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("@ChangesOnly(when = " + type.getName()
                        + ") needs a public class with a public constructor taking nothing", e);
            }
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            cache.changed(holds.test(response) ? declared : everything);
        }
    }
}
