package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hrcities.platform.adapter.in.web.WebApplication;
import org.hrcities.platform.adapter.in.web.api.account.ChangeAccountRequest;
import org.hrcities.platform.adapter.in.web.api.account.OpenAccountRequest;
import org.hrcities.platform.adapter.in.web.api.account.StaffAccountResponse;
import org.hrcities.platform.adapter.in.web.api.account.StaffMemberResponse;
import org.hrcities.platform.adapter.in.web.api.city.AdminPartnerCityResponse;
import org.hrcities.platform.adapter.in.web.api.city.GeoJsonResponse;
import org.hrcities.platform.adapter.in.web.api.city.PartnerCityProfileResponse;
import org.hrcities.platform.adapter.in.web.api.city.PartnerCityResponse;
import org.hrcities.platform.adapter.in.web.api.city.WritePartnerCityRequest;
import org.hrcities.platform.adapter.in.web.api.comment.BulkModerationRequest;
import org.hrcities.platform.adapter.in.web.api.comment.BulkModerationResponse;
import org.hrcities.platform.adapter.in.web.api.comment.CommentResponse;
import org.hrcities.platform.adapter.in.web.api.comment.ModeratedCommentResponse;
import org.hrcities.platform.adapter.in.web.api.comment.ModerationRecordResponse;
import org.hrcities.platform.adapter.in.web.api.comment.PostCommentsResource;
import org.hrcities.platform.adapter.in.web.api.comment.SubmitCommentRequest;
import org.hrcities.platform.adapter.in.web.api.comment.SubmittedCommentResponse;
import org.hrcities.platform.adapter.in.web.api.migration.ImportResponse;
import org.hrcities.platform.adapter.in.web.api.moderation.TransparencyReportResponse;
import org.hrcities.platform.adapter.in.web.api.page.AdminPageResponse;
import org.hrcities.platform.adapter.in.web.api.page.PageResponse;
import org.hrcities.platform.adapter.in.web.api.page.PageSummaryResponse;
import org.hrcities.platform.adapter.in.web.api.page.WritePageRequest;
import org.hrcities.platform.adapter.in.web.api.post.AdminPostResponse;
import org.hrcities.platform.adapter.in.web.api.post.AdminPostSummaryResponse;
import org.hrcities.platform.adapter.in.web.api.post.PostResponse;
import org.hrcities.platform.adapter.in.web.api.post.PostSummaryResponse;
import org.hrcities.platform.adapter.in.web.api.post.SchedulePostRequest;
import org.hrcities.platform.adapter.in.web.api.post.WritePostRequest;
import org.hrcities.platform.adapter.in.web.api.setting.DiscussionSettingsRequest;
import org.hrcities.platform.adapter.in.web.api.setting.DiscussionSettingsResponse;
import org.hrcities.platform.adapter.in.web.api.shared.PartnerCityRefResponse;
import org.hrcities.platform.adapter.in.web.api.shared.PostRefResponse;
import org.hrcities.platform.adapter.in.web.api.shared.TopicRefResponse;
import org.hrcities.platform.adapter.in.web.api.topic.AdminTopicResponse;
import org.hrcities.platform.adapter.in.web.api.topic.TopicProfileResponse;
import org.hrcities.platform.adapter.in.web.api.topic.TopicResponse;
import org.hrcities.platform.adapter.in.web.api.topic.WriteTopicRequest;
import org.hrcities.platform.adapter.in.web.error.FieldErrorResponse;
import org.hrcities.platform.adapter.in.web.error.ProblemResponse;
import org.hrcities.platform.adapter.in.web.filter.RequestLimitsFilter;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SearchText;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.WebsiteUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document that Payara's MicroProfile OpenAPI serves at /openapi, written by hand in
 * META-INF/openapi.yaml: that it is valid OpenAPI 3.1, that it documents every JAX-RS endpoint under
 * /api (found by reflection on {@link WebApplication}) with its parameters and media types and
 * nothing else, that every error is problem details, that its schemas have the fields of the request
 * and response records and the limits of the domain, that the running API answers as it says, and
 * that docs/API.md names everything it does.
 */
@ExtendWith(DemoSite.class)
class OpenApiIT {

    static final String TITLE = "Human Rights Cities Network API";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    static final String SOURCE = "META-INF/openapi.yaml";

    /**
     * Payara Micro adds a top-level extension {@code x-endpoints} (its own index of the paths) to every
     * document it serves: valid OpenAPI, but not part of the file as written.
     */
    static final String PAYARA_ENDPOINTS = "x-endpoints";

    /** Every kind of problem the API answers with (README, "The JSON API"). */
    static final Set<String> PROBLEM_TYPES = Set.of("/problems/invalid-request", "/problems/malformed-body",
            "/problems/body-too-large", "/problems/not-found", "/problems/comments-closed", "/problems/conflict",
            "/problems/method-not-allowed", "/problems/not-acceptable", "/problems/unsupported-media-type",
            "/problems/internal-error", "/problems/unauthorized", "/problems/bad-credentials",
            "/problems/malformed-credentials", "/problems/forbidden", "/problems/too-many-sign-in-attempts",
            "/problems/precondition-failed", "/problems/precondition-required", "/problems/wrong-state",
            "/problems/duplicate-comment", "/problems/comment-flood", "/problems/moderation-not-allowed",
            "/problems/comment-has-replies", "/problems/database-unavailable", "/problems/backup-not-offered",
            "/problems/malformed-export", "/problems/report-flood");

    /** Demo credentials of an administrator, for reading the admin API as documented. */
    static final String ADMIN = StaffClient.basic(StaffClient.ADMINISTRATOR, StaffClient.PASSWORD);

