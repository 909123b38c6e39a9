package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The deployable jar that every function's CodeUri names: it holds every handler, stays small, and
 * carries no Apache or Netty HTTP client (the SDK must use url-connection). It exists once the
 * functions module is packaged, which {@code mvn verify} does before this module's tests run.
 */
class FunctionsJarTest {

    private static final Path JAR = Path.of("..", "functions", "target", "quorum-functions.jar");
    /** The S3 client's model classes alone weigh 9.5 MB uncompressed; Lambda allows 50 MB zipped. */
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    @Test
    void deployableJarHoldsEveryHandlerAndNoHeavyHttpClient() throws IOException {
        assumeTrue(Files.isRegularFile(JAR), "run mvn verify (or package) so that the functions jar exists");
        assertTrue(Files.size(JAR) < MAX_BYTES, "functions jar is " + Files.size(JAR) + " bytes");
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Set<String> entries = jar.stream().map(entry -> entry.getName()).collect(Collectors.toSet());
            List<String> heavy = entries.stream()
                    .filter(name -> name.startsWith("org/apache/http/") || name.startsWith("org/apache/hc/")
                            || name.startsWith("io/netty/") || name.startsWith("software/amazon/awssdk/http/apache")
                            || name.startsWith("software/amazon/awssdk/http/nio/netty"))
                    .toList();
            assertEquals(List.of(), heavy);
            assertTrue(entries.contains("software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class"));
            for (FunctionSpec function : SamTemplate.fromClasspath().functions()) {
                String handler = function.handlerClass().replace('.', '/') + ".class";
                assertTrue(entries.contains(handler), function.logicalId() + ": " + handler + " is not in the jar");
            }
            assertTrue(entries.contains("META-INF/services/org.slf4j.spi.SLF4JServiceProvider"), "JSON logging provider");
        }
    }
}
