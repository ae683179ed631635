package org.hrcities.platform.adapter.in.web.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.net.URI;
import java.util.Map;
import org.hrcities.platform.domain.shared.Language;

/**
 * The page templates (src/main/jte), compiled to Java at build time; every value they print is
 * HTML-escaped unless a template says {@code $unsafe} (used only for {@link SafeHtml}).
 */
public final class Templates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), "org.hrcities.platform.adapter.in.web.templates");

    private Templates() {
    }

    /** Renders {@code name} (such as "home.jte") with its one parameter. */
    public static byte[] render(String name, Object model) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        ENGINE.render(name, model, output);
        return output.toByteArray();
    }

    /** Renders {@code name} with its parameters by name; those not given take the template's defaults. */
    public static byte[] render(String name, Map<String, Object> parameters) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        ENGINE.render(name, parameters, output);
        return output.toByteArray();
    }

    /**
     * Renders a visitor's page, {@code name} with its model as {@code page}, naming its canonical address,
     * as a site in English alone without a menu shows it.
     */
    public static byte[] render(String name, Object page, URI canonical) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        ENGINE.render(name, Map.of("page", page, "canonical", canonical.toString(), "frame",
                Frame.plain(Language.parse("en"))), output);
        return output.toByteArray();
    }
}
