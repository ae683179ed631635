package org.hrcities.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.archfixture.UnguardedAdminResource;
import org.hrcities.platform.adapter.in.web.api.archfixture.PostDto;
import org.hrcities.platform.adapter.in.web.api.archfixturea.CycleAResponse;
import org.hrcities.platform.adapter.in.web.api.archfixtureb.CycleBResponse;
import org.hrcities.platform.adapter.in.web.api.post.PostResponse;
import org.hrcities.platform.adapter.in.web.archfixture.MisplacedJpaEntity;
import org.hrcities.platform.adapter.in.web.archfixture.WebClassUsingARepository;
import org.hrcities.platform.adapter.in.web.archfixture.WebClassUsingAService;
import org.hrcities.platform.adapter.in.web.archfixture.WebClassUsingBootstrap;
import org.hrcities.platform.adapter.in.web.archfixture.WebClassUsingEclipseLink;
import org.hrcities.platform.adapter.in.web.archfixture.WebClassUsingJpa;
import org.hrcities.platform.adapter.in.web.archfixture.WebClassUsingPersistence;
import org.hrcities.platform.adapter.in.web.archfixturea.WebCycleA;
import org.hrcities.platform.adapter.in.web.archfixtureb.WebCycleB;
import org.hrcities.platform.adapter.in.web.cache.archfixture.PageStoreWithStaticState;
import org.hrcities.platform.adapter.in.web.render.archfixture.RenderingUsingASitePage;
import org.hrcities.platform.adapter.in.web.site.archfixture.SitePageUsingAnApiResponse;
import org.hrcities.platform.adapter.out.persistence.archfixture.PersistenceClassUsingAService;
import org.hrcities.platform.adapter.out.persistence.archfixture.PersistenceClassUsingJaxRs;
import org.hrcities.platform.adapter.out.persistence.archfixture.PersistenceClassUsingWeb;
import org.hrcities.platform.adapter.out.persistence.archfixture.PostRow;
import org.hrcities.platform.adapter.out.persistence.memory.InMemoryStorage;
import org.hrcities.platform.application.port.in.archfixture.UseCaseUsingARepository;
import org.hrcities.platform.application.port.in.archfixture.UseCaseUsingAService;
import org.hrcities.platform.application.port.in.archfixturea.UseCaseCycleA;
import org.hrcities.platform.application.port.in.archfixtureb.UseCaseCycleB;
import org.hrcities.platform.application.port.in.post.PostDetails;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.archfixture.RepositoryUsingAService;
import org.hrcities.platform.application.port.out.archfixture.RepositoryUsingAUseCaseType;
import org.hrcities.platform.application.service.archfixture.ServiceUsingAWebResponse;
import org.hrcities.platform.application.service.archfixturea.ServiceCycleA;
import org.hrcities.platform.application.service.archfixtureb.ServiceCycleB;
import org.hrcities.platform.domain.archfixture.DomainClassUsingJpa;
import org.hrcities.platform.domain.archfixture.DomainClassUsingPrimitivesAndArrays;
import org.hrcities.platform.domain.archfixturea.DomainCycleA;
import org.hrcities.platform.domain.archfixtureb.DomainCycleB;
import org.junit.jupiter.api.Test;

/**
 * Proves that every rule in {@link ArchitectureRules} can fail: each test imports only the
 * deliberately broken fixture(s) of the {@code archfixture*} packages (plus, for the two-way rules,
 * the production class the fixture leans on, so that both halves of the rule have classes to check),
 * evaluates the rule and expects a violation that names the fixture.
 */
class ArchitectureRulesCanFailTest {

    private static final String PACKAGE_NOT_THERE = "org.hrcities.platform.domian"; // misspelled on purpose

    // 1 -------------------------------------------------------------------------------------------

    @Test
    void domain_rule_reports_a_domain_class_that_uses_jpa() {
        assertReported(ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JDK_AND_ITSELF, DomainClassUsingJpa.class);
    }

    @Test
    void domain_rule_accepts_primitives_and_arrays_of_jdk_and_domain_types() {
        EvaluationResult result = ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JDK_AND_ITSELF
                .evaluate(new ClassFileImporter().importClasses(DomainClassUsingPrimitivesAndArrays.class));

        assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
    }

    // 2 -------------------------------------------------------------------------------------------

    @Test
    void application_rule_reports_a_service_that_uses_a_web_response() {
        assertReported(ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_JDK_AND_ITSELF,
                ServiceUsingAWebResponse.class);
    }

    // 3 -------------------------------------------------------------------------------------------