    /** The schema that documents each request and response record of the API. */
    static final Map<Class<?>, String> RECORD_SCHEMAS = Map.ofEntries(
            Map.entry(org.hrcities.platform.adapter.in.web.api.backup.BackupResponse.class, "Backup"),
            Map.entry(PostSummaryResponse.class, "PostSummary"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.post.SnippetSegmentResponse.class, "SnippetSegment"),
            Map.entry(PostResponse.class, "Post"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.media.MediaResponse.class, "MediaFile"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.media.DescribeMediaRequest.class, "DescribeMedia"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.post.FeaturedImageResponse.class, "FeaturedImage"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.post.FeaturedImageRequest.class, "WriteFeaturedImage"),
            Map.entry(CommentResponse.class, "Comment"),
            Map.entry(SubmitCommentRequest.class, "SubmitComment"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.mail.OutgoingMailResponse.class, "OutgoingMail"),
            Map.entry(SubmittedCommentResponse.class, "SubmittedComment"),
            Map.entry(PartnerCityResponse.class, "PartnerCity"),
            Map.entry(PartnerCityProfileResponse.class, "PartnerCityProfile"),
            Map.entry(PartnerCityRefResponse.class, "PartnerCityRef"),
            Map.entry(PostRefResponse.class, "PostRef"),
            Map.entry(TopicRefResponse.class, "TopicRef"),
            Map.entry(TopicResponse.class, "Topic"),
            Map.entry(TopicProfileResponse.class, "TopicProfile"),
            Map.entry(AdminTopicResponse.class, "AdminTopic"),
            Map.entry(WriteTopicRequest.class, "WriteTopic"),
            Map.entry(PageSummaryResponse.class, "PageSummary"),
            Map.entry(PageResponse.class, "Page"),
            Map.entry(AdminPageResponse.class, "AdminPage"),
            Map.entry(WritePageRequest.class, "WritePage"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.page.AdminPageTranslationResponse.class, "AdminPageTranslation"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.page.TranslatePageRequest.class, "TranslatePage"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.shared.TranslationLinkResponse.class, "TranslationLink"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.shared.TranslationRefResponse.class, "PostTranslationLink"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.city.CityTranslationResponse.class, "CityTranslation"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.city.CityTranslationRequest.class, "WriteCityTranslation"),
            Map.entry(GeoJsonResponse.class, "CityFeatureCollection"),
            Map.entry(GeoJsonResponse.Feature.class, "CityFeature"),
            Map.entry(GeoJsonResponse.Point.class, "GeoJsonPoint"),
            Map.entry(ProblemResponse.class, "Problem"),
            Map.entry(FieldErrorResponse.class, "FieldError"),
            Map.entry(StaffMemberResponse.class, "StaffMember"),
            Map.entry(StaffAccountResponse.class, "StaffAccount"),
            Map.entry(OpenAccountRequest.class, "OpenAccount"),
            Map.entry(ChangeAccountRequest.class, "ChangeAccount"),
            Map.entry(AdminPostSummaryResponse.class, "AdminPostSummary"),
            Map.entry(AdminPostResponse.class, "AdminPost"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.post.AdminTranslationResponse.class, "AdminTranslation"),
            Map.entry(WritePostRequest.class, "WritePost"),
            Map.entry(SchedulePostRequest.class, "SchedulePost"),
            Map.entry(AdminPartnerCityResponse.class, "AdminPartnerCity"),
            Map.entry(WritePartnerCityRequest.class, "WritePartnerCity"),
            // events
            Map.entry(org.hrcities.platform.adapter.in.web.api.event.AdminEventResponse.class, "AdminEvent"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.event.AdminEventSummaryResponse.class, "AdminEventSummary"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.event.EventTimingResponse.class, "EventTiming"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.event.WriteEventRequest.class, "WriteEvent"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.event.PostponeEventRequest.class, "PostponeEvent"),
            // comment moderation
            Map.entry(ModeratedCommentResponse.class, "ModeratedComment"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.privacy.PrivacyRequestResponse.class, "PrivacyRequest"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.privacy.PrivacyRequestRequest.class, "StartPrivacyRequest"),
            Map.entry(ModerationRecordResponse.class, "ModerationRecord"),
            Map.entry(BulkModerationRequest.class, "BulkModeration"),
            Map.entry(BulkModerationRequest.TargetRequest.class, "ModerationTarget"),
            Map.entry(BulkModerationResponse.class, "BulkModerationResult"),
            Map.entry(BulkModerationResponse.ResultResponse.class, "ModerationOutcome"),
            Map.entry(DiscussionSettingsResponse.class, "DiscussionSettings"),
            Map.entry(DiscussionSettingsRequest.class, "DiscussionSettingsChange"),
            Map.entry(TransparencyReportResponse.class, "TransparencyReport"),
            Map.entry(TransparencyReportResponse.MonthResponse.class, "TransparencyMonth"),
            Map.entry(TransparencyReportResponse.ReportsResponse.class, "TransparencyReports"),
            // readers' reports of comments
            Map.entry(org.hrcities.platform.adapter.in.web.api.comment.ReportCommentRequest.class, "ReportComment"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.comment.ReportReceivedResponse.class, "ReportReceived"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.comment.OpenReportsResponse.class, "OpenReports"),
            // events
            Map.entry(org.hrcities.platform.adapter.in.web.api.event.EventResponse.class, "Event"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.event.EventTimeResponse.class, "EventTime"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.event.EventPlaceResponse.class, "EventPlace"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.event.EventGeoJsonResponse.class, "EventFeatureCollection"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.event.EventGeoJsonResponse.Feature.class, "EventFeature"),
            Map.entry(org.hrcities.platform.adapter.in.web.api.event.EventGeoJsonResponse.Properties.class,
                    "EventFeatureProperties"),
            // imports of WordPress exports
            Map.entry(ImportResponse.class, "Import"),
            Map.entry(ImportResponse.CountsResponse.class, "ImportCounts"),
            Map.entry(ImportResponse.ProblemItemResponse.class, "ImportProblem"));

