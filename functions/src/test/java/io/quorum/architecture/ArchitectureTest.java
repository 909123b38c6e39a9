package io.quorum.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture's rules (ARCHITECTURE.md), checked on the compiled main classes of the shared and
 * functions modules: bounded contexts that know nothing of AWS, the API or Lambda; adapters that
 * implement ports and are wired only by composition roots; handlers that are short adapters.
 */
class ArchitectureTest {

    /** The bounded contexts: domain, use cases and the ports they own. */
    static final String[] CONTEXTS = Stream.of("engine", "consensus", "billing", "admin", "project", "workflow", "sample", "ingest",
            "auth", "worker").map(name -> "io.quorum." + name + "..").toArray(String[]::new);

    /** Each context's composition root, which a handler may take. */
    static final Set<String> CONTEXT_ROOTS = Set.of("io.quorum.engine.Engine", "io.quorum.project.Projects",
            "io.quorum.ingest.Ingestion", "io.quorum.admin.Admin");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.quorum");
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("io.quorum.(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void contextsImportNoAdapterApiSdkOrLambdaType() {
        noClasses().that().resideInAnyPackage(CONTEXTS)
                .should().dependOnClassesThat().resideInAnyPackage("io.quorum.aws..", "io.quorum.api..", "io.quorum.app..",
                        "io.quorum.functions..", "software.amazon..", "com.amazonaws..")
                .check(main);
    }

    @Test
    void consensusIsPureAlgorithms() {
        classes().that().resideInAPackage("io.quorum.consensus..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.quorum.consensus..", "io.quorum.workflow..",
                        "io.quorum.error..", "io.quorum.json..", "java..", "com.fasterxml.jackson..")
                .check(main);
    }

    @Test
    void everyStoreAndQueueAdapterImplementsAPortOfAContext() {
        classes().that().resideInAPackage("io.quorum.aws..").and().arePublic().and().areNotInterfaces()
                .and().haveNameMatching(".*\\.(Dynamo|Sqs|S3)\\w+(Store|Queue)$")
                .should(implementAPortOf(CONTEXTS))
                .check(main);
    }

    @Test
    void adaptersAreWiredOnlyByCompositionRoots() {
        classes().that().resideInAPackage("io.quorum.aws..")
                .should().onlyBeAccessed().byAnyPackage("io.quorum.aws..", "io.quorum.functions.wiring..")
                .check(main);
    }

    @Test
    void handlersDependOnlyOnTheApiAndTheCompositionRoots() {
        classes().that().resideInAPackage("io.quorum.functions..").and().haveSimpleNameEndingWith("Handler")
                .should().onlyDependOnClassesThat(DescribedPredicate.describe("the api, the composition roots, Lambda and the JDK",
                        (JavaClass target) -> target.getPackageName().startsWith("io.quorum.api")
                                || target.getPackageName().startsWith("io.quorum.app")
                                || target.getPackageName().startsWith("io.quorum.functions")
                                || target.getPackageName().startsWith("io.quorum.time")
                                || CONTEXT_ROOTS.contains(target.getName())
                                || target.getPackageName().startsWith("com.amazonaws.services.lambda.runtime")
                                || target.getPackageName().startsWith("org.slf4j")
                                || target.getPackageName().startsWith("java")))
                .check(main);
    }

    @Test
    void portsSpeakInDomainTypesNotJackson() {
        classes().that().resideInAnyPackage(CONTEXTS).and().areInterfaces()
                .and().haveNameMatching(".*(Store|Queue|Ports|Reads|Leases|Tallies|Entries|Pages|Completions|Counts|Dispatcher|Fetcher)$")
                .should(declareNoJacksonTypeInASignature())
                .check(main);
    }

    private static ArchCondition<JavaClass> implementAPortOf(String... contexts) {
        return new ArchCondition<>("implement an interface of a context") {
            @Override
            public void check(JavaClass adapter, ConditionEvents events) {
                boolean implementsPort = adapter.getAllRawInterfaces().stream()
                        .anyMatch(port -> Stream.of(contexts).map(c -> c.substring(0, c.length() - 2))
                                .anyMatch(context -> port.getPackageName().startsWith(context))
                                || port.getPackageName().equals("io.quorum.blob"));
                events.add(new SimpleConditionEvent(adapter, implementsPort, adapter.getName() + " implements no port"));
            }
        };
    }

    private static ArchCondition<JavaClass> declareNoJacksonTypeInASignature() {
        return new ArchCondition<>("declare no Jackson type in a method signature") {
            @Override
            public void check(JavaClass port, ConditionEvents events) {
                for (JavaMethod method : port.getMethods()) {
                    boolean jackson = Stream.concat(Stream.of(method.getRawReturnType()), method.getRawParameterTypes().stream())
                            .anyMatch(type -> type.getPackageName().startsWith("com.fasterxml.jackson"));
                    events.add(new SimpleConditionEvent(method, !jackson, method.getFullName() + " speaks Jackson"));
                }
            }
        };
    }
}
