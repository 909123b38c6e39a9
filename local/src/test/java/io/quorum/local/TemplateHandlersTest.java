package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.quorum.functions.wiring.AwsQuorum;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** template.yaml and the functions module agree: every function has a handler, every handler a function. */
class TemplateHandlersTest {

    private static final String FUNCTIONS_PACKAGE = "io/quorum/functions/";
    private final SamTemplate template = SamTemplate.fromClasspath();

    @Test
    void everyFunctionNamesAnInstantiableRequestHandler() {
        for (FunctionSpec function : template.functions()) {
            Class<?> handler;
            try {
                handler = Class.forName(function.handlerClass(), false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new AssertionError(function.logicalId() + " names " + function.handlerClass() + ", which does not exist", e);
            }
            assertTrue(RequestHandler.class.isAssignableFrom(handler), handler + " does not implement RequestHandler");
            assertFalse(Modifier.isAbstract(handler.getModifiers()), handler + " is abstract");
            try {
                assertTrue(Modifier.isPublic(handler.getConstructor().getModifiers()));
            } catch (NoSuchMethodException e) {
                throw new AssertionError(handler + " has no public no-argument constructor", e);
            }
            assertEquals("handleRequest", function.handlerMethod(), function.logicalId());
        }
    }

    @Test
    void everyRequestHandlerOfTheFunctionsModuleIsNamedByExactlyOneFunction() throws IOException {
        Map<String, Long> namings = template.functions().stream()
                .collect(Collectors.groupingBy(FunctionSpec::handlerClass, Collectors.counting()));
        TreeSet<String> handlers = new TreeSet<>();
        for (String className : classesOfTheFunctionsModule()) {
            Class<?> type;
            try {
                type = Class.forName(className, false, getClass().getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new AssertionError("Cannot load " + className, e);
            }
            if (RequestHandler.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                handlers.add(className);
            }
        }
        assertFalse(handlers.isEmpty(), "no RequestHandler found next to " + AwsQuorum.class);
        for (String handler : handlers) {
            assertEquals(1L, namings.getOrDefault(handler, 0L), handler + " must be named by exactly one function in template.yaml");
        }
    }

    /** Classes under io.quorum.functions in the directory or jar that AwsQuorum was loaded from. */
    private static List<String> classesOfTheFunctionsModule() throws IOException {
        Path location;
        try {
            location = Path.of(AwsQuorum.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (Files.isDirectory(location)) {
            return classNames(location);
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return classNames(jar.getPath("/"));
        }
    }

    private static List<String> classNames(Path root) {
        Path packageDir = root.resolve(FUNCTIONS_PACKAGE);
        try (Stream<Path> files = Files.walk(packageDir)) {
            return files
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
