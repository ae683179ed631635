package org.hrcities.platform.bootstrap;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.HttpServerProbe;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.util.DataChunk;
import org.hrcities.platform.adapter.in.web.filter.RequestLimitsFilter;

/**
 * Lets the site answer request paths whose %-escapes the servlet container cannot decode.
 * <p>
 * Payara's servlet container decodes the path before any filter runs
 * ({@code org.apache.catalina.connector.CoyoteAdapter#postParseRequest}) and catches only one kind
 * of decoding failure: a malformed escape ({@code /api/%ZZ}, {@code /posts/a%2}) escapes as an
 * unchecked exception that {@code CoyoteAdapter#service} logs with its stack trace, leaving an empty
 * 200; an escaped NUL, escapes that are not UTF-8, an escaped backslash or an escaped {@code ../}
 * that climbs above the root get an empty 400 "Invalid URI". No setting of the HTTP listener changes
 * either.
 * <p>
 * So this listener gives each of the server's HTTP listeners a Grizzly probe
 * ({@link HttpServerProbe#onRequestReceiveEvent}), which Grizzly calls with every new request before
 * handing it to the container. For a path that {@link PathEscapes} finds wrong, the probe writes each
 * {@code %} of the path as {@code %25}, so that it decodes to the characters that came, and names the
 * fault in the request attribute {@link RequestLimitsFilter#MALFORMED_PATH}; the request limits refuse
 * the request with 400 and that sentence, as problem details under /api and as an error page
 * elsewhere. A path without {@code %} costs one scan for it.
 * <p>
 * The listeners are reached through Payara's own services (its HK2 service locator, {@code GrizzlyService}),
 * by reflection, so that the build needs no Payara-internal artifact. Should a later Payara no longer
 * have them, the site starts all the same, logs a warning, and such paths get the container's empty
 * answers again (HostileInputIT fails on it).
 */
public class MalformedPathCheck implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(MalformedPathCheck.class.getName());

    private final HttpServerProbe probe = new Probe();
    private final List<HttpServerFilter> checked = new ArrayList<>();

    /** How long to wait at most for the HTTP listener, which opens only once the site is deployed. */
    static final Duration LISTENER_WAIT = Duration.ofMinutes(5);
    /** How often to look for it meanwhile: a request that comes before the probe is attached is not checked. */
    static final Duration LOOK_EVERY = Duration.ofMillis(5);

    private volatile Thread waiting;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // the HTTP listener starts after the deployment (post-deploy command): wait for it beside the deployment
        Thread thread = new Thread(this::attachOnceListening, "hrc-malformed-path-check");
        thread.setDaemon(true);
        waiting = thread;
        thread.start();
    }

    private void attachOnceListening() {
        long deadline = System.nanoTime() + LISTENER_WAIT.toNanos();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                List<HttpServerFilter> filters = httpServerFilters();
                if (!filters.isEmpty()) {
                    synchronized (checked) {
                        for (HttpServerFilter filter : filters) {
                            filter.getMonitoringConfig().addProbes(probe);
                            checked.add(filter);
                        }
                    }
                    LOG.info(() -> "request paths are checked for malformed %-escapes on " + filters.size()
                            + " HTTP listener(s)");
                    return;
                }
                if (System.nanoTime() > deadline) {
                    LOG.warning("no HTTP listener found in " + LISTENER_WAIT.toMinutes() + " minutes: a request path with "
                            + "malformed %-escapes is answered by the servlet container itself, with an empty 200 or 400");
                    return;
                }
                Thread.sleep(LOOK_EVERY.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "the HTTP listeners could not be reached: a request path with malformed %-escapes is "
                    + "answered by the servlet container itself, with an empty 200 or 400", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Thread thread = waiting;
        if (thread != null) {
            thread.interrupt();
        }
        synchronized (checked) {
            checked.forEach(filter -> filter.getMonitoringConfig().removeProbes(probe));
            checked.clear();
        }
    }

    /** The Grizzly filter that hands requests to the servlet container, of each HTTP listener that runs. */
    static List<HttpServerFilter> httpServerFilters() throws ReflectiveOperationException {
        ClassLoader server = HttpServerFilter.class.getClassLoader();
        Class<?> globals = Class.forName("org.glassfish.internal.api.Globals", true, server);
        Class<?> locatorType = Class.forName("org.glassfish.hk2.api.ServiceLocator", true, server);
        Class<?> serviceType = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService", true, server);
        Class<?> listenerConfigType = Class.forName("org.glassfish.grizzly.config.dom.NetworkListener", true, server);
        Class<?> proxyType = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyProxy", true, server);
        Class<?> listenerType = Class.forName("org.glassfish.grizzly.config.GenericGrizzlyListener", true, server);

        Object locator = globals.getMethod("getDefaultHabitat").invoke(null);
        Object service = locatorType.getMethod("getService", Class.class, Annotation[].class)
                .invoke(locator, serviceType, new Annotation[0]);
        List<?> configured = (List<?>) locatorType.getMethod("getAllServices", Class.class, Annotation[].class)
                .invoke(locator, listenerConfigType, new Annotation[0]);
        Set<Object> filters = Collections.newSetFromMap(new IdentityHashMap<>());
        List<HttpServerFilter> found = new ArrayList<>();
        for (Object listenerConfig : configured) {
            Object proxy = serviceType.getMethod("lookupNetworkProxy", listenerConfigType).invoke(service, listenerConfig);
            if (!proxyType.isInstance(proxy)) {
                continue;
            }
            Object listener = proxyType.getMethod("getUnderlyingListener").invoke(proxy);
            if (!listenerType.isInstance(listener)) {
                continue;
            }
            for (Object filter : (List<?>) listenerType.getMethod("getFilters", Class.class).invoke(listener, HttpServerFilter.class)) {
                if (filter instanceof HttpServerFilter httpServerFilter && filters.add(filter)) {
                    found.add(httpServerFilter);
                }
            }
        }
        return found;
    }

    /** Marks and makes decodable a request whose path the servlet container could not decode. */
    static final class Probe extends HttpServerProbe.Adapter {

        @Override
        public void onRequestReceiveEvent(HttpServerFilter filter, Connection connection, Request request) {
            try {
                check(request.getRequest());
            } catch (RuntimeException e) {
                // the request goes on as it came: the container answers it as it would without this check
                LOG.log(Level.WARNING, "a request path could not be checked", e);
            }
        }
    }

    /**
     * Leaves a request whose path is right as it is; for one whose %-escapes are wrong, writes each
     * {@code %} of the path as {@code %25} and names the fault in {@link RequestLimitsFilter#MALFORMED_PATH}
     * (the servlet request shows the attributes of the Grizzly request beneath it).
     */
    static void check(HttpRequestPacket request) {
        DataChunk path = request.getRequestURIRef().getRequestURIBC();
        if (path.isNull() || path.indexOf('%', 0) < 0) {
            return;
        }
        String raw = path.toString(StandardCharsets.ISO_8859_1);
        String problem = PathEscapes.problem(raw);
        if (problem != null) {
            byte[] literal = PathEscapes.literal(raw);
            path.setBytes(literal, 0, literal.length);
            request.setAttribute(RequestLimitsFilter.MALFORMED_PATH, problem);
        }
    }
}
