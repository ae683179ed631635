package org.hrcities.platform.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the production code of every module against {@link ArchitectureRules}.
 *
 * <p>{@link ImportOption.DoNotIncludeTests} leaves out {@code target/test-classes} (and so the
 * deliberately broken fixtures in the {@code archfixture*} packages). {@link DoNotIncludeTestJars}
 * also leaves out the test-jars on bootstrap's test classpath (e.g. domain's
 * {@code domain-*-tests.jar}), which DoNotIncludeTests does not recognise as tests.
 */
@AnalyzeClasses(packages = ArchitectureRules.BASE,
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_depends_only_on_jdk_and_itself =
            ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JDK_AND_ITSELF;

    @ArchTest
    static final ArchRule application_depends_only_on_domain_jdk_and_itself =
            ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_JDK_AND_ITSELF;

    @ArchTest
    static final ArchRule inbound_and_outbound_ports_are_independent =
            ArchitectureRules.INBOUND_AND_OUTBOUND_PORTS_ARE_INDEPENDENT;

    @ArchTest
    static final ArchRule ports_do_not_depend_on_services =
            ArchitectureRules.PORTS_DO_NOT_DEPEND_ON_SERVICES;

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_services =
            ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_SERVICES;

    @ArchTest
    static final ArchRule web_adapter_does_not_depend_on_outbound_ports =
            ArchitectureRules.WEB_ADAPTER_DOES_NOT_DEPEND_ON_OUTBOUND_PORTS;

    @ArchTest
    static final ArchRule web_and_persistence_adapters_are_independent =
            ArchitectureRules.WEB_AND_PERSISTENCE_ADAPTERS_ARE_INDEPENDENT;

    @ArchTest
    static final ArchRule nothing_depends_on_bootstrap =
            ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP;

    @ArchTest
    static final ArchRule only_persistence_adapter_uses_jpa =
            ArchitectureRules.ONLY_PERSISTENCE_ADAPTER_USES_JPA;

    @ArchTest
    static final ArchRule only_web_adapter_uses_jax_rs =
            ArchitectureRules.ONLY_WEB_ADAPTER_USES_JAX_RS;

    @ArchTest
    static final ArchRule jpa_entities_live_in_persistence_adapter_and_end_in_jpa_entity =
            ArchitectureRules.JPA_ENTITIES_LIVE_IN_PERSISTENCE_ADAPTER_AND_END_IN_JPA_ENTITY;

    @ArchTest
    static final ArchRule jax_rs_resources_end_in_resource =
            ArchitectureRules.JAX_RS_RESOURCES_END_IN_RESOURCE;

    @ArchTest
    static final ArchRule web_api_classes_are_resources_requests_or_responses =
            ArchitectureRules.WEB_API_CLASSES_ARE_RESOURCES_REQUESTS_OR_RESPONSES;

    @ArchTest
    static final ArchRule no_cycles_between_domain_aggregates =
            ArchitectureRules.NO_CYCLES_BETWEEN_DOMAIN_AGGREGATES;

    @ArchTest
    static final ArchRule no_cycles_between_inbound_port_aggregates =
            ArchitectureRules.NO_CYCLES_BETWEEN_INBOUND_PORT_AGGREGATES;

    @ArchTest
    static final ArchRule no_cycles_between_service_aggregates =
            ArchitectureRules.NO_CYCLES_BETWEEN_SERVICE_AGGREGATES;

    @ArchTest
    static final ArchRule no_cycles_between_web_api_aggregates =
            ArchitectureRules.NO_CYCLES_BETWEEN_WEB_API_AGGREGATES;

    @ArchTest
    static final ArchRule no_cycles_between_web_adapter_packages =
            ArchitectureRules.NO_CYCLES_BETWEEN_WEB_ADAPTER_PACKAGES;

    @ArchTest
    static final ArchRule web_surfaces_are_independent = ArchitectureRules.WEB_SURFACES_ARE_INDEPENDENT;

    @ArchTest
    static final ArchRule web_shared_packages_do_not_depend_on_surfaces =
            ArchitectureRules.WEB_SHARED_PACKAGES_DO_NOT_DEPEND_ON_SURFACES;

    /** The rules above are only worth something if they look at all production code and at nothing else. */
    @ArchTest
    static void the_import_holds_every_module_and_no_test_code(JavaClasses classes) {
        List<String> testCode = classes.stream()
                .filter(javaClass -> javaClass.getName().contains(".archfixture")
                        || javaClass.getSource().map(source -> source.getUri().toString())
                                .filter(uri -> uri.contains("/test-classes/") || uri.contains("-tests.jar!"))
                                .isPresent())
                .map(JavaClass::getName)
                .sorted()
                .collect(Collectors.toList());
        assertEquals(List.of(), testCode, "test code (fixtures, other modules' test-jars) must not be checked here");

        for (String modulePackage : List.of("domain", "application", "adapter.in.web", "adapter.out.persistence",
                "bootstrap")) {
            assertTrue(classes.containPackage(ArchitectureRules.BASE + "." + modulePackage),
                    "no production class imported from " + modulePackage);
        }
    }

    /** Leaves out Maven test-jars ({@code *-tests.jar}), which hold other modules' tests and fixtures. */
    static final class DoNotIncludeTestJars implements ImportOption {

        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR);
        }
    }

    @ArchTest
    static final ArchRule admin_endpoints_require_a_permission =
            ArchitectureRules.ADMIN_ENDPOINTS_REQUIRE_A_PERMISSION;

    @ArchTest
    static final ArchRule page_store_keeps_no_static_state = ArchitectureRules.PAGE_STORE_KEEPS_NO_STATIC_STATE;
}
