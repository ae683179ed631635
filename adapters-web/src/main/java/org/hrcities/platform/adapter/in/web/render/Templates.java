package org.hrcities.platform.adapter.in.web.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.net.URI;
import java.util.HashMap;
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

    /**
     * Renders {@code name} (such as "home.jte") with its model: its one parameter, or the one whose type
     * the model is while the others take the template's defaults.
     */
    public static byte[] render(String name, Object model) {
        return render(name, model, Map.of());
    }

    /**
     * Renders {@code name} with its model as the parameter whose type the model is, and {@code others}
     * by name (such as the texts of the reader's language); parameters not given take their defaults.
     */
    public static byte[] render(String name, Object model, Map<String, Object> others) {
        Map<String, Class<?>> declared = ENGINE.getParamInfo(name);
        Utf8ByteOutput output = new Utf8ByteOutput();
        if (declared.size() == 1 && others.isEmpty()) {
            ENGINE.render(name, model, output);
            return output.toByteArray();
        }
        Map<String, Object> parameters = new HashMap<>(others);
        String modelName = declared.entrySet().stream()
                .filter(parameter -> !others.containsKey(parameter.getKey()) && parameter.getValue().isInstance(model))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no parameter for a " + model.getClass().getName()));
        parameters.put(modelName, model);
        ENGINE.render(name, parameters, output);
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
