package org.hrcities.platform.bootstrap.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands test classes one shared site with the embedded default storage (H2 file) and the demo
 * content, started once per test run and stopped at its end.
 */
public final class DemoSite implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Site.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(DemoSite.class, key -> new Holder(start()), Holder.class).site;
    }

    private static Site start() {
        try {
            Path directory = Files.createTempDirectory("hrc-e2e-demo");
            // the tests reach the site from 127.0.0.1 as a trusted proxy, so that each can act from an
            // address of its own (X-Forwarded-For) without tripping another's flood and sign-in limits
            Site site = Site.start("demo-site", directory, Map.of("HRC_TRUSTED_PROXIES", "127.0.0.1"));
            System.out.println("demo site ready in " + site.startMillis() + " ms at " + site.uri("/"));
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the site when the test run ends. */
    private record Holder(Site site) implements AutoCloseable {
        @Override
        public void close() {
            site.close();
        }
    }
}