    @Test
    void ports_rule_reports_an_inbound_port_that_uses_an_outbound_port() {
        assertReported(ArchitectureRules.INBOUND_AND_OUTBOUND_PORTS_ARE_INDEPENDENT,
                UseCaseUsingARepository.class, PostRepository.class);
    }

    @Test
    void ports_rule_reports_an_outbound_port_that_uses_an_inbound_port_type() {
        assertReported(ArchitectureRules.INBOUND_AND_OUTBOUND_PORTS_ARE_INDEPENDENT,
                RepositoryUsingAUseCaseType.class, PostDetails.class);
    }

    @Test
    void port_service_rule_reports_an_inbound_port_that_names_a_service() {
        assertReported(ArchitectureRules.PORTS_DO_NOT_DEPEND_ON_SERVICES, UseCaseUsingAService.class);
    }

    @Test
    void port_service_rule_reports_an_outbound_port_that_uses_a_service() {
        assertReported(ArchitectureRules.PORTS_DO_NOT_DEPEND_ON_SERVICES, RepositoryUsingAService.class);
    }

    // 4 -------------------------------------------------------------------------------------------

    @Test
    void adapter_service_rule_reports_a_web_class_that_uses_a_service() {
        assertReported(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_SERVICES, WebClassUsingAService.class);
    }

    @Test
    void adapter_service_rule_reports_a_persistence_class_that_uses_a_service() {
        assertReported(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_SERVICES, PersistenceClassUsingAService.class);
    }

    @Test
    void web_adapter_rule_reports_a_web_class_that_uses_an_outbound_port() {
        assertReported(ArchitectureRules.WEB_ADAPTER_DOES_NOT_DEPEND_ON_OUTBOUND_PORTS,
                WebClassUsingARepository.class);
    }

    // 5 -------------------------------------------------------------------------------------------

    @Test
    void adapters_rule_reports_a_web_class_that_uses_the_persistence_adapter() {
        assertReported(ArchitectureRules.WEB_AND_PERSISTENCE_ADAPTERS_ARE_INDEPENDENT,
                WebClassUsingPersistence.class, InMemoryStorage.class);
    }

    @Test
    void adapters_rule_reports_a_persistence_class_that_uses_the_web_adapter() {
        assertReported(ArchitectureRules.WEB_AND_PERSISTENCE_ADAPTERS_ARE_INDEPENDENT,
                PersistenceClassUsingWeb.class, PostResponse.class);
    }

    @Test
    void bootstrap_rule_reports_a_class_outside_bootstrap_that_uses_it() {
        assertReported(ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP, WebClassUsingBootstrap.class);
    }

    // 6 -------------------------------------------------------------------------------------------

    @Test
    void jpa_rule_reports_a_web_class_that_uses_jakarta_persistence() {
        assertReported(ArchitectureRules.ONLY_PERSISTENCE_ADAPTER_USES_JPA, WebClassUsingJpa.class);
    }

    @Test
    void jpa_rule_reports_a_web_class_that_uses_eclipselink() {
        assertReported(ArchitectureRules.ONLY_PERSISTENCE_ADAPTER_USES_JPA, WebClassUsingEclipseLink.class);
    }

    @Test
    void jax_rs_rule_reports_a_persistence_class_that_uses_jax_rs() {
        assertReported(ArchitectureRules.ONLY_WEB_ADAPTER_USES_JAX_RS, PersistenceClassUsingJaxRs.class);
    }

    // 7 -------------------------------------------------------------------------------------------

    @Test
    void entity_rule_reports_a_jpa_entity_outside_the_persistence_adapter() {
        assertReported(ArchitectureRules.JPA_ENTITIES_LIVE_IN_PERSISTENCE_ADAPTER_AND_END_IN_JPA_ENTITY,
                MisplacedJpaEntity.class);
    }

    @Test
    void entity_rule_reports_a_jpa_entity_whose_name_does_not_end_in_jpa_entity() {
        assertReported(ArchitectureRules.JPA_ENTITIES_LIVE_IN_PERSISTENCE_ADAPTER_AND_END_IN_JPA_ENTITY,
                PostRow.class);
    }

    @Test
    void resource_rule_reports_a_path_class_named_service() throws ClassNotFoundException {
        // PostsService is package-private (so that it breaks rule 7b only), hence loaded by name
        assertReported(ArchitectureRules.JAX_RS_RESOURCES_END_IN_RESOURCE,
                Class.forName("org.hrcities.platform.adapter.in.web.api.archfixture.PostsService"));
    }

    @Test
    void web_api_naming_rule_reports_a_public_class_that_is_no_resource_request_or_response() {
        assertReported(ArchitectureRules.WEB_API_CLASSES_ARE_RESOURCES_REQUESTS_OR_RESPONSES, PostDto.class);
    }

