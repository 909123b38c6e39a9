package io.quorum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The design's rule: the domain and the use cases import no AWS type; only the adapters in
 * {@code io.quorum.store} do.
 */
class DomainPurityTest {

    private static final String ADAPTER_PACKAGE = "io.quorum.store";
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern AWS_IMPORT = Pattern.compile(
            "^\\s*import\\s+(?:static\\s+)?((?:software\\.amazon|com\\.amazonaws)\\.[\\w.*]+)\\s*;", Pattern.MULTILINE);
    /** A fully qualified AWS name used in code without an import. */
    private static final Pattern AWS_QUALIFIED = Pattern.compile("(?<![\\w.])(?:software\\.amazon|com\\.amazonaws)\\.\\w+");

    private static Path sourceRoot;
    private static Map<Path, String> sources;

    @BeforeAll
    static void readSources() {
        sourceRoot = locateMainSources();
        sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                sources.put(file, Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** shared/src/main/java, from the module directory (Maven's working directory) or the repository root. */
    private static Path locateMainSources() {
        Path here = Paths.get("").toAbsolutePath();
        List<Path> candidates = new ArrayList<>();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("src/main/java"));
            candidates.add(dir.resolve("shared/src/main/java"));
        }
        return candidates.stream()
                .filter(candidate -> Files.isDirectory(candidate.resolve("io/quorum/store")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("cannot find shared/src/main/java from " + here + "; tried " + candidates));
    }

    private static String packageOf(Path file, String source) {
        Matcher matcher = PACKAGE.matcher(source);
        if (!matcher.find()) {
            throw new AssertionError(file + " declares no package");
        }
        return matcher.group(1);
    }

    private static boolean isAdapter(String pkg) {
        return pkg.equals(ADAPTER_PACKAGE) || pkg.startsWith(ADAPTER_PACKAGE + ".");
    }

    /** The source without comments and string literals, so that only code is searched for qualified names. */
    private static String codeOnly(String source) {
        return source
                .replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("//[^\\n]*", " ")
                .replaceAll("\"(?:\\\\.|[^\"\\\\\\n])*\"", "\"\"");
    }

    @Test
    void scansASensibleNumberOfSourceFiles() {
        assertTrue(sources.size() >= 40, "scanned only " + sources.size() + " files under " + sourceRoot);
        long domainFiles = sources.entrySet().stream().filter(e -> !isAdapter(packageOf(e.getKey(), e.getValue()))).count();
        assertTrue(domainFiles >= 30, "scanned only " + domainFiles + " domain files under " + sourceRoot);
        for (String pkg : List.of("io.quorum.project", "io.quorum.sample", "io.quorum.auth", "io.quorum.api.v1")) {
            assertTrue(sources.entrySet().stream().anyMatch(e -> packageOf(e.getKey(), e.getValue()).equals(pkg)),
                    "no source of " + pkg + " under " + sourceRoot);
        }
    }

    @Test
    void nothingOutsideTheStorePackageImportsTheAwsSdk() {
        List<String> violations = new ArrayList<>();
        sources.forEach((file, source) -> {
            if (isAdapter(packageOf(file, source))) {
                return;
            }
            Matcher imports = AWS_IMPORT.matcher(source);
            while (imports.find()) {
                violations.add(sourceRoot.relativize(file) + " imports " + imports.group(1));
            }
            Matcher qualified = AWS_QUALIFIED.matcher(codeOnly(source).replaceAll("(?m)^\\s*import\\s[^;]*;", ""));
            while (qualified.find()) {
                violations.add(sourceRoot.relativize(file) + " uses " + qualified.group());
            }
        });
        assertEquals(List.of(), violations, "the domain and use cases must depend on ports, not on AWS types");
    }

    @Test
    void theStorePackageDoesImportTheSdkSoTheScannerSeesImports() {
        long adaptersWithSdk = sources.entrySet().stream()
                .filter(e -> isAdapter(packageOf(e.getKey(), e.getValue())))
                .filter(e -> AWS_IMPORT.matcher(e.getValue()).find())
                .count();
        assertTrue(adaptersWithSdk >= 3, "expected the DynamoDB and SQS adapters to import the SDK; found " + adaptersWithSdk);
    }

    @Test
    void scannerRecognisesEveryFormOfAwsReference() {
        assertTrue(AWS_IMPORT.matcher("import software.amazon.awssdk.services.sqs.SqsClient;").find());
        assertTrue(AWS_IMPORT.matcher("package x;\n  import static com.amazonaws.services.lambda.Foo.bar;").find());
        assertTrue(AWS_IMPORT.matcher("import software.amazon.awssdk.services.dynamodb.model.*;").find());
        assertFalse(AWS_IMPORT.matcher("import io.quorum.store.software.amazon.Fake;").find());
        assertTrue(AWS_QUALIFIED.matcher(codeOnly("Object c = software.amazon.awssdk.core.SdkBytes.fromUtf8String(\"\");")).find());
        assertFalse(AWS_QUALIFIED.matcher(codeOnly("// see software.amazon.awssdk for details")).find());
        assertFalse(AWS_QUALIFIED.matcher(codeOnly("/** uses com.amazonaws.x */ String s = \"software.amazon.y\";")).find());
    }
}
