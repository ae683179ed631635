package org.hrcities.platform.adapter.in.web.input;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hrcities.platform.adapter.in.web.error.FieldErrorResponse;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.adapter.in.web.error.MalformedBodyException;

/**
 * Reads every JSON request body of the API into its request record, and refuses a field whose JSON
 * type is not the one its record component needs, where JSON-B would convert it (42 into "42", 1
 * into false, 7.9 into 7, 99999999999 into 1215752191 for an int). What each Java type takes:
 * <ul>
 *   <li>{@code String}: a string;</li>
 *   <li>{@code int}, {@code Integer}, {@code long}, {@code Long}: a number with no fraction, in the type's range
 *       ({@code 3} and {@code 3.0}, not {@code 3.5} nor {@code "3"});</li>
 *   <li>{@code double}, {@code Double}: a number that a double holds ({@code 1e999} is refused);</li>
 *   <li>{@code boolean}, {@code Boolean}: true or false;</li>
 *   <li>{@code List<T>}: an array whose items are each what T takes (never null);</li>
 *   <li>{@code Map<String, T>}: an object whose members are each what T takes, its names being the keys
 *       (names such as field names, {@code fr}; a member's errors are named {@code translations.fr.name});</li>
 *   <li>a record: an object, read by the same rules.</li>
 * </ul>
 * Null, and a missing field, leave a reference component null (the resource or the command then says
 * whether the field is required), and are refused for a primitive one. A field the record does not
 * have is refused as before with JSON-B ("status is not a field of this request"), nested ones with
 * their path. Every refused field is named in one {@link InvalidRequestException}, with its path
 * ({@code comments[2].version}), up to {@value #MAX_ERRORS} of them. The whole body is read first, so
 * that a body that is not JSON is always answered as that (the parser's {@code JsonParsingException});
 * an empty body is a {@link NoContentException}, and a JSON value that is not an object (nor null) a
 * {@link MalformedBodyException}. The body's size is limited before it gets here (filter.RequestBodyFilter).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonRecordReader implements MessageBodyReader<Record> {

    /** The most refused fields one answer names. */
    static final int MAX_ERRORS = 20;
    /** A number written with more characters than this is not converted at all (a cheap guard against huge ones). */
    static final int MAX_NUMBER_LENGTH = 100;
    /** How deep a refused value may nest; request records themselves nest a few levels at most. */
    static final int MAX_SKIPPED_DEPTH = 100;
    static final String NOT_AN_OBJECT = "the request body must be a JSON object with the fields this endpoint documents";

    /** The field names an answer repeats; any other unknown name makes the body malformed, unrepeated. */
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && isJson(mediaType);
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return read(type, entityStream);
    }

    /**
     * The body as a {@code type}, or null for the JSON literal null.
     *
     * @throws NoContentException when the body is empty
     * @throws jakarta.json.stream.JsonParsingException when it is not JSON
     * @throws MalformedBodyException when it is JSON but neither an object nor null
     * @throws InvalidRequestException naming each field of the wrong type, or that the record does not have
     */
    public static <T extends Record> T read(Class<T> type, InputStream body) throws IOException {
        Shape shape = SHAPES.get(type);
        PushbackInputStream in = new PushbackInputStream(new FilterInputStream(body) {
            @Override
            public void close() {
                // the stream is the container's to close
            }
        }, 1);
        int first = in.read();
        if (first < 0) {
            throw new NoContentException("a JSON body is required");
        }
        in.unread(first);
        try (JsonParser parser = PARSERS.createParser(in, StandardCharsets.UTF_8)) {
            if (!parser.hasNext()) {
                throw new NoContentException("a JSON body is required");
            }
            Event event = parser.next();
            if (event != Event.START_OBJECT && event != Event.VALUE_NULL) {
                throw new MalformedBodyException(NOT_AN_OBJECT);
            }
            Errors errors = new Errors();
            Object value = event == Event.VALUE_NULL ? null : readRecord(parser, shape, "", errors);
            if (parser.hasNext()) { // the parser itself refuses most things after the value as not JSON
                throw new MalformedBodyException(NOT_AN_OBJECT);
            }
            errors.throwIfAny();
            return type.cast(value);
        }
    }

    /** Checks that a record type can be read; says why not otherwise (IllegalArgumentException). */
    static void requireReadable(Class<?> type) {
        SHAPES.get(type);
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType != null && (mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || mediaType.getSubtype().endsWith("+json"));
    }

    private static Object readRecord(JsonParser parser, Shape shape, String prefix, Errors errors) {
        Object[] values = shape.defaults();
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String name = parser.getString();
            Event valueEvent = parser.next();
            Integer index = shape.indexOf(name);
            if (index == null) {
                if (!FIELD_NAME.matcher(name).matches()) {
                    throw new MalformedBodyException(NOT_AN_OBJECT);
                }
                errors.add(prefix + name, "is not a field of this request");
                skip(parser, valueEvent);
                continue;
            }
            values[index] = readValue(parser, valueEvent, shape.types()[index], prefix + name, errors);
        }
        return errors.isEmpty() ? shape.build(values) : null;
    }

    private static Object readValue(JsonParser parser, Event event, Type type, String path, Errors errors) {
        Class<?> raw = raw(type);
        if (event == Event.VALUE_NULL) {
            if (raw.isPrimitive()) {
                errors.add(path, expectation(raw));
            }
            return null;
        }
        if (raw == String.class && event == Event.VALUE_STRING) {
            return parser.getString();
        }
        if ((raw == Boolean.class || raw == boolean.class) && (event == Event.VALUE_TRUE || event == Event.VALUE_FALSE)) {
            return event == Event.VALUE_TRUE;
        }
        if (isWhole(raw) && event == Event.VALUE_NUMBER) {
            return whole(parser.getString(), raw, path, errors);
        }
        if ((raw == Double.class || raw == double.class) && event == Event.VALUE_NUMBER) {
            return decimal(parser.getString(), path, errors);
        }
        if (raw == List.class && event == Event.START_ARRAY) {
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>();
            int i = 0;
            for (Event next = parser.next(); next != Event.END_ARRAY; next = parser.next()) {
                String at = path + "[" + i++ + "]";
                if (next == Event.VALUE_NULL) {
                    errors.add(at, expectation(raw(item)));
                    items.add(null);
                } else {
                    items.add(readValue(parser, next, item, at, errors));
                }
            }
            return Collections.unmodifiableList(items);
        }
        if (raw == Map.class && event == Event.START_OBJECT) {
            Type member = ((ParameterizedType) type).getActualTypeArguments()[1];
            Map<String, Object> members = new java.util.LinkedHashMap<>();
            for (Event next = parser.next(); next != Event.END_OBJECT; next = parser.next()) {
                String key = parser.getString();
                if (!FIELD_NAME.matcher(key).matches()) {
                    throw new MalformedBodyException(NOT_AN_OBJECT);
                }
                Event valueEvent = parser.next();
                String at = path + "." + key;
                if (valueEvent == Event.VALUE_NULL) {
                    errors.add(at, expectation(raw(member)));
                } else {
                    members.put(key, readValue(parser, valueEvent, member, at, errors));
                }
            }
            return Collections.unmodifiableMap(members);
        }
        if (raw.isRecord() && event == Event.START_OBJECT) {
            return readRecord(parser, SHAPES.get(raw), path + ".", errors);
        }
        errors.add(path, expectation(raw));
        skip(parser, event);
        return null;
    }

    private static boolean isWhole(Class<?> raw) {
        return raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class;
    }

    private static Object whole(String text, Class<?> raw, String path, Errors errors) {
        boolean isInt = raw == Integer.class || raw == int.class;
        long min = isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
        String outOfRange = "must be a whole number from " + min + " to " + max;
        BigDecimal value;
        try {
            if (text.length() > MAX_NUMBER_LENGTH) {
                errors.add(path, outOfRange);
                return null;
            }
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(path, outOfRange); // an exponent beyond what BigDecimal holds
            return null;
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            errors.add(path, expectation(raw));
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(path, outOfRange);
            return null;
        }
        long exact = value.longValue();
        return isInt ? (Object) (int) exact : (Object) exact;
    }

    private static Object decimal(String text, String path, Errors errors) {
        double value = text.length() > MAX_NUMBER_LENGTH ? Double.POSITIVE_INFINITY : Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            errors.add(path, "must be a number a double can hold (at most about 1.8e308 either way)");
            return null;
        }
        return value;
    }

    /** What a field of the type must be, in the words an answer uses. */
    static String expectation(Class<?> raw) {
        if (raw == String.class) {
            return "must be a string";
        }
        if (isWhole(raw)) {
            return "must be a whole number";
        }
        if (raw == Double.class || raw == double.class) {
            return "must be a number";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "must be true or false";
        }
        if (raw == List.class) {
            return "must be an array";
        }
        return "must be an object";
    }

    /**
     * Reads past the refused value that starts with {@code event}, checking that it is JSON. One nested
     * more than {@value #MAX_SKIPPED_DEPTH} deep makes the body malformed (the parser's own limit, deeper,
     * fails with a bare RuntimeException).
     */
    private static void skip(JsonParser parser, Event event) {
        int depth = event == Event.START_OBJECT || event == Event.START_ARRAY ? 1 : 0;
        while (depth > 0) {
            Event next = parser.next();
            if (next == Event.START_OBJECT || next == Event.START_ARRAY) {
                if (++depth > MAX_SKIPPED_DEPTH) {
                    throw new MalformedBodyException("the request body nests arrays or objects more than "
                            + MAX_SKIPPED_DEPTH + " deep");
                }
            } else if (next == Event.END_OBJECT || next == Event.END_ARRAY) {
                depth--;
            }
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw new IllegalArgumentException("cannot read a request field of type " + type);
    }

    /** The refused fields, in the order of the body. */
    private static final class Errors {
        private final List<FieldErrorResponse> list = new ArrayList<>();

        void add(String field, String problem) {
            if (list.size() < MAX_ERRORS) {
                list.add(new FieldErrorResponse(field, field + " " + problem));
            }
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        void throwIfAny() {
            if (!list.isEmpty()) {
                throw new InvalidRequestException(list);
            }
        }
    }

    /** A record's components by name, their types, and its canonical constructor; checked once per record type. */
    private record Shape(Map<String, Integer> indexes, Type[] types, Class<?>[] raws, Constructor<?> constructor) {

        private static final Set<Class<?>> SCALARS = Set.of(String.class, Integer.class, int.class, Long.class, long.class,
                Double.class, double.class, Boolean.class, boolean.class);

        static Shape of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            checkReadable(type, type.getName(), new HashSet<>());
            RecordComponent[] components = type.getRecordComponents();
            Map<String, Integer> indexes = new HashMap<>();
            Type[] types = new Type[components.length];
            Class<?>[] raws = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                indexes.put(components[i].getName(), i);
                types[i] = components[i].getGenericType();
                raws[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(raws);
                constructor.setAccessible(true);
                return new Shape(Map.copyOf(indexes), types, raws, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record always has its canonical constructor: " + type.getName(), e);
            }
        }

        /** Whether every field of the record, and of the records it holds, is of a type this reader reads. */
        private static void checkReadable(Type type, String where, Set<Class<?>> seen) {
            if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
                checkReadable(list.getActualTypeArguments()[0], where + "[]", seen);
            } else if (type instanceof ParameterizedType map && map.getRawType() == Map.class
                    && map.getActualTypeArguments()[0] == String.class) {
                checkReadable(map.getActualTypeArguments()[1], where + ".*", seen);
            } else if (type instanceof Class<?> plain && SCALARS.contains(plain)) {
                return;
            } else if (type instanceof Class<?> plain && plain.isRecord()) {
                if (seen.add(plain)) {
                    for (RecordComponent component : plain.getRecordComponents()) {
                        checkReadable(component.getGenericType(), where + "." + component.getName(), seen);
                    }
                }
            } else {
                throw new IllegalArgumentException(where + " has the type " + type.getTypeName() + ", which "
                        + JsonRecordReader.class.getSimpleName() + " does not read: give it one of " + SCALARS
                        + ", a List or a Map from String of them, or a record");
            }
        }

        Integer indexOf(String name) {
            return indexes.get(name);
        }

        /** Missing fields: null, and zero or false for a primitive. */
        Object[] defaults() {
            Object[] values = new Object[raws.length];
            for (int i = 0; i < raws.length; i++) {
                if (raws[i] == int.class) {
                    values[i] = 0;
                } else if (raws[i] == long.class) {
                    values[i] = 0L;
                } else if (raws[i] == double.class) {
                    values[i] = 0.0;
                } else if (raws[i] == boolean.class) {
                    values[i] = false;
                }
            }
            return values;
        }

        Object build(Object[] values) {
            try {
                return constructor.newInstance(values);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException refused) {
                    throw refused;
                }
                throw new IllegalStateException("could not build " + constructor.getDeclaringClass().getName(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("could not build " + constructor.getDeclaringClass().getName(), e);
            }
        }
    }
}