    // 8 -------------------------------------------------------------------------------------------

    @Test
    void cycle_rule_reports_a_cycle_between_domain_packages() {
        assertReported(ArchitectureRules.NO_CYCLES_BETWEEN_DOMAIN_AGGREGATES, DomainCycleA.class, DomainCycleB.class);
    }

    @Test
    void cycle_rule_reports_a_cycle_between_inbound_port_packages() {
        assertReported(ArchitectureRules.NO_CYCLES_BETWEEN_INBOUND_PORT_AGGREGATES,
                UseCaseCycleA.class, UseCaseCycleB.class);
    }

    @Test
    void cycle_rule_reports_a_cycle_between_service_packages() {
        assertReported(ArchitectureRules.NO_CYCLES_BETWEEN_SERVICE_AGGREGATES,
                ServiceCycleA.class, ServiceCycleB.class);
    }

    @Test
    void cycle_rule_reports_a_cycle_between_web_api_packages() {
        assertReported(ArchitectureRules.NO_CYCLES_BETWEEN_WEB_API_AGGREGATES,
                CycleAResponse.class, CycleBResponse.class);
    }

    @Test
    void cycle_rule_reports_a_cycle_between_web_adapter_packages() {
        assertReported(ArchitectureRules.NO_CYCLES_BETWEEN_WEB_ADAPTER_PACKAGES, WebCycleA.class, WebCycleB.class);
    }

    // 10 ------------------------------------------------------------------------------------------

    @Test
    void surface_rule_reports_a_site_page_that_uses_the_api() {
        // one class of each surface, so that all three halves of the rule have classes to check
        assertReported(ArchitectureRules.WEB_SURFACES_ARE_INDEPENDENT, SitePageUsingAnApiResponse.class,
                PostResponse.class, AdminPages.class);
    }

    @Test
    void shared_package_rule_reports_rendering_that_uses_a_site_page() {
        assertReported(ArchitectureRules.WEB_SHARED_PACKAGES_DO_NOT_DEPEND_ON_SURFACES, RenderingUsingASitePage.class);
    }

    // fail on empty -------------------------------------------------------------------------------

    @Test
    void a_rule_fails_when_the_imported_package_is_misspelled_and_nothing_is_checked() {
        JavaClasses nothing = new ClassFileImporter().importPackages(PACKAGE_NOT_THERE);
        assertTrue(nothing.isEmpty(), "the misspelled package must really be empty");

        AssertionError error = assertThrows(AssertionError.class,
                () -> ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JDK_AND_ITSELF.evaluate(nothing));

        assertTrue(error.getMessage().contains("failed to check any classes"), error.getMessage());
    }

