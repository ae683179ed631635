package org.hrcities.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.hrcities.platform.adapter.in.web.admin.account.SignInResource;
import org.hrcities.platform.adapter.in.web.security.Requires;

/**
 * The architecture rules of STYLE.md ("Architecture tests"), one field per rule.
 *
 * <p>Every rule keeps ArchUnit's default {@code archRule.failOnEmptyShould=true}: a rule whose
 * {@code that()} clause matches no class fails instead of passing while checking nothing (a
 * misspelled package cannot hide). {@link ArchitectureTest} runs them against the production
 * code; {@link ArchitectureRulesCanFailTest} proves that each of them turns red on a fixture that
 * breaks it.
 *
 * <p>Packages are written out from the base package ({@code org.hrcities.platform.adapter..}
 * rather than {@code ..adapter..}) so that a library package such as
 * {@code jakarta.json.bind.adapter} can never be mistaken for one of ours.
 */
public final class ArchitectureRules {

    static final String BASE = "org.hrcities.platform";
    static final String DOMAIN = BASE + ".domain..";
    static final String APPLICATION = BASE + ".application..";
    static final String PORT_IN = BASE + ".application.port.in..";
    static final String PORT_OUT = BASE + ".application.port.out..";
    static final String SERVICE = BASE + ".application.service..";
    static final String ADAPTERS = BASE + ".adapter..";
    static final String WEB_ADAPTER = BASE + ".adapter.in.web..";
    static final String WEB_API = BASE + ".adapter.in.web.api..";
    static final String PERSISTENCE_ADAPTER = BASE + ".adapter.out.persistence..";
    static final String BOOTSTRAP = BASE + ".bootstrap..";

    static final String JDK = "java..";
    static final String JPA = "jakarta.persistence..";
    static final String ECLIPSELINK = "org.eclipse.persistence..";
    static final String JAX_RS = "jakarta.ws.rs..";

    private ArchitectureRules() {
    }

    // 1 -------------------------------------------------------------------------------------------

