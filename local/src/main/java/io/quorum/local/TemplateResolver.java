package io.quorum.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves template values the way CloudFormation would, against the local resources: a Ref to a
 * table gives its name, to a queue its URL, to a bucket its name, to a parameter its local value;
 * GetAtt gives the ARNs, queue names and URLs the emulators use.
 */
public final class TemplateResolver {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Map<String, String> PSEUDO_PARAMETERS = Map.of(
            "AWS::Region", LocalNames.REGION,
            "AWS::AccountId", LocalNames.ACCOUNT_ID,
            "AWS::Partition", "aws",
            "AWS::URLSuffix", "amazonaws.com",
            "AWS::StackName", LocalNames.STACK_NAME,
            "AWS::StackId", "arn:aws:cloudformation:" + LocalNames.REGION + ":" + LocalNames.ACCOUNT_ID
                    + ":stack/" + LocalNames.STACK_NAME + "/local");

    private final Map<String, TemplateParameter> parameters;
    private final List<FunctionSpec> functions;
    private final LocalResources resources;
    private final Map<String, String> parameterOverrides;

    /** @param parameterOverrides values for parameters, winning over their Default (AdminApiKey has none) */
    public TemplateResolver(SamTemplate template, LocalResources resources, Map<String, String> parameterOverrides) {
        this(template.parameters(), template.functions(), resources, parameterOverrides);
    }

    private TemplateResolver(
            Map<String, TemplateParameter> parameters,
            List<FunctionSpec> functions,
            LocalResources resources,
            Map<String, String> parameterOverrides) {
        this.parameters = parameters;
        this.functions = functions;
        this.resources = resources;
        this.parameterOverrides = Map.copyOf(parameterOverrides);
    }

    /** Resolves references to resources and pseudo parameters only (while the stack is being built). */
    static TemplateResolver resourcesOnly(LocalResources resources) {
        return new TemplateResolver(Map.of(), List.of(), resources, Map.of());
    }

    /**
     * Resolves pseudo parameters and parameter defaults only: what explicit resource names such
     * as a bucket's BucketName may use, since they are needed before any resource exists.
     */
    static TemplateResolver forResourceNames(SamTemplate template) {
        return new TemplateResolver(template.parameters(), List.of(), new LocalResources(Map.of(), Map.of(), Map.of()), Map.of());
    }

    public String resolve(TemplateValue value) {
        // Java 17 has no pattern matching for switch; the chain covers every permitted subtype.
        if (value instanceof TemplateValue.Literal literal) {
            return literal.value();
        }
        if (value instanceof TemplateValue.Ref ref) {
            return ref(ref.target());
        }
        if (value instanceof TemplateValue.GetAtt getAtt) {
            return getAtt(getAtt.resource(), getAtt.attribute());
        }
        if (value instanceof TemplateValue.Sub sub) {
            return sub(sub);
        }
        if (value instanceof TemplateValue.Join join) {
            return join.parts().stream().map(this::resolve).collect(Collectors.joining(join.delimiter()));
        }
        throw new IllegalStateException("The local stack cannot resolve "
                + ((TemplateValue.Unsupported) value).description());
    }

    /** One function's environment, resolved. */
    public Map<String, String> environmentOf(FunctionSpec function) {
        Map<String, String> resolved = new LinkedHashMap<>();
        function.environment().forEach((name, value) -> {
            try {
                resolved.put(name, resolve(value));
            } catch (IllegalStateException e) {
                throw new IllegalStateException(function.logicalId() + " environment variable " + name + ": " + e.getMessage(), e);
            }
        });
        return resolved;
    }

    /**
     * The union of every function's environment. All functions share one JVM (and so one set of
     * system properties) locally, so a variable that two functions set differently cannot be
     * honoured and is refused rather than silently giving one of them the wrong value.
     */
    public Map<String, String> combinedEnvironment() {
        Map<String, String> combined = new LinkedHashMap<>();
        Map<String, String> setBy = new LinkedHashMap<>();
        for (FunctionSpec function : functions) {
            environmentOf(function).forEach((name, value) -> {
                String previous = combined.putIfAbsent(name, value);
                if (previous == null) {
                    setBy.put(name, function.logicalId());
                } else if (!previous.equals(value)) {
                    throw new IllegalStateException("Environment variable " + name + " differs between "
                            + setBy.get(name) + " and " + function.logicalId()
                            + ": the local stack runs every function in one JVM and needs one value per variable");
                }
            });
        }
        return combined;
    }

    private String ref(String target) {
        String pseudo = PSEUDO_PARAMETERS.get(target);
        if (pseudo != null) {
            return pseudo;
        }
        if (parameters.containsKey(target)) {
            return parameter(parameters.get(target));
        }
        return firstPresent(target, resources.tables(), resources.queues(), resources.buckets())
                .orElseThrow(() -> new IllegalStateException(
                        "Ref " + target + " names no parameter, table, queue or bucket the local stack knows"));
    }

    private String parameter(TemplateParameter parameter) {
        String override = parameterOverrides.get(parameter.name());
        if (override != null) {
            return override;
        }
        return parameter.defaultValue().orElseThrow(() -> new IllegalStateException(
                "Parameter " + parameter.name() + " has no Default and no local value"));
    }

    private String getAtt(String resource, String attribute) {
        String table = resources.tables().get(resource);
        if (table != null && attribute.equals("Arn")) {
            return LocalNames.tableArn(table);
        }
        String queueUrl = resources.queues().get(resource);
        if (queueUrl != null) {
            String queueName = LocalNames.queueNameOfUrl(queueUrl);
            switch (attribute) {
                case "Arn" -> {
                    return LocalNames.queueArn(queueName);
                }
                case "QueueName" -> {
                    return queueName;
                }
                case "QueueUrl" -> {
                    return queueUrl;
                }
                default -> {
                    // falls through to the error below
                }
            }
        }
        String bucket = resources.buckets().get(resource);
        if (bucket != null && attribute.equals("Arn")) {
            return LocalNames.bucketArn(bucket);
        }
        throw new IllegalStateException("GetAtt " + resource + "." + attribute + " has no local equivalent");
    }

    private String sub(TemplateValue.Sub sub) {
        Matcher matcher = SUB_VARIABLE.matcher(sub.text());
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String expression = matcher.group(1);
            String replacement;
            if (expression.startsWith("!")) {
                replacement = "${" + expression.substring(1) + "}";
            } else if (sub.variables().containsKey(expression)) {
                replacement = resolve(sub.variables().get(expression));
            } else if (expression.contains(".") && !expression.startsWith("AWS::")) {
                int dot = expression.indexOf('.');
                replacement = getAtt(expression.substring(0, dot), expression.substring(dot + 1));
            } else {
                replacement = ref(expression);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    @SafeVarargs
    private static Optional<String> firstPresent(String key, Map<String, String>... maps) {
        for (Map<String, String> map : maps) {
            String value = map.get(key);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