    @Test
    void a_rule_fails_when_its_own_package_is_misspelled_and_it_matches_no_class() {
        // the buckpal mistake: a rule about a package that does not exist, run on real classes
        ArchRule misspelled = classes().that().resideInAPackage(PACKAGE_NOT_THERE + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..");
        JavaClasses domain = new ClassFileImporter().importPackages("org.hrcities.platform.domain");
        assertFalse(domain.isEmpty());

        AssertionError error = assertThrows(AssertionError.class, () -> misspelled.evaluate(domain));

        assertTrue(error.getMessage().contains("failed to check any classes"), error.getMessage());
    }

    @Test
    void every_rule_fails_when_it_checks_no_classes() {
        JavaClasses nothing = new ClassFileImporter().importPackages(PACKAGE_NOT_THERE);

        allRules().forEach((name, rule) ->
                assertThrows(AssertionError.class, () -> rule.evaluate(nothing),
                        name + " passed although it checked nothing: is failOnEmptyShould switched off?"));
    }

    @Test
    void every_rule_says_why() {
        allRules().forEach((name, rule) ->
                assertTrue(rule.getDescription().contains(", because "), name + " has no because(...)"));
    }

    // each fixture breaks exactly the rules it is meant for ---------------------------------------

    /** Which rules each fixture breaks; any other rule it broke would make a can-fail test prove less. */
    private static final Map<String, Set<String>> RULES_BROKEN_BY_FIXTURE = Map.ofEntries(
            fixture(DomainClassUsingJpa.class, "DOMAIN_DEPENDS_ONLY_ON_JDK_AND_ITSELF",
                    "ONLY_PERSISTENCE_ADAPTER_USES_JPA", "JPA_ENTITIES_LIVE_IN_PERSISTENCE_ADAPTER_AND_END_IN_JPA_ENTITY"),
            fixture(DomainClassUsingPrimitivesAndArrays.class),
            fixture(DomainCycleA.class, "NO_CYCLES_BETWEEN_DOMAIN_AGGREGATES"),
            fixture(DomainCycleB.class, "NO_CYCLES_BETWEEN_DOMAIN_AGGREGATES"),
            fixture(ServiceUsingAWebResponse.class, "APPLICATION_DEPENDS_ONLY_ON_DOMAIN_JDK_AND_ITSELF"),
            fixture(UseCaseUsingARepository.class, "INBOUND_AND_OUTBOUND_PORTS_ARE_INDEPENDENT"),
            fixture(RepositoryUsingAUseCaseType.class, "INBOUND_AND_OUTBOUND_PORTS_ARE_INDEPENDENT"),
            fixture(UseCaseUsingAService.class, "PORTS_DO_NOT_DEPEND_ON_SERVICES"),
            fixture(RepositoryUsingAService.class, "PORTS_DO_NOT_DEPEND_ON_SERVICES"),
            fixture(UseCaseCycleA.class, "NO_CYCLES_BETWEEN_INBOUND_PORT_AGGREGATES"),
            fixture(UseCaseCycleB.class, "NO_CYCLES_BETWEEN_INBOUND_PORT_AGGREGATES"),
            fixture(ServiceCycleA.class, "NO_CYCLES_BETWEEN_SERVICE_AGGREGATES"),
            fixture(ServiceCycleB.class, "NO_CYCLES_BETWEEN_SERVICE_AGGREGATES"),
            fixture(WebClassUsingAService.class, "ADAPTERS_DO_NOT_DEPEND_ON_SERVICES"),
            fixture(PersistenceClassUsingAService.class, "ADAPTERS_DO_NOT_DEPEND_ON_SERVICES"),
            fixture(WebClassUsingARepository.class, "WEB_ADAPTER_DOES_NOT_DEPEND_ON_OUTBOUND_PORTS"),
            fixture(WebClassUsingPersistence.class, "WEB_AND_PERSISTENCE_ADAPTERS_ARE_INDEPENDENT"),
            fixture(PersistenceClassUsingWeb.class, "WEB_AND_PERSISTENCE_ADAPTERS_ARE_INDEPENDENT"),
            fixture(WebClassUsingBootstrap.class, "NOTHING_DEPENDS_ON_BOOTSTRAP"),
            fixture(WebClassUsingJpa.class, "ONLY_PERSISTENCE_ADAPTER_USES_JPA"),
            fixture(WebClassUsingEclipseLink.class, "ONLY_PERSISTENCE_ADAPTER_USES_JPA"),
            fixture(PersistenceClassUsingJaxRs.class, "ONLY_WEB_ADAPTER_USES_JAX_RS"),
            fixture(MisplacedJpaEntity.class, "ONLY_PERSISTENCE_ADAPTER_USES_JPA",
                    "JPA_ENTITIES_LIVE_IN_PERSISTENCE_ADAPTER_AND_END_IN_JPA_ENTITY"),
            fixture(PostRow.class, "JPA_ENTITIES_LIVE_IN_PERSISTENCE_ADAPTER_AND_END_IN_JPA_ENTITY"),
            Map.entry("org.hrcities.platform.adapter.in.web.api.archfixture.PostsService",
                    Set.of("JAX_RS_RESOURCES_END_IN_RESOURCE")),
            fixture(PostDto.class, "WEB_API_CLASSES_ARE_RESOURCES_REQUESTS_OR_RESPONSES"),
            fixture(CycleAResponse.class, "NO_CYCLES_BETWEEN_WEB_API_AGGREGATES", "NO_CYCLES_BETWEEN_WEB_ADAPTER_PACKAGES"),
            fixture(CycleBResponse.class, "NO_CYCLES_BETWEEN_WEB_API_AGGREGATES", "NO_CYCLES_BETWEEN_WEB_ADAPTER_PACKAGES"),
            fixture(WebCycleA.class, "NO_CYCLES_BETWEEN_WEB_ADAPTER_PACKAGES"),
            fixture(WebCycleB.class, "NO_CYCLES_BETWEEN_WEB_ADAPTER_PACKAGES"),
            fixture(SitePageUsingAnApiResponse.class, "WEB_SURFACES_ARE_INDEPENDENT"),
            fixture(RenderingUsingASitePage.class, "WEB_SHARED_PACKAGES_DO_NOT_DEPEND_ON_SURFACES"),
            fixture(UnguardedAdminResource.class, "ADMIN_ENDPOINTS_REQUIRE_A_PERMISSION"),
            fixture(PageStoreWithStaticState.class, "PAGE_STORE_KEEPS_NO_STATIC_STATE"));

    @Test
    void each_fixture_breaks_exactly_the_rules_it_is_meant_for() {
        JavaClasses fixtures = new ClassFileImporter()
                .withImportOption(location -> location.matches(Pattern.compile(".*/archfixture[a-z]*/.*")))
                .importPackages(ArchitectureRules.BASE);
        Set<String> found = fixtures.stream()
                .filter(javaClass -> javaClass.isTopLevelClass())
                .map(javaClass -> javaClass.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(RULES_BROKEN_BY_FIXTURE.keySet()), found,
                "every fixture must be listed with the rules it breaks");

        Map<String, Set<String>> broken = new TreeMap<>();
        found.forEach(name -> broken.put(name, new TreeSet<>()));
        allRules().forEach((ruleName, rule) -> {
            String report = String.join("\n", rule.evaluate(fixtures).getFailureReport().getDetails());
            found.stream().filter(name -> mentions(report, name)).forEach(name -> broken.get(name).add(ruleName));
        });

        Map<String, Set<String>> expected = new TreeMap<>();
        RULES_BROKEN_BY_FIXTURE.forEach((name, rules) -> expected.put(name, new TreeSet<>(rules)));
        assertEquals(expected, broken);
    }

    // 9 -------------------------------------------------------------------------------------------

    @Test
    void admin_rule_reports_an_admin_endpoint_without_a_permission_and_only_that_one() {
        assertReported(ArchitectureRules.ADMIN_ENDPOINTS_REQUIRE_A_PERMISSION, UnguardedAdminResource.class);
        String report = String.join("\n", ArchitectureRules.ADMIN_ENDPOINTS_REQUIRE_A_PERMISSION
                .evaluate(new ClassFileImporter().importClasses(UnguardedAdminResource.class)).getFailureReport().getDetails());
        assertTrue(report.contains("UnguardedAdminResource.open()"), report);
        assertFalse(report.contains("UnguardedAdminResource.guarded()"), report);
    }

    // 11 ------------------------------------------------------------------------------------------

    @Test
    void page_store_rule_reports_every_static_map_counter_thread_local_and_mutable_field_but_no_constant() {
        assertReported(ArchitectureRules.PAGE_STORE_KEEPS_NO_STATIC_STATE, PageStoreWithStaticState.class);
        String report = String.join("\n", ArchitectureRules.PAGE_STORE_KEEPS_NO_STATIC_STATE
                .evaluate(new ClassFileImporter().importClasses(PageStoreWithStaticState.class)).getFailureReport().getDetails());
        for (String field : List.of("PAGES", "REVISION", "OFFERED", "lastKey")) {
            assertTrue(report.contains("PageStoreWithStaticState." + field + " is static state"), report);
        }
        assertFalse(report.contains("MAX_AGE_NANOS"), report);
    }

    // helpers -------------------------------------------------------------------------------------

    /** Imports exactly the given classes, evaluates the rule and expects the first one named in a violation. */
    private static void assertReported(ArchRule rule, Class<?> fixture, Class<?>... alsoImported) {
        List<Class<?>> imported = new ArrayList<>(List.of(fixture));
        imported.addAll(Arrays.asList(alsoImported));
        JavaClasses classes = new ClassFileImporter().importClasses(imported);

        EvaluationResult result = rule.evaluate(classes);

        assertTrue(result.hasViolation(), () -> "expected a violation of: " + rule.getDescription());
        String report = result.getFailureReport().toString();
        assertTrue(mentions(report, fixture.getName()), () -> "the report should name " + fixture.getName() + ":\n" + report);
    }

    private static boolean mentions(String report, String className) {
        return Pattern.compile(Pattern.quote(className) + "(?![\\w])").matcher(report).find();
    }

    private static Map.Entry<String, Set<String>> fixture(Class<?> fixture, String... rules) {
        return Map.entry(fixture.getName(), Set.of(rules));
    }

    /** All rules of {@link ArchitectureRules}, by field name. */
    private static Map<String, ArchRule> allRules() {
        Map<String, ArchRule> rules = new TreeMap<>();
        for (Field field : ArchitectureRules.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && ArchRule.class.isAssignableFrom(field.getType())) {
                try {
                    rules.put(field.getName(), (ArchRule) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertEquals(22, rules.size(), "rules 1, 2, 3a-b, 4a-b, 5a-b, 6a-b, 7a-c, 8 for four layers and for the web "
                + "adapter's packages, 9, 10a-b and 11");
        return rules;
    }
}