    /** Rule 1: the domain depends on the JDK and on itself only. */
    public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JDK_AND_ITSELF =
            classes().that().resideInAPackage(DOMAIN)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, JDK)
                    .because("the domain is the model and its rules, free of frameworks and of the layers around it "
                            + "(STYLE.md: 'domain depends on java.. and itself only')");

    // 2 -------------------------------------------------------------------------------------------

    /** Rule 2: the application depends on the domain, itself and the JDK only. */
    public static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN_JDK_AND_ITSELF =
            classes().that().resideInAPackage(APPLICATION)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, JDK)
                    .because("use cases and services are plain Java on top of the domain; adapters and frameworks "
                            + "plug into the ports, never the other way round");

    // 3 -------------------------------------------------------------------------------------------

    /** Rule 3a: inbound and outbound ports do not depend on each other (both directions). */
    public static final ArchRule INBOUND_AND_OUTBOUND_PORTS_ARE_INDEPENDENT =
            CompositeArchRule
                    .of(noClasses().that().resideInAPackage(PORT_IN)
                            .should().dependOnClassesThat().resideInAPackage(PORT_OUT))
                    .and(noClasses().that().resideInAPackage(PORT_OUT)
                            .should().dependOnClassesThat().resideInAPackage(PORT_IN))
                    .because("what callers may ask (port.in) and what the application needs from the outside "
                            + "(port.out) change for different reasons; only services join them");

    /** Rule 3b: no port (inbound or outbound) depends on a service. */
    public static final ArchRule PORTS_DO_NOT_DEPEND_ON_SERVICES =
            noClasses().that().resideInAnyPackage(PORT_IN, PORT_OUT)
                    .should().dependOnClassesThat().resideInAPackage(SERVICE)
                    .because("ports are the contracts and services their implementations: a contract that names "
                            + "its implementation is no contract");

    // 4 -------------------------------------------------------------------------------------------

    /** Rule 4a: adapters never depend on application services. */
    public static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_SERVICES =
            noClasses().that().resideInAPackage(ADAPTERS)
                    .should().dependOnClassesThat().resideInAPackage(SERVICE)
                    .because("adapters use ports and domain types; which service implements a use case is decided "
                            + "by the wiring in bootstrap");

    /** Rule 4b: the web adapter never depends on outbound ports. */
    public static final ArchRule WEB_ADAPTER_DOES_NOT_DEPEND_ON_OUTBOUND_PORTS =
            noClasses().that().resideInAPackage(WEB_ADAPTER)
                    .should().dependOnClassesThat().resideInAPackage(PORT_OUT)
                    .because("the web adapter drives the application through its use cases (port.in); reaching a "
                            + "repository directly would bypass the use case, its rules and its transaction");

    // 5 -------------------------------------------------------------------------------------------

    /** Rule 5a: the web and the persistence adapter do not depend on each other (both directions). */
    public static final ArchRule WEB_AND_PERSISTENCE_ADAPTERS_ARE_INDEPENDENT =
            CompositeArchRule
                    .of(noClasses().that().resideInAPackage(WEB_ADAPTER)
                            .should().dependOnClassesThat().resideInAPackage(PERSISTENCE_ADAPTER))
                    .and(noClasses().that().resideInAPackage(PERSISTENCE_ADAPTER)
                            .should().dependOnClassesThat().resideInAPackage(WEB_ADAPTER))
                    .because("adapters meet only through the application's ports, so that either can be replaced "
                            + "without touching the other");

    /** Rule 5b: nothing outside bootstrap depends on bootstrap. */
    public static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP =
            noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
                    .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
                    .because("bootstrap is the outermost ring that wires everything together; "
                            + "nothing may lean on the wiring");

    // 6 -------------------------------------------------------------------------------------------

    /** Rule 6a: only the persistence adapter uses JPA (jakarta.persistence and EclipseLink). */
    public static final ArchRule ONLY_PERSISTENCE_ADAPTER_USES_JPA =
            noClasses().that().resideOutsideOfPackage(PERSISTENCE_ADAPTER)
                    .should().dependOnClassesThat().resideInAnyPackage(JPA, ECLIPSELINK)
                    .because("storage is a detail of the persistence adapter; JPA annotations in the domain are what "
                            + "let cargotracker's layers leak");

    /** Rule 6b: only the web adapter uses JAX-RS. */
    public static final ArchRule ONLY_WEB_ADAPTER_USES_JAX_RS =
            noClasses().that().resideOutsideOfPackage(WEB_ADAPTER)
                    .should().dependOnClassesThat().resideInAPackage(JAX_RS)
                    .because("HTTP is a detail of the web adapter");

    // 7 -------------------------------------------------------------------------------------------

    /** Rule 7a: JPA entities live in the persistence adapter and are named *JpaEntity. */
    public static final ArchRule JPA_ENTITIES_LIVE_IN_PERSISTENCE_ADAPTER_AND_END_IN_JPA_ENTITY =
            classes().that().areAnnotatedWith(Entity.class)
                    .should().resideInAPackage(PERSISTENCE_ADAPTER)
                    .andShould().haveSimpleNameEndingWith("JpaEntity")
                    .because("a table row is not a domain object: the suffix keeps PostJpaEntity apart from Post, and "
                            + "only the persistence adapter may map tables");

    /** Rule 7b: JAX-RS resource classes are named *Resource, never *Service. */
    public static final ArchRule JAX_RS_RESOURCES_END_IN_RESOURCE =
            classes().that().areAnnotatedWith(Path.class)
                    .should().haveSimpleNameEndingWith("Resource")
                    .andShould().haveSimpleNameNotEndingWith("Service")
                    .because("'Service' names the application's use-case implementations; an HTTP endpoint is a "
                            + "Resource (cargotracker's *Service endpoints are what we do not copy)");

    /** Rule 7c: public top-level classes of the web API are resources, requests or responses. */
    public static final ArchRule WEB_API_CLASSES_ARE_RESOURCES_REQUESTS_OR_RESPONSES =
            classes().that().resideInAPackage(WEB_API).and().arePublic().and().areTopLevelClasses()
                    .should().haveSimpleNameEndingWith("Resource")
                    .orShould().haveSimpleNameEndingWith("Request")
                    .orShould().haveSimpleNameEndingWith("Response")
                    .because("DTOs always end in Request or Response so they never collide with domain names, "
                            + "and endpoints end in Resource");

    // 8 -------------------------------------------------------------------------------------------

    /** Rule 8, domain layer: no cycles between the aggregates' packages. */
    public static final ArchRule NO_CYCLES_BETWEEN_DOMAIN_AGGREGATES =
            slices().matching(BASE + ".domain.(*)..").namingSlices("domain.$1")
                    .should().beFreeOfCycles()
                    .because("aggregates refer to each other by id only; a cycle means they cannot be understood, "
                            + "changed or split apart one at a time");

    /** Rule 8, inbound ports: no cycles between the aggregates' use-case packages. */
    public static final ArchRule NO_CYCLES_BETWEEN_INBOUND_PORT_AGGREGATES =
            slices().matching(BASE + ".application.port.in.(*)..").namingSlices("application.port.in.$1")
                    .should().beFreeOfCycles()
                    .because("the use cases of one aggregate must be understandable without those of another "
                            + "that in turn needs them");

    /** Rule 8, services: no cycles between the aggregates' service packages. */
    public static final ArchRule NO_CYCLES_BETWEEN_SERVICE_AGGREGATES =
            slices().matching(BASE + ".application.service.(*)..").namingSlices("application.service.$1")
                    .should().beFreeOfCycles()
                    .because("services of different aggregates that need each other are one tangled service");

    /** Rule 8, web API: no cycles between the aggregates' API packages. */
    public static final ArchRule NO_CYCLES_BETWEEN_WEB_API_AGGREGATES =
            slices().matching(BASE + ".adapter.in.web.api.(*)..").namingSlices("adapter.in.web.api.$1")
                    .should().beFreeOfCycles()
                    .because("the API of each aggregate must be changeable without dragging another aggregate's "
                            + "API along in a loop");

    /**
     * Rule 8, web adapter: no cycles between any of the web adapter's packages (the surfaces and their
     * aggregates, and the shared packages beneath them: cache, error, filter, form, input, render, route,
     * security).
     */
    public static final ArchRule NO_CYCLES_BETWEEN_WEB_ADAPTER_PACKAGES =
            slices().matching(BASE + ".adapter.in.web.(**)").namingSlices("adapter.in.web.$1")
                    .should().beFreeOfCycles()
                    .because("a reader finds a class by its job and understands a package from those beneath it; "
                            + "a loop between packages makes every one of them depend on all the others");

    // 9 (this project's) --------------------------------------------------------------------------

    /**
     * Rule 9: every endpoint under /admin or /api/admin names the permission it needs
     * ({@link Requires}, on the method or its class), so that no admin page or API call is left open
     * by forgetting a check. The sign-in form is the one door that must stay open.
     */
    public static final ArchRule ADMIN_ENDPOINTS_REQUIRE_A_PERMISSION =
            methods().that(areAdminEndpoints())
                    .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(SignInResource.class.getName())
                    .should(requireAPermission())
                    .because("the admin shows unpublished posts, commenters' addresses and staff accounts: an "
                            + "endpoint without @Requires would be open to anyone signed in, or to nobody's check at all");

    // 10 (this project's): the web adapter's surfaces ------------------------------------------------

    static final String WEB_SITE = BASE + ".adapter.in.web.site..";
    static final String WEB_ADMIN = BASE + ".adapter.in.web.admin..";
    static final String[] WEB_SHARED = {BASE + ".adapter.in.web.cache..", BASE + ".adapter.in.web.error..",
            BASE + ".adapter.in.web.filter..", BASE + ".adapter.in.web.form..", BASE + ".adapter.in.web.input..",
            BASE + ".adapter.in.web.render..", BASE + ".adapter.in.web.route..", BASE + ".adapter.in.web.security..",
            BASE + ".adapter.in.web.wordpress.."};

    /**
     * Rule 10a: the three surfaces of the web adapter (the visitors' site, the JSON API and the admin
     * pages) do not depend on one another.
     */
    public static final ArchRule WEB_SURFACES_ARE_INDEPENDENT =
            CompositeArchRule
                    .of(noClasses().that().resideInAPackage(WEB_SITE)
                            .should().dependOnClassesThat().resideInAnyPackage(WEB_API, WEB_ADMIN))
                    .and(noClasses().that().resideInAPackage(WEB_API)
                            .should().dependOnClassesThat().resideInAnyPackage(WEB_SITE, WEB_ADMIN))
                    .and(noClasses().that().resideInAPackage(WEB_ADMIN)
                            .should().dependOnClassesThat().resideInAnyPackage(WEB_SITE, WEB_API))
                    .because("each surface changes for its own users; what two of them share belongs in a shared "
                            + "package (render, form, input...), not in one of them");

    /** Rule 10b: the web adapter's shared packages never depend on a surface. */
    public static final ArchRule WEB_SHARED_PACKAGES_DO_NOT_DEPEND_ON_SURFACES =
            noClasses().that().resideInAnyPackage(WEB_SHARED)
                    .should().dependOnClassesThat().resideInAnyPackage(WEB_SITE, WEB_API, WEB_ADMIN)
                    .because("the machinery the surfaces share (the page store, errors, filters, forms, input "
                            + "parsing, rendering, sign-in) must serve all of them without knowing any");

    // 11 (this project's): the page store ---------------------------------------------------------

    static final String WEB_CACHE = BASE + ".adapter.in.web.cache..";

    /**
     * Rule 11: the rendered-page store keeps its state in its injected component, never in static
     * fields: a static field of the cache package is a constant (final, of a primitive type, String, an
     * enum, Pattern or DateTimeFormatter). Static maps, counters, thread-locals and lazily set fields
     * are shared by every instance of the application in the JVM, outlive a redeployment and cannot be
     * replaced by a clustered store.
     */
    public static final ArchRule PAGE_STORE_KEEPS_NO_STATIC_STATE =
            fields().that().areDeclaredInClassesThat().resideInAPackage(WEB_CACHE)
                    .and().areStatic().and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                    .should(beConstants())
                    .because("the page store is one injected component (STYLE.md, \"The web adapter, as it grows\"): "
                            + "what it knows lives in that component or in the request, where a test can make a fresh "
                            + "one and a clustered version can replace it");

    private static ArchCondition<JavaField> beConstants() {
        return new ArchCondition<>("be constants: final, of a primitive type, String, an enum, Pattern or DateTimeFormatter") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                JavaClass type = field.getRawType();
                boolean constantType = type.isPrimitive() || type.isEnum() || type.isEquivalentTo(String.class)
                        || type.isEquivalentTo(Pattern.class) || type.isEquivalentTo(DateTimeFormatter.class);
                if (!field.getModifiers().contains(JavaModifier.FINAL) || !constantType) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is static state ("
                            + type.getName() + (field.getModifiers().contains(JavaModifier.FINAL) ? "" : ", not final") + ")"));
                }
            }
        };
    }

    private static DescribedPredicate<JavaMethod> areAdminEndpoints() {
        return new DescribedPredicate<>("are endpoints under /admin or /api/admin") {
            @Override
            public boolean test(JavaMethod method) {
                if (!method.isMetaAnnotatedWith(HttpMethod.class)) {
                    return false;
                }
                String path = method.getOwner().tryGetAnnotationOfType(Path.class).map(Path::value).orElse("")
                        + "/" + method.tryGetAnnotationOfType(Path.class).map(Path::value).orElse("");
                String relative = path.replaceAll("^/+", "");
                return relative.equals("admin") || relative.startsWith("admin/") || relative.startsWith("api/admin/")
                        || relative.equals("api/admin");
            }
        };
    }

    private static ArchCondition<JavaMethod> requireAPermission() {
        return new ArchCondition<>("require a permission with @Requires") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!method.isAnnotatedWith(Requires.class) && !method.getOwner().isAnnotatedWith(Requires.class)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " is an admin endpoint without @Requires"));
                }
            }
        };
    }
}
