package io.quorum.local;

import com.amazonaws.services.lambda.runtime.Context;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * One function of the template, ready to be invoked in this JVM: its handler class is
 * instantiated once, on first use, through its public no-argument constructor, as the Lambda
 * runtime does on a cold start.
 *
 * <p>Unlike Lambda, which gives each concurrent request its own container, the local stack calls
 * the one instance from several threads at once; handlers are stateless adapters, so this holds.
 */
public final class LambdaFunction {

    private final FunctionSpec spec;
    private final ClassLoader classLoader;
    private volatile Loaded loaded;

    private record Loaded(Object handler, Method method) {
    }

    public LambdaFunction(FunctionSpec spec, ClassLoader classLoader) {
        this.spec = spec;
        this.classLoader = classLoader;
    }

    public FunctionSpec spec() {
        return spec;
    }

    /** The declared type of the handler method's event parameter, for deserialising events. */
    public Type inputType() {
        return handlerMethod(handlerClass()).getGenericParameterTypes()[0];
    }

    /**
     * Calls the handler.
     *
     * @throws HandlerFailure when the handler (or its constructor) throws; the cause is the original
     */
    public Object invoke(Object event, Context context) throws HandlerFailure {
        Loaded ready = load();
        try {
            return ready.method().getParameterCount() == 2
                    ? ready.method().invoke(ready.handler(), event, context)
                    : ready.method().invoke(ready.handler(), event);
        } catch (InvocationTargetException e) {
            throw new HandlerFailure(spec.logicalId(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new HandlerFailure(spec.logicalId(), e);
        }
    }

    /** A handler threw; like Lambda's "Unhandled" error, with the handler's exception as cause. */
    public static final class HandlerFailure extends Exception {
        private static final long serialVersionUID = 1L;

        HandlerFailure(String functionLogicalId, Throwable cause) {
            super(functionLogicalId + " failed: " + cause, cause);
        }
    }

    private Loaded load() throws HandlerFailure {
        Loaded ready = loaded;
        if (ready == null) {
            synchronized (this) {
                ready = loaded;
                if (ready == null) {
                    ready = instantiate();
                    loaded = ready;
                }
            }
        }
        return ready;
    }

    private Loaded instantiate() throws HandlerFailure {
        Class<?> type = handlerClass();
        Method method = handlerMethod(type);
        try {
            Object handler = type.getConstructor().newInstance();
            return new Loaded(handler, method);
        } catch (InvocationTargetException e) {
            // A constructor that fails (a missing environment variable, say) fails the invocation,
            // and the next request tries again, as a new Lambda container would.
            throw new HandlerFailure(spec.logicalId(), e.getCause());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(spec.handlerClass() + " has no public no-argument constructor", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot instantiate " + spec.handlerClass(), e);
        }
    }

    private Class<?> handlerClass() {
        try {
            return Class.forName(spec.handlerClass(), false, classLoader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(spec.logicalId() + " names handler class " + spec.handlerClass()
                    + ", which is not on the classpath", e);
        }
    }

    /**
     * The public method the Handler names, taking (event, Context) or (event). Generic
     * interfaces add a bridge method taking Object; the declared, more specific one is preferred.
     */
    private Method handlerMethod(Class<?> type) {
        Optional<Method> method = Arrays.stream(type.getMethods())
                .filter(candidate -> candidate.getName().equals(spec.handlerMethod()))
                .filter(candidate -> !Modifier.isStatic(candidate.getModifiers()))
                .filter(LambdaFunction::hasHandlerSignature)
                .min(Comparator.comparing(Method::isBridge).thenComparing(Method::getParameterCount, Comparator.reverseOrder()));
        return method.orElseThrow(() -> new IllegalStateException(
                spec.handlerClass() + " has no public " + spec.handlerMethod() + "(event, Context) method"));
    }

    private static boolean hasHandlerSignature(Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        return parameters.length == 1 || parameters.length == 2 && parameters[1] == Context.class;
    }
}
