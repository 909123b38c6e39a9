package io.quorum.local;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every function of a template, by logical id, each instantiated on first use. */
public final class FunctionRegistry {

    private final Map<String, LambdaFunction> functions;

    public FunctionRegistry(SamTemplate template) {
        this(template, FunctionRegistry.class.getClassLoader());
    }

    public FunctionRegistry(SamTemplate template, ClassLoader classLoader) {
        Map<String, LambdaFunction> byId = new LinkedHashMap<>();
        template.functions().forEach(spec -> byId.put(spec.logicalId(), new LambdaFunction(spec, classLoader)));
        this.functions = UnmodifiableOrdered.copyOf(byId);
    }

    public Optional<LambdaFunction> find(String logicalId) {
        return Optional.ofNullable(functions.get(logicalId));
    }

    public LambdaFunction get(String logicalId) {
        return find(logicalId).orElseThrow(() -> new IllegalArgumentException(
                "No function " + logicalId + " in the template; known: " + String.join(", ", functions.keySet())));
    }
}
