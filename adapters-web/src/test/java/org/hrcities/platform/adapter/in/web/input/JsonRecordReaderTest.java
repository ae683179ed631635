package org.hrcities.platform.adapter.in.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NoContentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.hrcities.platform.adapter.in.web.api.comment.BulkModerationRequest;
import org.hrcities.platform.adapter.in.web.api.comment.SubmitCommentRequest;
import org.hrcities.platform.adapter.in.web.api.setting.DiscussionSettingsRequest;
import org.hrcities.platform.adapter.in.web.error.FieldErrorResponse;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.adapter.in.web.error.MalformedBodyException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonRecordReaderTest {

    /** Every Java type a request record may use. */
    record Everything(String text, int count, Integer total, long big, Long bigger, double ratio, Double share,
                      boolean flag, Boolean maybe, List<String> words, List<Item> items, Item inner) {
    }

    record Item(String name, Long version) {
    }

    record Unsupported(UUID id) {
    }

    record SelfValidating(String slug) {
        SelfValidating {
            if (slug != null && slug.isBlank()) {
                throw new InvalidValueException("slug", "slug must not be blank");
            }
        }
    }

    private static final String COMPLETE = """
            {"text":"hello","count":3,"total":-4,"big":9000000000,"bigger":-9000000000,"ratio":0.5,"share":47.0707,
             "flag":true,"maybe":false,"words":["a","b"],"items":[{"name":"x","version":1}],
             "inner":{"name":"y","version":2}}""";

    @Test
    void reads_every_supported_type_from_its_own_json_type() throws IOException {
        Everything read = read(Everything.class, COMPLETE);
        assertEquals(new Everything("hello", 3, -4, 9_000_000_000L, -9_000_000_000L, 0.5, 47.0707, true, false,
                List.of("a", "b"), List.of(new Item("x", 1L)), new Item("y", 2L)), read);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "text    | 42          | text must be a string",
            "text    | true        | text must be a string",
            "text    | {\"a\":1}   | text must be a string",
            "text    | [\"a\"]     | text must be a string",
            "count   | \"3\"       | count must be a whole number",
            "count   | true        | count must be a whole number",
            "count   | 3.5         | count must be a whole number",
            "total   | \"-4\"      | total must be a whole number",
            "total   | [4]         | total must be a whole number",
            "big     | \"9\"       | big must be a whole number",
            "bigger  | 1.25        | bigger must be a whole number",
            "bigger  | false       | bigger must be a whole number",
            "ratio   | \"0.5\"     | ratio must be a number",
            "share   | true        | share must be a number",
            "share   | {}          | share must be a number",
            "flag    | 1           | flag must be true or false",
            "flag    | \"true\"    | flag must be true or false",
            "maybe   | 0           | maybe must be true or false",
            "maybe   | \"false\"   | maybe must be true or false",
            "words   | \"a\"       | words must be an array",
            "words   | {\"a\":1}   | words must be an array",
            "words   | [\"a\",1]   | words[1] must be a string",
            "items   | {}          | items must be an array",
            "items   | [\"x\"]     | items[0] must be an object",
            "inner   | \"y\"       | inner must be an object",
            "inner   | [{}]        | inner must be an object"})
    void refuses_a_field_of_another_json_type_instead_of_converting_it(String field, String json, String message) {
        String body = COMPLETE.replaceFirst("\"" + field + "\":(\\{[^}]*}|\\[[^\\]]*\\]|[^,}]+)", "\"" + field + "\":"
                + java.util.regex.Matcher.quoteReplacement(json));
        assertTrue(body.contains("\"" + field + "\":" + json), body);
        List<FieldErrorResponse> errors = refused(Everything.class, body);
        assertEquals(List.of(new FieldErrorResponse(message.substring(0, message.indexOf(' ')), message)), errors);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "count  | 2147483648            | count must be a whole number from -2147483648 to 2147483647",
            "count  | -2147483649           | count must be a whole number from -2147483648 to 2147483647",
            "total  | 99999999999           | total must be a whole number from -2147483648 to 2147483647",
            "big    | 9223372036854775808   | big must be a whole number from -9223372036854775808 to 9223372036854775807",
            "bigger | 1e999999999999        | bigger must be a whole number from -9223372036854775808 to 9223372036854775807",
            "bigger | 1e-999999999999       | bigger must be a whole number from -9223372036854775808 to 9223372036854775807",
            "total  | 7.9                   | total must be a whole number",
            "ratio  | 1e999                 | ratio must be a number a double can hold (at most about 1.8e308 either way)",
            "share  | -1e400                | share must be a number a double can hold (at most about 1.8e308 either way)"})
    void refuses_numbers_that_the_type_cannot_hold_instead_of_truncating_them(String field, String number, String message) {
        String body = "{\"" + field + "\":" + number + "}";
        assertEquals(List.of(new FieldErrorResponse(field, message)), refused(Everything.class, body));
    }

    @Test
    void takes_whole_numbers_in_any_notation_and_any_number_for_a_double() throws IOException {
        Everything read = read(Everything.class, "{\"count\":3.0,\"total\":1e2,\"big\":-0,\"bigger\":9223372036854775807,"
                + "\"ratio\":1,\"share\":-2.5E-3}");
        assertEquals(3, read.count());
        assertEquals(100, read.total());
        assertEquals(0L, read.big());
        assertEquals(Long.MAX_VALUE, read.bigger());
        assertEquals(1.0, read.ratio());
        assertEquals(-0.0025, read.share());
    }

    @Test
    void a_missing_or_null_field_leaves_a_reference_null_and_a_missing_primitive_zero() throws IOException {
        Everything read = read(Everything.class, "{\"text\":null,\"total\":null,\"bigger\":null,\"share\":null,"
                + "\"maybe\":null,\"words\":null,\"items\":null,\"inner\":null}");
        assertEquals(new Everything(null, 0, null, 0L, null, 0.0, null, false, null, null, null, null), read);
        assertEquals(read, read(Everything.class, "{}"));
    }

    @Test
    void null_is_refused_for_a_primitive_and_for_an_array_item() {
        assertEquals(List.of(new FieldErrorResponse("count", "count must be a whole number"),
                        new FieldErrorResponse("ratio", "ratio must be a number"),
                        new FieldErrorResponse("flag", "flag must be true or false"),
                        new FieldErrorResponse("words[1]", "words[1] must be a string"),
                        new FieldErrorResponse("items[0]", "items[0] must be an object")),
                refused(Everything.class, "{\"count\":null,\"ratio\":null,\"flag\":null,\"words\":[\"a\",null],\"items\":[null]}"));
    }

    @Test
    void names_nested_fields_and_array_items_by_their_path() {
        assertEquals(List.of(new FieldErrorResponse("items[2].version", "items[2].version must be a whole number"),
                        new FieldErrorResponse("inner.name", "inner.name must be a string")),
                refused(Everything.class, "{\"items\":[{\"name\":\"a\",\"version\":1},{\"name\":\"b\"},"
                        + "{\"name\":\"c\",\"version\":\"3\"}],\"inner\":{\"name\":7,\"version\":1}}"));
    }

    @Test
    void reads_an_object_of_named_members_into_a_map_and_names_a_member_s_fields_by_their_path() throws IOException {
        org.hrcities.platform.adapter.in.web.api.city.WritePartnerCityRequest city = read(
                org.hrcities.platform.adapter.in.web.api.city.WritePartnerCityRequest.class,
                "{\"name\":\"Vienna\",\"translations\":{\"fr\":{\"name\":\"Vienne\"},\"de\":{\"name\":\"Wien\",\"description\":\"Die Stadt.\"}}}");
        assertEquals(List.of("fr", "de"), List.copyOf(city.translations().keySet()));
        assertEquals("Wien", city.translations().get("de").name());
        assertNull(city.translations().get("fr").description());

        assertEquals(List.of(new FieldErrorResponse("translations.fr.name", "translations.fr.name must be a string"),
                        new FieldErrorResponse("translations.de", "translations.de must be an object"),
                        new FieldErrorResponse("translations.it.city", "translations.it.city is not a field of this request")),
                refused(org.hrcities.platform.adapter.in.web.api.city.WritePartnerCityRequest.class,
                        "{\"translations\":{\"fr\":{\"name\":1},\"de\":null,\"it\":{\"city\":\"Vienna\"}}}"));
        assertThrows(MalformedBodyException.class, () -> read(org.hrcities.platform.adapter.in.web.api.city.WritePartnerCityRequest.class,
                "{\"translations\":{\"<b>fr</b>\":{}}}"));
    }

    @Test
    void refuses_fields_the_record_does_not_have_by_name_and_path() {
        assertEquals(List.of(new FieldErrorResponse("status", "status is not a field of this request"),
                        new FieldErrorResponse("items[0].id", "items[0].id is not a field of this request")),
                refused(Everything.class, "{\"status\":\"APPROVED\",\"items\":[{\"id\":{\"deep\":[1,2]},\"name\":\"x\"}]}"));
    }

    @Test
    void an_unknown_field_whose_name_is_no_plain_word_makes_the_body_malformed_without_repeating_the_name() {
        MalformedBodyException malformed = assertThrows(MalformedBodyException.class,
                () -> read(Everything.class, "{\"<img src=x onerror=alert(1)>\":\"' OR 1=1 --\"}"));
        assertFalse(malformed.getMessage().contains("img"), malformed.getMessage());
    }

    @Test
    void names_every_refused_field_up_to_a_limit() {
        String many = "{\"words\":[" + String.join(",", java.util.Collections.nCopies(JsonRecordReader.MAX_ERRORS + 10, "1"))
                + "],\"text\":1}";
        List<FieldErrorResponse> errors = refused(Everything.class, many);
        assertEquals(JsonRecordReader.MAX_ERRORS, errors.size());
        assertEquals("words[19]", errors.get(JsonRecordReader.MAX_ERRORS - 1).field());
    }

    @Test
    void a_body_that_is_not_json_is_a_parsing_failure_even_after_a_refused_field() {
        assertThrows(JsonParsingException.class, () -> read(Everything.class, "{\"text\":42,\"words\":[1,2"));
        assertThrows(JsonParsingException.class, () -> read(Everything.class, "{\"text\":\"a\"} trailing"));
        assertThrows(JsonParsingException.class, () -> read(Everything.class, "{\"text\":\"a\"}{}"));
        assertThrows(JsonParsingException.class, () -> read(Everything.class, "   "));
    }

    @Test
    void an_empty_body_is_no_content_null_is_null_and_any_other_json_value_is_malformed() throws IOException {
        assertThrows(NoContentException.class, () -> read(Everything.class, ""));
        assertNull(read(Everything.class, " null "));
        for (String notAnObject : List.of("[]", "\"<script>\"", "42", "true", "[" + "[".repeat(20_000))) {
            MalformedBodyException malformed = assertThrows(MalformedBodyException.class, () -> read(Everything.class, notAnObject));
            assertEquals(JsonRecordReader.NOT_AN_OBJECT, malformed.getMessage());
        }
    }

    @Test
    void a_refused_value_nested_deeper_than_the_limit_makes_the_body_malformed() {
        int deep = JsonRecordReader.MAX_SKIPPED_DEPTH + 1;
        MalformedBodyException malformed = assertThrows(MalformedBodyException.class,
                () -> read(Everything.class, "{\"text\":" + "[".repeat(deep) + "]".repeat(deep) + "}"));
        assertTrue(malformed.getMessage().contains("more than " + JsonRecordReader.MAX_SKIPPED_DEPTH + " deep"));
        assertEquals(List.of(new FieldErrorResponse("text", "text must be a string")), refused(Everything.class,
                "{\"text\":" + "[".repeat(deep - 1) + "]".repeat(deep - 1) + "}"));
    }

    @Test
    void a_record_that_validates_itself_refuses_with_its_own_exception() {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> read(SelfValidating.class, "{\"slug\":\" \"}"));
        assertEquals("slug", refused.field());
    }

    @Test
    void a_record_with_a_field_of_a_type_it_cannot_check_is_refused_by_the_programmer_not_the_client() {
        IllegalArgumentException unsupported = assertThrows(IllegalArgumentException.class,
                () -> JsonRecordReader.requireReadable(Unsupported.class));
        assertTrue(unsupported.getMessage().contains("Unsupported.id"), unsupported.getMessage());
    }

    @Test
    void every_request_record_of_the_api_can_be_read() throws Exception {
        List<Class<?>> requests = requestRecords();
        assertTrue(requests.size() >= 8, "the API's request records: " + requests);
        assertTrue(requests.contains(BulkModerationRequest.class), requests.toString());
        for (Class<?> request : requests) {
            JsonRecordReader.requireReadable(request);
        }
    }

    @Test
    void refuses_what_json_b_converted_in_the_apis_own_requests() {
        assertEquals(List.of(new FieldErrorResponse("authorName", "authorName must be a string"),
                        new FieldErrorResponse("content", "content must be a string")),
                refused(SubmitCommentRequest.class, "{\"authorName\":42,\"authorEmail\":\"a@example.org\",\"content\":{\"a\":1}}"));
        assertEquals(List.of(new FieldErrorResponse("comments[2].version", "comments[2].version must be a whole number")),
                refused(BulkModerationRequest.class, "{\"action\":\"approve\",\"comments\":[{\"id\":\"a\",\"version\":1},"
                        + "{\"id\":\"b\",\"version\":2},{\"id\":\"c\",\"version\":\"3\"}]}"));
        assertEquals(List.of(new FieldErrorResponse("maxLinks", "maxLinks must be a whole number"),
                        new FieldErrorResponse("approveKnownCommenters", "approveKnownCommenters must be true or false")),
                refused(DiscussionSettingsRequest.class, "{\"maxLinks\":7.9,\"approveKnownCommenters\":1}"));
    }

    @Test
    void is_the_reader_for_records_in_json_only() throws IOException {
        JsonRecordReader reader = new JsonRecordReader();
        assertTrue(reader.isReadable(SubmitCommentRequest.class, SubmitCommentRequest.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertTrue(reader.isReadable(Item.class, Item.class, null, MediaType.valueOf("application/merge-patch+json")));
        assertFalse(reader.isReadable(Item.class, Item.class, null, MediaType.TEXT_PLAIN_TYPE));
        assertFalse(reader.isReadable(String.class, String.class, null, MediaType.APPLICATION_JSON_TYPE));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Record read = reader.readFrom((Class) Item.class, Item.class, null, MediaType.APPLICATION_JSON_TYPE, null,
                body("{\"name\":\"x\",\"version\":3}"));
        assertEquals(new Item("x", 3L), read);
    }

    private static <T extends Record> T read(Class<T> type, String json) throws IOException {
        return JsonRecordReader.read(type, body(json));
    }

    private static List<FieldErrorResponse> refused(Class<? extends Record> type, String json) {
        return assertThrows(InvalidRequestException.class, () -> read(type, json)).errors();
    }

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The records named *Request under the api package, from the web adapter's compiled classes (not its tests). */
    private static List<Class<?>> requestRecords() throws URISyntaxException, IOException {
        String base = "org/hrcities/platform/adapter/in/web/api";
        Path root = Path.of(JsonRecordReader.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve(base);
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString).filter(name -> name.endsWith("Request.class"))
                    .map(name -> (base + "/" + name).replace(".class", "").replace('/', '.'))
                    .map(JsonRecordReaderTest::load).filter(Class::isRecord).sorted(java.util.Comparator.comparing(Class::getName))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
