package io.quorum.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Invokes functions on behalf of the event sources, each call with its own {@link LocalContext},
 * and counts the invocations under way so that {@link EventSources#awaitIdle} can tell when the
 * stack has gone quiet.
 */
final class EventInvoker {

    private final FunctionRegistry functions;
    private final Map<String, Integer> running = new ConcurrentHashMap<>();

    EventInvoker(FunctionRegistry functions) {
        this.functions = functions;
    }

    /**
     * Calls the function with the event object itself when its handler accepts that type, as the
     * Lambda runtime's result would be; otherwise with the event converted through JSON.
     *
     * @throws LambdaFunction.HandlerFailure when the handler throws, cannot be loaded or cannot take the event
     */
    Object invoke(String functionId, Object event) throws LambdaFunction.HandlerFailure {
        LambdaFunction function = functions.get(functionId);
        running.merge(functionId, 1, Integer::sum);
        try {
            Object input = adapt(event, function.inputType());
            return function.invoke(input, new LocalContext(UUID.randomUUID().toString(), function.spec()));
        } catch (IOException | RuntimeException e) {
            throw new LambdaFunction.HandlerFailure(functionId, e);
        } finally {
            running.computeIfPresent(functionId, (id, count) -> count == 1 ? null : count - 1);
        }
    }

    /** Function id to the number of its invocations under way; empty when nothing runs. */
    Map<String, Integer> running() {
        return Map.copyOf(running);
    }

    private static Object adapt(Object event, Type inputType) throws IOException {
        if (event instanceof JsonNode json) {
            return EventJson.read(json, inputType);
        }
        if (rawClass(inputType).isInstance(event)) {
            return event;
        }
        return EventJson.read(EventJson.MAPPER.valueToTree(event), inputType);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        return Object.class;
    }
}