    /**
     * A WordPress export with nothing in it but the site, for the import endpoints: the demo site is
     * shared by the test classes, so the import must not change its content.
     */
    static final String EMPTY_EXPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
              <title>An empty site</title>
              <link>https://empty.example.org</link>
              <wp:wxr_version>1.2</wp:wxr_version>
            </channel>
            </rss>
            """;


    // (1) served, in both forms -------------------------------------------------------------------

    @Test
    void serves_the_document_as_yaml_and_as_json(Site site) {
        HttpResponse<String> yaml = site.get("/openapi");
        assertEquals(200, yaml.statusCode(), yaml.body());
        assertTrue(yaml.body().startsWith("openapi: 3.1."), "YAML by default: " + abbreviate(yaml.body()));

        HttpResponse<String> json = site.get("/openapi", "Accept", "application/json");
        assertEquals(200, json.statusCode(), json.body());
        assertEquals("application/json", json.headers().firstValue("Content-Type").orElse(""));
        JsonObject document = Site.json(json).asJsonObject();
        assertEquals(TITLE, document.getJsonObject("info").getString("title"));

        OpenAPI fromYaml = parse(withoutPayaraEndpoints(yaml.body())).getOpenAPI();
        OpenAPI fromJson = parse(withoutPayaraEndpoints(json.body())).getOpenAPI();
        assertNotNull(fromYaml, "the YAML parses");
        assertNotNull(fromJson, "the JSON parses");
        assertEquals(fromYaml, fromJson, "YAML and JSON are the same document");
    }

    // (2) valid OpenAPI 3.1, and the file as written --------------------------------------------

    @Test
    void is_a_valid_openapi_3_1_document(Site site) {
        String served = site.get("/openapi", "Accept", "application/json").body();
        assertEquals(List.of(), parse(served).getMessages(), "the validator's messages on the document as served");
        assertTrue(parseJson(served).asJsonObject().containsKey(PAYARA_ENDPOINTS), "Payara's index of the paths");

        SwaggerParseResult result = parse(withoutPayaraEndpoints(served));
        assertEquals(List.of(), result.getMessages(), "the validator's messages");
        OpenAPI api = result.getOpenAPI();
        assertTrue(api.getOpenapi().startsWith("3.1."), api.getOpenapi());
        assertEquals(TITLE, api.getInfo().getTitle());
        assertFalse(isBlank(api.getInfo().getVersion()), "info.version");
        assertFalse(isBlank(api.getInfo().getDescription()), "info.description");

        SwaggerParseResult source = parse(resource(SOURCE));
        assertEquals(List.of(), source.getMessages(), SOURCE + " as written");
        assertEquals(source.getOpenAPI(), api, "Payara serves " + SOURCE + " as written (nothing dropped or added)");

        Set<String> operationIds = new TreeSet<>();
        operations(api).forEach((key, operation) -> {
            assertFalse(isBlank(operation.getOperationId()), key + " has an operationId");
            assertTrue(operationIds.add(operation.getOperationId()), "operationId " + operation.getOperationId() + " is unique");
            assertFalse(isBlank(operation.getSummary()), key + " has a summary");
        });
    }

    // (3) every JAX-RS endpoint of the API, and nothing else ------------------------------------

    @Test
    void documents_every_endpoint_of_the_api_and_nothing_else(Site site) {
        OpenAPI api = document(site);
        Map<String, Map<String, List<Method>>> endpoints = endpoints(true);
        assertFalse(endpoints.isEmpty(), "the API has endpoints");

        Map<String, Set<String>> expected = new TreeMap<>();
        endpoints.forEach((path, methods) -> expected.put(path, new TreeSet<>(methods.keySet())));
        Map<String, Set<String>> documented = new TreeMap<>();
        api.getPaths().forEach((path, item) -> documented.put(path,
                item.readOperationsMap().keySet().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new))));
        assertEquals(expected, documented, "the documented paths and methods are those of the JAX-RS resources under api");

        api.getPaths().keySet().forEach(path -> assertTrue(path.startsWith("/api/"), path + " is not under /api"));
        Set<String> pages = endpoints(false).keySet();
        assertFalse(pages.isEmpty(), "the site's pages are JAX-RS resources too");
        pages.forEach(page -> assertFalse(api.getPaths().containsKey(page), "the page " + page + " is not documented"));

        endpoints.forEach((path, methods) -> methods.forEach((verb, javaMethods) -> {
            String where = verb + " " + path;
            Operation operation = api.getPaths().get(path).readOperationsMap().get(PathItem.HttpMethod.valueOf(verb));
            List<Parameter> parameters = parameters(api, operation);
            for (Class<? extends Annotation> kind : List.of(PathParam.class, QueryParam.class, HeaderParam.class)) {
                String in = kind == PathParam.class ? "path" : kind == QueryParam.class ? "query" : "header";
                Set<String> inCode = javaMethods.stream().flatMap(method -> parameterNames(method, kind)).collect(Collectors.toCollection(TreeSet::new));
                Set<String> inDocument = parameters.stream().filter(parameter -> in.equals(parameter.getIn()))
                        .map(Parameter::getName).collect(Collectors.toCollection(TreeSet::new));
                if (kind == HeaderParam.class) {
                    assertTrue(inDocument.containsAll(inCode), where + " documents its header parameters " + inCode);
                } else {
                    assertEquals(inCode, inDocument, where + ": " + in + " parameters");
                }
            }
            parameters.stream().filter(parameter -> "path".equals(parameter.getIn()))
                    .forEach(parameter -> assertEquals(Boolean.TRUE, parameter.getRequired(), where + " path parameter " + parameter.getName()));

            Set<String> produces = javaMethods.stream().flatMap(method -> mediaTypes(method, Produces.class)).collect(Collectors.toCollection(TreeSet::new));
            Set<String> documentedProduces = new TreeSet<>();
            successes(api, operation).values().forEach(response -> documentedProduces.addAll(content(response).keySet()));
            if (successes(api, operation).keySet().equals(Set.of("204"))) {
                produces.clear(); // 204 No Content: the class's @Produces applies to its errors only
            }
            assertEquals(produces, documentedProduces, where + ": media types of its success");

            boolean takesBody = javaMethods.stream().anyMatch(OpenApiIT::takesEntity);
            if (takesBody) {
                assertNotNull(operation.getRequestBody(), where + " documents its body");
                assertEquals(Boolean.TRUE, operation.getRequestBody().getRequired(), where + ": the body is required");
                Set<String> consumes = javaMethods.stream().flatMap(method -> mediaTypes(method, Consumes.class)).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(consumes, operation.getRequestBody().getContent().keySet(), where + ": media types of its body");
            } else {
                assertNull(operation.getRequestBody(), where + " takes no body");
            }
        }));
    }

    // (4) every error is problem details ---------------------------------------------------------

    @Test
    void every_operation_documents_its_errors_as_problem_details(Site site) {
        OpenAPI api = document(site);
        Set<String> typesDocumented = new TreeSet<>();
        operations(api).forEach((where, operation) -> {
            Map<String, ApiResponse> responses = new TreeMap<>();
            operation.getResponses().forEach((status, response) -> responses.put(status, resolve(api, response)));
            responses.forEach((status, response) -> {
                if (status.equals("default") || Integer.parseInt(status) >= 400) {
                    typesDocumented.addAll(checkProblem(api, where + " " + status, status, response));
                }
            });
            Set<String> required = new TreeSet<>(Set.of("406", "500"));
            if (where.contains(" " + ADMIN)) {
                required.addAll(Set.of("401", "403"));
            }
            List<Parameter> parameters = parameters(api, operation);
            if (parameters.stream().anyMatch(parameter -> "query".equals(parameter.getIn()))) {
                required.add("400");
            }
            if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()) || "city".equals(parameter.getName()))) {
                required.add("404");
            }
            if (operation.getRequestBody() != null) {
                required.addAll(Set.of("400", "413", "415"));
                if (operation.getRequestBody().getContent().containsKey("application/json")) {
                    required.add("409"); // a JSON body changes stored records, which may meet a concurrent change
                }
            }
            if (isAdmin(where)) {
                required.addAll(Set.of("401", "429"));
                if (!where.equals("GET /api/admin/me")) {
                    required.add("403");
                }
                if (parameters.stream().anyMatch(parameter -> "If-Match".equals(parameter.getName()))) {
                    required.addAll(Set.of("412", "428"));
                }
                assertEquals(List.of(new SecurityRequirement().addList("staffBasic")), operation.getSecurity(),
                        where + " names the staff's HTTP Basic scheme");
            } else {
                assertNull(operation.getSecurity(), where + " is open to anyone");
            }
            assertTrue(responses.keySet().containsAll(required), where + " documents " + required + ", not only " + responses.keySet());
        });
        assertTrue(operations(api).get("POST /api/posts/{slug}/comments").getResponses().containsKey("403"),
                "a comment on a closed post is documented");

        ApiResponse methodNotAllowed = api.getComponents().getResponses().get("MethodNotAllowed");
        assertNotNull(methodNotAllowed, "405 for the methods that are not listed");
        typesDocumented.addAll(checkProblem(api, "MethodNotAllowed", "405", methodNotAllowed));
        assertTrue(methodNotAllowed.getHeaders().containsKey("Allow"), "405 names the Allow header");

        assertEquals(new TreeSet<>(PROBLEM_TYPES), typesDocumented, "every kind of problem has a documented example");
    }

    /** The response is problem details with the Problem schema and examples of the status; answers their types. */
    private static Set<String> checkProblem(OpenAPI api, String where, String status, ApiResponse response) {
        Content content = content(response);
        assertEquals(Set.of(PROBLEM_JSON), content.keySet(), where + " is problem details");
        MediaType problem = content.get(PROBLEM_JSON);
        assertEquals(PROBLEM_SCHEMA, problem.getSchema().get$ref(), where + " has the Problem schema");
        List<JsonValue> examples = examples(problem);
        assertFalse(examples.isEmpty(), where + " has an example");
        Set<String> types = new TreeSet<>();
        for (JsonValue example : examples) {
            JsonObject object = example.asJsonObject();
            if (!status.equals("default")) {
                assertEquals(Integer.parseInt(status), object.getInt("status"), where + ": the status of its example");
            }
            types.add(object.getString("type"));
        }
        return types;
    }

    // successes: schemas, examples, headers ----------------------------------------------------

    @Test
    void every_success_has_a_schema_an_example_and_its_headers(Site site) {
        OpenAPI api = document(site);
        operations(api).forEach((where, operation) -> {
            Map<String, ApiResponse> successes = successes(api, operation);
            assertFalse(successes.isEmpty(), where + " documents its success");
            successes.forEach((status, response) -> content(response).forEach((mediaType, media) -> {
                String at = where + " " + status + " " + mediaType;
                assertNotNull(media.getSchema(), at + " has a schema");
                List<JsonValue> examples = examples(media);
                assertFalse(examples.isEmpty(), at + " has an example");
                examples.forEach(example -> assertConforms(api, example, media.getSchema(), at + " example"));
            }));
            if (operation.getRequestBody() != null) {
                operation.getRequestBody().getContent().forEach((mediaType, media) -> {
                    List<JsonValue> examples = examples(media);
                    assertFalse(examples.isEmpty(), where + " body has an example");
                    examples.forEach(example -> assertConforms(api, example, media.getSchema(), where + " body example"));
                });
            }
            operation.getResponses().forEach((status, response) -> content(resolve(api, response)).forEach((mediaType, media) ->
                    examples(media).forEach(example -> assertConforms(api, example, media.getSchema(), where + " " + status + " example"))));

            if (where.startsWith("GET ") && isAdmin(where)) {
                ApiResponse ok = successes.get("200");
                assertNotNull(ok, where + " answers 200");
                assertTrue(headers(api, ok).containsKey("Cache-Control"), where + " says it is never stored");
                assertNull(operation.getResponses().get("304"), where + " is never cached, so never 304");
            } else if (where.startsWith("GET ")) {
                ApiResponse ok = successes.get("200");
                assertNotNull(ok, where + " answers 200");
                assertTrue(headers(api, ok).keySet().containsAll(List.of("ETag", "Last-Modified", "Cache-Control")),
                        where + " documents its caching headers");
                ApiResponse notModified = resolve(api, operation.getResponses().get("304"));
                assertNotNull(notModified, where + " documents 304");
                assertTrue(content(notModified).isEmpty(), "304 has no body");
                assertTrue(headers(api, notModified).containsKey("ETag"), where + " 304 sends the ETag");
                List<String> parameterNames = parameters(api, operation).stream().map(Parameter::getName).toList();
                assertTrue(parameterNames.containsAll(List.of("If-None-Match", "If-Modified-Since")), where + " documents the conditional headers");
                Schema<?> json = content(ok).get("application/json").getSchema();
                if (parameterNames.contains("page") && types(json).contains("array")) {
                    assertTrue(headers(api, ok).keySet().containsAll(List.of("X-Total-Count", "X-Total-Pages", "Link")),
                            where + " documents the paging headers");
                }
            }
        });
    }

    // schemas against the records and the limits of the domain ----------------------------------

    @Test
    void the_schemas_have_the_fields_of_the_records_and_the_limits_of_the_domain(Site site) throws ReflectiveOperationException {
        OpenAPI api = document(site);
        Set<Class<?>> records = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hrcities.platform.adapter.in.web.api").stream()
                .map(JavaClass::reflect).filter(Class::isRecord).collect(Collectors.toSet());
        assertFalse(records.isEmpty(), "the API has records");
        Set<Class<?>> mapped = new LinkedHashSet<>(RECORD_SCHEMAS.keySet());
        assertTrue(mapped.containsAll(records), "every record of the API has a schema: "
                + records.stream().filter(record -> !mapped.contains(record)).map(Class::getName).toList());

        RECORD_SCHEMAS.forEach((record, name) -> {
            Schema<?> schema = api.getComponents().getSchemas().get(name);
            assertNotNull(schema, "schema " + name + " for " + record.getSimpleName());
            Set<String> fields = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(fields, new TreeSet<>(schema.getProperties().keySet()), name + " has the fields of " + record.getSimpleName());
        });

        Schema<?> comment = api.getComponents().getSchemas().get("SubmitComment");
        assertTrue(comment.getAdditionalProperties() instanceof Schema<?> additional && matchesNothing(additional),
                "no field beyond those listed: " + comment.getAdditionalProperties());
        assertEquals(Set.of("authorName", "authorEmail", "content"), Set.copyOf(comment.getRequired()), "required fields");
        assertEquals(Commenter.MAX_NAME_LENGTH, property(comment, "authorName").getMaxLength());
        assertEquals(EmailAddress.MAX_LENGTH, property(comment, "authorEmail").getMaxLength());
        assertEquals(WebsiteUrl.MAX_LENGTH, property(comment, "authorUrl").getMaxLength());
        assertTrue(property(comment, "authorUrl").getPattern().contains("[Hh][Tt][Tt][Pp][Ss]?://"), "http or https");
        assertEquals(CommentText.MAX_BYTES, property(comment, "content").getMaxLength());
        assertTrue(property(comment, "content").getDescription().contains("65,525 bytes"), "the limit is in bytes");
        assertEquals("uuid", property(comment, "parentId").getFormat());
        assertEquals(Slug.MAX_LENGTH, api.getComponents().getSchemas().get("Slug").getMaxLength());

        Map<String, Parameter> shared = api.getComponents().getParameters();
        Field commentsPerPage = PostCommentsResource.class.getDeclaredField("DEFAULT_PER_PAGE");
        commentsPerPage.setAccessible(true);
        assertEquals(commentsPerPage.getInt(null), intOf(shared.get("perPageComments").getSchema().getDefault()));
        assertEquals(Paging.DEFAULT_PER_PAGE, intOf(shared.get("perPagePosts").getSchema().getDefault()));
        for (String perPage : List.of("perPagePosts", "perPageComments")) {
            assertEquals(BigDecimal.valueOf(PageRequest.MAX_SIZE), shared.get(perPage).getSchema().getMaximum(), perPage);
            assertEquals(BigDecimal.ONE, shared.get(perPage).getSchema().getMinimum(), perPage);
        }
        Parameter q = parameters(api, operations(api).get("GET /api/posts")).stream()
                .filter(parameter -> parameter.getName().equals("q")).findFirst().orElseThrow();
        assertEquals(null, q.getSchema().getMaxLength(), "q is cut where it is too long, never refused");
        assertTrue(q.getDescription().contains(org.hrcities.platform.domain.search.SearchTerms.MAX_LENGTH + " characters")
                && q.getDescription().contains(org.hrcities.platform.domain.search.SearchTerms.MAX_WORDS + " words"),
                "q's description states where it is cut");
        assertTrue(resource(SOURCE).contains(String.format("%,d", RequestLimitsFilter.MAX_BODY_BYTES)), "the body limit is stated");
    }

    // the running API answers as documented ------------------------------------------------------

    @Test
    void the_running_api_answers_as_documented(Site site) {
        OpenAPI api = document(site);
        // an import to read at GET /api/admin/imports/{id}: the demo site starts with none
        Operation start = operations(api).get("POST /api/admin/imports");
        HttpResponse<String> queued = site.post("/api/admin/imports?name=empty.xml&map=category:vienna=vienna",
                "application/xml", EMPTY_EXPORT, "Authorization", ADMIN);
        assertEquals(202, queued.statusCode(), queued.body());
        MediaType imported = content(resolve(api, start.getResponses().get("202"))).get("application/json");
        assertConforms(api, parseJson(queued.body()), imported.getSchema(), "POST /api/admin/imports");
        headers(api, resolve(api, start.getResponses().get("202"))).keySet().forEach(header ->
                assertTrue(queued.headers().firstValue(header).isPresent(), "POST /api/admin/imports sends " + header));
        assertEquals("no-store", queued.headers().firstValue("Cache-Control").orElse(""));
        String location = queued.headers().firstValue("Location").orElseThrow();
        awaitImport(site, location.substring(location.indexOf("/api/")));
        // an event to read at GET /api/admin/events/{id}, should the demo site have none: a draft, which visitors never see
        if (Site.json(site.get("/api/admin/events", "Authorization", ADMIN)).asJsonArray().isEmpty()) {
            JsonObject example = examples(operations(api).get("POST /api/admin/events").getRequestBody().getContent()
                    .get("application/json")).get(0).asJsonObject();
            HttpResponse<String> planned = site.post("/api/admin/events", "application/json", example.toString(),
                    "Authorization", ADMIN);
            assertEquals(201, planned.statusCode(), planned.body());
        }

        operations(api).forEach((where, operation) -> {
            if (!where.startsWith("GET ")) {
                return;
            }
            boolean admin = isAdmin(where);
            String path = admin ? adminPath(site, where.substring(4)) : concretePath(api, where.substring(4), operation);
            ApiResponse ok = resolve(api, operation.getResponses().get("200"));
            content(ok).forEach((mediaType, media) -> {
                String at = where + " as " + mediaType;
                HttpResponse<String> response = admin ? site.get(path, "Accept", mediaType, "Authorization", ADMIN)
                        : site.get(path, "Accept", mediaType);
                assertEquals(200, response.statusCode(), at + ": " + response.body());
                assertEquals(mediaType, response.headers().firstValue("Content-Type").orElse(""), at);
                assertConforms(api, parseJson(response.body()), media.getSchema(), at);
                headers(api, ok).keySet().forEach(header ->
                        assertTrue(response.headers().firstValue(header).isPresent(), at + " sends " + header));
                if (admin) {
                    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), at);
                    return;
                }

                if (admin) {
                    return;
                }
                String etag = response.headers().firstValue("ETag").orElseThrow();
                HttpResponse<String> again = site.get(path, "Accept", mediaType, "If-None-Match", etag);
                assertEquals(304, again.statusCode(), at + " with If-None-Match");
                headers(api, resolve(api, operation.getResponses().get("304"))).keySet().forEach(header ->
                        assertTrue(again.headers().firstValue(header).isPresent(), at + " 304 sends " + header));
            });
        });

        Operation submit = operations(api).get("POST /api/posts/{slug}/comments");
        String comments = concretePath(api, "/api/posts/{slug}/comments", submit);
        String parentId = Site.json(site.get(comments)).asJsonArray().getJsonObject(0).getString("id");
        JsonObject example = examples(submit.getRequestBody().getContent().get("application/json")).get(0).asJsonObject();
        String body = Json.createObjectBuilder(example).add("parentId", parentId).build().toString();
        HttpResponse<String> accepted = site.post(comments, "application/json", body, "X-Forwarded-For", "192.0.2.200");
        assertEquals(202, accepted.statusCode(), accepted.body());
        MediaType submitted = content(resolve(api, submit.getResponses().get("202"))).get("application/json");
        assertConforms(api, parseJson(accepted.body()), submitted.getSchema(), "POST " + comments);
        assertEquals("no-store", accepted.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void the_running_api_answers_errors_as_documented(Site site) {
        OpenAPI api = document(site);
        String comments = concretePath(api, "/api/posts/{slug}/comments", operations(api).get("POST /api/posts/{slug}/comments"));
        String closed = Site.json(site.get("/api/posts?per_page=100")).asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(post -> !post.getBoolean("commentsOpen")).findFirst()
                .map(post -> "/api/posts/" + post.getString("slug") + "/comments").orElseThrow();
        String comment = "{\"authorName\":\"Ada\",\"authorEmail\":\"ada@example.org\",\"content\":\"Hello\"}";

        String posts = "GET /api/posts";
        String post = "GET /api/posts/{slug}";
        String list = "GET /api/posts/{slug}/comments";
        String submit = "POST /api/posts/{slug}/comments";
        String cities = "GET /api/cities";
        String city = "GET /api/cities/{slug}";
        String startImport = "POST /api/admin/imports";
        HttpResponse<String> malformedExport = site.post("/api/admin/imports", "application/xml",
                "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n  <channel>\n  </chanel>\n</rss>\n", "Authorization", ADMIN);
        List<Answer> answers = List.of(
                new Answer(posts, 400, site.get("/api/posts?per_page=0")),
                new Answer(posts, 404, site.get("/api/posts?city=atlantis")),
                new Answer(posts, 406, site.get("/api/posts", "Accept", "text/csv")),
                new Answer(post, 404, site.get("/api/posts/atlantis")),
                new Answer(list, 400, site.get(comments + "?page=x")),
                new Answer(list, 404, site.get("/api/posts/atlantis/comments")),
                new Answer(cities, 406, site.get("/api/cities", "Accept", "text/csv")),
                new Answer(city, 400, site.get("/api/cities/vienna?per_page=101")),
                new Answer(city, 404, site.get("/api/cities/atlantis")),
                new Answer("GET /api/events", 400, site.get("/api/events?from=2021-02-01&to=2021-01-01")),
                new Answer("GET /api/events", 400, site.get("/api/events?from=yesterday")),
                new Answer("GET /api/events", 404, site.get("/api/events?city=atlantis")),
                new Answer("GET /api/events", 406, site.get("/api/events", "Accept", "text/csv")),
                new Answer("GET /api/events/{slug}", 404, site.get("/api/events/atlantis")),
                new Answer("GET /api/events/{slug}", 406, site.get("/api/events/atlantis", "Accept", "text/csv")),
                new Answer("GET /api/topics", 406, site.get("/api/topics", "Accept", "text/csv")),
                new Answer("GET /api/topics/{slug}", 400, site.get("/api/topics/housing?page=0")),
                new Answer("GET /api/topics/{slug}", 404, site.get("/api/topics/atlantis")),
                new Answer("GET /api/pages", 406, site.get("/api/pages", "Accept", "text/csv")),
                new Answer("GET /api/pages/{slug}", 404, site.get("/api/pages/atlantis")),
                new Answer("GET /api/pages", 400, site.get("/api/pages?lang=it")),
                new Answer("GET /api/pages/{slug}", 400, site.get("/api/pages/about-the-network?lang=xx")),
                new Answer(cities, 400, site.get("/api/cities?lang=it")),
                new Answer("GET /api/admin/pages", 401, site.get("/api/admin/pages")),
                new Answer("GET /api/admin/pages/{id}", 404, site.get("/api/admin/pages/" + java.util.UUID.randomUUID(),
                        "Authorization", ADMIN)),
                new Answer(submit, 400, site.post(comments, "application/json", "{\"status\":\"APPROVED\"}")),
                new Answer(submit, 400, site.post(comments, "application/json", "{")),
                new Answer(submit, 403, site.post(closed, "application/json", comment)),
                new Answer(submit, 404, site.post("/api/posts/atlantis/comments", "application/json", comment)),
                new Answer(submit, 406, site.post(comments, "application/json", comment, "Accept", "text/csv")),
                new Answer(submit, 413, site.post(comments, "application/json",
                        "{\"content\":\"" + "a".repeat(RequestLimitsFilter.MAX_BODY_BYTES) + "\"}")),
                new Answer(submit, 415, site.post(comments, "text/plain", comment)),
                new Answer("GET /api/admin/accounts", 401, site.get("/api/admin/accounts")),
                new Answer("GET /api/admin/accounts", 403, site.get("/api/admin/accounts", "Authorization",
                        StaffClient.basic(StaffClient.MODERATOR, StaffClient.PASSWORD))),
                new Answer("GET /api/admin/accounts/{id}", 404, site.get("/api/admin/accounts/" + java.util.UUID.randomUUID(),
                        "Authorization", ADMIN)),
                new Answer("PUT /api/admin/accounts/{id}", 428, site.sendJson("PUT", adminPath(site, "/api/admin/accounts/{id}"),
                        "{}", "Authorization", ADMIN)),
                new Answer(startImport, 400, malformedExport),
                new Answer(startImport, 400, site.post("/api/admin/imports", "application/xml", "", "Authorization", ADMIN)),
                new Answer(startImport, 400, site.post("/api/admin/imports?map=category:vienna=atlantis", "application/xml",
                        EMPTY_EXPORT, "Authorization", ADMIN)),
                new Answer(startImport, 401, site.post("/api/admin/imports", "application/xml", EMPTY_EXPORT)),
                new Answer(startImport, 403, site.post("/api/admin/imports", "application/xml", EMPTY_EXPORT, "Authorization",
                        StaffClient.basic(StaffClient.EDITOR, StaffClient.PASSWORD))),
                new Answer(startImport, 415, site.post("/api/admin/imports", "application/json", "{}", "Authorization", ADMIN)),
                new Answer("GET /api/admin/imports/{id}", 404, site.get("/api/admin/imports/" + java.util.UUID.randomUUID(),
                        "Authorization", ADMIN)));

        Map<String, Operation> operations = operations(api);
        Set<String> typesSeen = new TreeSet<>();
        for (Answer answer : answers) {
            String status = String.valueOf(answer.status());
            ApiResponse documented = resolve(api, operations.get(answer.operation()).getResponses().get(status));
            assertNotNull(documented, answer.operation() + " documents " + status);
            typesSeen.add(checkAnswer(api, answer.operation() + " " + status, status, documented, answer.response()));
        }

        HttpResponse<String> delete = site.send("DELETE", "/api/posts");
        typesSeen.add(checkAnswer(api, "DELETE /api/posts", "405", api.getComponents().getResponses().get("MethodNotAllowed"), delete));
        assertTrue(delete.headers().firstValue("Allow").isPresent(), "405 sends Allow");
        assertTrue(typesSeen.containsAll(Set.of("/problems/invalid-request", "/problems/malformed-body",
                "/problems/malformed-export")), typesSeen.toString());
        JsonObject unreadable = Site.json(malformedExport).asJsonObject();
        assertTrue(unreadable.getString("detail").contains("line 4, column"), unreadable.toString());
        assertEquals("body", unreadable.getJsonArray("errors").getJsonObject(0).getString("field"), unreadable.toString());
        assertTrue(unreadable.getJsonArray("errors").getJsonObject(0).getString("message").matches("line 4, column \\d+"),
                unreadable.toString());
    }

    /** Waits until the import at the path has ended, and that it finished. */
    private static void awaitImport(Site site, String path) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = site.get(path, "Authorization", ADMIN);
            assertEquals(200, answer.statusCode(), path + ": " + answer.body());
            String status = Site.json(answer).asJsonObject().getString("status");
            if (Set.of("finished", "failed").contains(status)) {
                assertEquals("finished", status, answer.body());
                return;
            }
            Site.pause(100);
        }
        fail("the import at " + path + " did not end within 60 s");
    }

    /** What the running API answered to a request for an operation, and the status it should have. */
    private record Answer(String operation, int status, HttpResponse<String> response) {
    }

    /** The live answer has the documented status, media type, schema and one of the documented problem types. */
    private static String checkAnswer(OpenAPI api, String key, String status, ApiResponse documented, HttpResponse<String> response) {
        assertEquals(Integer.parseInt(status), response.statusCode(), key + ": " + response.body());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""), key);
        MediaType media = content(documented).get(PROBLEM_JSON);
        JsonValue body = parseJson(response.body());
        assertConforms(api, body, media.getSchema(), key);
        Set<String> types = examples(media).stream().map(example -> example.asJsonObject().getString("type")).collect(Collectors.toSet());
        String type = body.asJsonObject().getString("type");
        assertTrue(types.contains(type), key + " answers " + type + ", documented are " + types);
        return type;
    }

    // the page for people -----------------------------------------------------------------------

    @Test
    void the_api_page_covers_the_document(Site site) {
        OpenAPI api = document(site);
        String page = apiPage();
        Set<String> missing = new TreeSet<>();
        operations(api).forEach((where, operation) -> {
            mentions(page, where, missing);
            parameters(api, operation).forEach(parameter -> mentions(page, parameter.getName(), missing));
            operation.getResponses().values().forEach(response ->
                    headers(api, resolve(api, response)).keySet().forEach(header -> mentions(page, header, missing)));
        });
        PROBLEM_TYPES.forEach(type -> mentions(page, type, missing));
        for (Schema<?> schema : api.getComponents().getSchemas().values()) {
            if (schema.getProperties() != null) {
                schema.getProperties().keySet().forEach(property -> mentions(page, property, missing));
            }
        }
        assertEquals(Set.of(), missing, "docs/API.md names everything the document does");
        for (int limit : List.of(Commenter.MAX_NAME_LENGTH, EmailAddress.MAX_LENGTH, WebsiteUrl.MAX_LENGTH, PageRequest.MAX_SIZE,
                SearchText.MAX_LENGTH, Slug.MAX_LENGTH)) {
            assertTrue(page.contains(" " + limit + " "), "docs/API.md states the limit " + limit);
        }
        for (int limit : List.of(CommentText.MAX_BYTES, RequestLimitsFilter.MAX_BODY_BYTES)) {
            assertTrue(page.contains(String.format("%,d bytes", limit)), "docs/API.md states the limit " + limit);
        }
    }

    private static void mentions(String page, String term, Set<String> missing) {
        if (!page.contains("`" + term + "`")) {
            missing.add(term);
        }
    }

    /** docs/API.md of the repository (the tests run in bootstrap/). */
    private static String apiPage() {
        java.nio.file.Path directory = java.nio.file.Paths.get("").toAbsolutePath();
        for (; directory != null; directory = directory.getParent()) {
            java.nio.file.Path page = directory.resolve("docs").resolve("API.md");
            if (java.nio.file.Files.isRegularFile(page)) {
                try {
                    return java.nio.file.Files.readString(page);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return fail("docs/API.md not found above " + java.nio.file.Paths.get("").toAbsolutePath());
    }

    // the document --------------------------------------------------------------------------------

    private static OpenAPI document(Site site) {
        HttpResponse<String> response = site.get("/openapi", "Accept", "application/json");
        assertEquals(200, response.statusCode(), response.body());
        SwaggerParseResult result = parse(withoutPayaraEndpoints(response.body()));
        assertNotNull(result.getOpenAPI(), "the document parses: " + result.getMessages());
        return result.getOpenAPI();
    }

    private static SwaggerParseResult parse(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        if (result.getMessages() == null) {
            result.setMessages(List.of());
        }
        return result;
    }

    /** The document without the member Payara adds; JSON or YAML in, JSON out. */
    private static String withoutPayaraEndpoints(String document) {
        String json;
        try {
            json = document.stripLeading().startsWith("{") ? document
                    : io.swagger.v3.core.util.Json.mapper().writeValueAsString(
                            io.swagger.v3.core.util.Yaml.mapper().readValue(document, Object.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the document is neither JSON nor YAML", e);
        }
        return Json.createObjectBuilder(parseJson(json).asJsonObject()).remove(PAYARA_ENDPOINTS).build().toString();
    }

    private static String resource(String name) {
        try (InputStream in = OpenApiIT.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name + " is on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation, keyed "METHOD /path". */
    private static Map<String, Operation> operations(OpenAPI api) {
        Map<String, Operation> operations = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.put(method.name() + " " + path, operation)));
        return operations;
    }

    private static List<Parameter> parameters(OpenAPI api, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
            parameters.add(parameter.get$ref() == null ? parameter
                    : Objects.requireNonNull(api.getComponents().getParameters().get(name(parameter.get$ref())), parameter.get$ref()));
        }
        return parameters;
    }

    private static ApiResponse resolve(OpenAPI api, ApiResponse response) {
        if (response == null || response.get$ref() == null) {
            return response;
        }
        return Objects.requireNonNull(api.getComponents().getResponses().get(name(response.get$ref())), response.get$ref());
    }

    private static Map<String, ApiResponse> successes(OpenAPI api, Operation operation) {
        Map<String, ApiResponse> successes = new TreeMap<>();
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                successes.put(status, resolve(api, response));
            }
        });
        return successes;
    }

    private static Content content(ApiResponse response) {
        return response.getContent() == null ? new Content() : response.getContent();
    }

    private static Map<String, Header> headers(OpenAPI api, ApiResponse response) {
        Map<String, Header> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, header) -> headers.put(name, header.get$ref() == null ? header
                    : Objects.requireNonNull(api.getComponents().getHeaders().get(name(header.get$ref())), header.get$ref())));
        }
        return headers;
    }

    private static List<JsonValue> examples(MediaType media) {
        List<JsonValue> examples = new ArrayList<>();
        if (media.getExample() != null) {
            examples.add(toJson(media.getExample()));
        }
        if (media.getExamples() != null) {
            for (Example example : media.getExamples().values()) {
                examples.add(toJson(example.getValue()));
            }
        }
        return examples;
    }

    private static Schema<?> property(Schema<?> schema, String name) {
        return Objects.requireNonNull((Schema<?>) schema.getProperties().get(name), name);
    }

    private static boolean isAdmin(String operation) {
        return operation.substring(operation.indexOf(' ') + 1).startsWith("/api/admin/");
    }

    /**
     * A path of the demo site for an admin path template: its {id} is that of the first item that the
     * list above it answers (the ids of the demo's accounts, posts and comments are made at start-up).
     */
    private static String adminPath(Site site, String template) {
        int id = template.indexOf("/{id}");
        if (id < 0) {
            return template;
        }
        HttpResponse<String> list = site.get(template.substring(0, id) + "?status=all", "Authorization", ADMIN);
        assertEquals(200, list.statusCode(), template + ": " + list.body());
        assertFalse(Site.json(list).asJsonArray().isEmpty(), template + ": the demo has one to read");
        return template.replace("{id}", Site.json(list).asJsonArray().getJsonObject(0).getString("id"));
    }

    /** A path of the demo site for a path template, with the examples of its path parameters. */
    private static String concretePath(OpenAPI api, String template, Operation operation) {
        String path = template;
        for (Parameter parameter : parameters(api, operation)) {
            if ("path".equals(parameter.getIn())) {
                assertNotNull(parameter.getExample(), template + ": path parameter " + parameter.getName() + " has an example");
                path = path.replace("{" + parameter.getName() + "}", String.valueOf(parameter.getExample()));
            }
        }
        return path;
    }

    // the JAX-RS resources ----------------------------------------------------------------------

    /**
     * The endpoints of the resources that {@link WebApplication} lists: path template, then HTTP method,
     * then the Java methods that answer it; those under api, or the others (the site's pages).
     */
    static Map<String, Map<String, List<Method>>> endpoints(boolean api) {
        Map<String, Map<String, List<Method>>> endpoints = new TreeMap<>();
        for (Class<?> type : new WebApplication().getClasses()) {
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            String base = trim(root.value());
            if ((base.equals("api") || base.startsWith("api/")) != api) {
                continue;
            }
            for (Method method : type.getMethods()) {
                Path sub = method.getAnnotation(Path.class);
                String verb = httpMethod(method);
                if (verb == null) {
                    assertNull(sub, method + " is a sub-resource locator, which this test cannot follow");
                    continue;
                }
                String path = "/" + Stream.of(base, sub == null ? "" : trim(sub.value()))
                        .filter(part -> !part.isEmpty()).collect(Collectors.joining("/"));
                path = path.replaceAll("\\{\\s*([\\w.-]+)\\s*:[^}]*}", "{$1}");
                endpoints.computeIfAbsent(path, key -> new TreeMap<>()).computeIfAbsent(verb, key -> new ArrayList<>()).add(method);
            }
        }
        return endpoints;
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

    private static Stream<String> parameterNames(Method method, Class<? extends Annotation> kind) {
        return Arrays.stream(method.getParameters()).map(parameter -> parameter.getAnnotation(kind)).filter(Objects::nonNull)
                .map(annotation -> {
                    if (annotation instanceof PathParam path) {
                        return path.value();
                    }
                    if (annotation instanceof QueryParam query) {
                        return query.value();
                    }
                    return ((HeaderParam) annotation).value();
                });
    }

    /** The media types of the method's own annotation, or else its class's. */
    private static Stream<String> mediaTypes(Method method, Class<? extends Annotation> kind) {
        Annotation annotation = method.getAnnotation(kind) != null ? method.getAnnotation(kind) : method.getDeclaringClass().getAnnotation(kind);
        assertNotNull(annotation, method + " names its media types with @" + kind.getSimpleName());
        String[] values = annotation instanceof Produces produces ? produces.value() : ((Consumes) annotation).value();
        return Arrays.stream(values).flatMap(value -> Arrays.stream(value.split(","))).map(String::strip);
    }

    /** Whether a parameter of the method is the request body (one without a JAX-RS annotation). */
    private static boolean takesEntity(Method method) {
        return Arrays.stream(method.getParameters()).anyMatch(parameter -> Arrays.stream(parameter.getAnnotations())
                .noneMatch(annotation -> annotation.annotationType().getPackageName().startsWith("jakarta.ws.rs")));
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    // a small JSON Schema check for the subset that the document uses ------------------------

    private static void assertConforms(OpenAPI api, JsonValue value, Schema<?> schema, String where) {
        List<String> errors = new ArrayList<>();
        conform(api, value, schema, "$", errors);
        assertEquals(List.of(), errors, where + " conforms to its schema");
    }

    @SuppressWarnings("unchecked")
    private static void conform(OpenAPI api, JsonValue value, Schema<?> schema, String at, List<String> errors) {
        if (schema.get$ref() != null) {
            Schema<?> target = api.getComponents().getSchemas().get(name(schema.get$ref()));
            if (target == null) {
                errors.add(at + ": unknown schema " + schema.get$ref());
            } else {
                conform(api, value, target, at, errors);
            }
            return;
        }
        if (schema.getNot() != null) {
            List<String> excluded = new ArrayList<>();
            conform(api, value, schema.getNot(), at, excluded);
            if (excluded.isEmpty()) {
                errors.add(at + " is " + value + ", which the schema excludes");
            }
        }
        Set<String> types = types(schema);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (!types.contains("null")) {
                errors.add(at + " is null");
            }
            return;
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()
                && schema.getEnum().stream().map(String::valueOf).noneMatch(scalar(value)::equals)) {
            errors.add(at + " is " + value + ", not one of " + schema.getEnum());
        }
        String type = types.stream().filter(name -> !name.equals("null")).findFirst()
                .orElse(schema.getProperties() != null ? "object" : "");
        switch (type) {
            case "object" -> {
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    errors.add(at + " is not an object");
                    return;
                }
                JsonObject object = value.asJsonObject();
                Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
                for (String required : schema.getRequired() == null ? List.<String>of() : schema.getRequired()) {
                    if (!object.containsKey(required)) {
                        errors.add(at + " lacks " + required);
                    }
                }
                object.forEach((key, member) -> {
                    Object additional = schema.getAdditionalProperties();
                    if (properties.containsKey(key)) {
                        conform(api, member, properties.get(key), at + "." + key, errors);
                    } else if (additional instanceof Schema<?> additionalSchema) {
                        conform(api, member, additionalSchema, at + "." + key, errors);
                    } else if (!Boolean.TRUE.equals(additional)) {
                        errors.add(at + "." + key + " is not documented");
                    }
                });
            }
            case "array" -> {
                if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                    errors.add(at + " is not an array");
                    return;
                }
                List<JsonValue> items = value.asJsonArray();
                if (schema.getMinItems() != null && items.size() < schema.getMinItems()
                        || schema.getMaxItems() != null && items.size() > schema.getMaxItems()) {
                    errors.add(at + " has " + items.size() + " items");
                }
                for (int i = 0; i < items.size(); i++) {
                    conform(api, items.get(i), schema.getItems(), at + "[" + i + "]", errors);
                }
            }
            case "string" -> {
                if (value.getValueType() != JsonValue.ValueType.STRING) {
                    errors.add(at + " is not a string");
                    return;
                }
                String text = ((JsonString) value).getString();
                int length = text.codePointCount(0, text.length());
                if (schema.getMaxLength() != null && length > schema.getMaxLength()
                        || schema.getMinLength() != null && length < schema.getMinLength()) {
                    errors.add(at + " has " + length + " characters");
                }
                if (schema.getPattern() != null && !java.util.regex.Pattern.compile(schema.getPattern()).matcher(text).find()) {
                    errors.add(at + " \"" + text + "\" does not match " + schema.getPattern());
                }
                if (!matchesFormat(schema.getFormat(), text)) {
                    errors.add(at + " \"" + text + "\" is not a " + schema.getFormat());
                }
            }
            case "integer", "number" -> {
                if (value.getValueType() != JsonValue.ValueType.NUMBER
                        || type.equals("integer") && !((JsonNumber) value).isIntegral()) {
                    errors.add(at + " is not an " + type);
                    return;
                }
                BigDecimal number = ((JsonNumber) value).bigDecimalValue();
                if (schema.getMinimum() != null && number.compareTo(schema.getMinimum()) < 0
                        || schema.getMaximum() != null && number.compareTo(schema.getMaximum()) > 0) {
                    errors.add(at + " is " + number + ", out of range");
                }
            }
            case "boolean" -> {
                if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                    errors.add(at + " is not a boolean");
                }
            }
            default -> errors.add(at + ": its schema has no type");
        }
    }

    /** The JSON types a schema allows: OpenAPI 3.1 lists them in {@code type}, "null" among them. */
    private static Set<String> types(Schema<?> schema) {
        if (schema.getTypes() != null) {
            return schema.getTypes();
        }
        return schema.getType() == null ? Set.of() : Set.of(schema.getType());
    }

    /** {@code {not: {}}}: the schema that no value matches (JSON Schema's {@code false}). */
    private static boolean matchesNothing(Schema<?> schema) {
        Schema<?> not = schema.getNot();
        return not != null && not.get$ref() == null && types(not).isEmpty() && not.getProperties() == null
                && not.getEnum() == null && not.getNot() == null;
    }

    private static boolean matchesFormat(String format, String text) {
        if (format == null) {
            return true;
        }
        try {
            return switch (format) {
                case "uuid" -> text.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
                case "date-time" -> OffsetDateTime.parse(text) != null;
                case "uri" -> URI.create(text).isAbsolute();
                case "uri-reference" -> URI.create(text) != null;
                case "email" -> text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
                default -> true;
            };
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String scalar(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    // small helpers ---------------------------------------------------------------------------

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static JsonValue parseJson(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static JsonValue toJson(Object example) {
        try {
            return parseJson(io.swagger.v3.core.util.Json.mapper().writeValueAsString(example));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int intOf(Object value) {
        return ((Number) value).intValue();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
