package io.quorum.local;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs the test class against the local stack: DynamoDB Local, ElasticMQ and S3Proxy in memory,
 * the API Gateway emulator on a free port, the demo account seeded.
 *
 * <pre>{@code
 * @ExtendWith(LocalStackExtension.class)       // or @WithLocalStack
 * class SomethingIT {
 *     @Test
 *     void works(LocalStack stack) {           // injected, or LocalStackExtension.stack()
 *         HttpResponse<String> response = http.send(
 *                 HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/api/v1/projects"))...);
 *         stack.dynamo().getItem(r -> r.tableName(stack.table("ProjectsTable"))...);
 *     }
 * }
 * }</pre>
 *
 * <p>The stack starts once per test JVM, the first time a class with this extension runs (about
 * three seconds), lives in the root store and stops when the run ends. It also sets the JVM-wide
 * properties that make {@code io.quorum.functions.Wiring} and handler constructors use the
 * emulators, so tests may call handlers directly too.
 */
public final class LocalStackExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStackExtension.class);
    private static volatile LocalStack running;

    @Override
    public void beforeAll(ExtensionContext context) {
        stackFor(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stackFor(context);
    }

    /**
     * The running stack, for code that has no ExtensionContext at hand (helpers, field
     * initialisers). Fails when no test class with this extension has started yet.
     */
    public static LocalStack stack() {
        LocalStack stack = running;
        if (stack == null) {
            throw new IllegalStateException("The local stack is not running: annotate the test class with "
                    + "@ExtendWith(LocalStackExtension.class) or @WithLocalStack");
        }
        return stack;
    }

    private static LocalStack stackFor(ExtensionContext context) {
        // The root store is shared by every class of the run and closes its AutoCloseable values at the end.
        LocalStack stack = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(LocalStack.class, key -> LocalStack.start(), LocalStack.class);
        running = stack;
        return stack;
    }
}
