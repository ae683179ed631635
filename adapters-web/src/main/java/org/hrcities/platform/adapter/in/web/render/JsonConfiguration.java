package org.hrcities.platform.adapter.in.web.render;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B as the API uses it: nulls are left out of responses. Request bodies are records, read by
 * input.JsonRecordReader, which refuses fields of the wrong type and fields a request does not
 * define (a client can never smuggle in a status, an id or a version); JSON-B would convert the
 * former, so it reads no request record. Should it read another body type, it too refuses unknown
 * properties.
 */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {

    /** Yasson's switch to refuse unknown properties. */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    /** The one JSON-B instance of the API: thread-safe, and costly to create. */
    static final Jsonb JSONB = JsonbBuilder.create(configuration());

    public static JsonbConfig configuration() {
        return new JsonbConfig()
                .withNullValues(false)
                .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The entity as the API writes it, in UTF-8. */
    public static byte[] toBytes(Object entity) {
        return JSONB.toJson(entity).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
