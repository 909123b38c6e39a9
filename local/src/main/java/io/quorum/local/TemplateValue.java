package io.quorum.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A property value of template.yaml: either a literal or a CloudFormation intrinsic function.
 *
 * <p>Kept as a closed set of shapes so that a literal which merely looks like a logical id (say
 * an environment variable whose value is {@code AccountsTable}) can never be mistaken for a
 * {@code !Ref AccountsTable}.
 */
public sealed interface TemplateValue {

    /** A scalar written as-is in the template (strings, numbers and booleans, as text). */
    record Literal(String value) implements TemplateValue {
        public Literal {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code !Ref Name}: a parameter, a pseudo parameter ({@code AWS::Region}) or a resource. */
    record Ref(String target) implements TemplateValue {
        public Ref {
            Objects.requireNonNull(target, "target");
        }
    }

    /** {@code !GetAtt Resource.Attribute}. */
    record GetAtt(String resource, String attribute) implements TemplateValue {
        public GetAtt {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(attribute, "attribute");
        }
    }

    /** {@code !Sub 'text with ${Name} and ${Res.Attr}'}, optionally with its own variable map. */
    record Sub(String text, Map<String, TemplateValue> variables) implements TemplateValue {
        public Sub {
            Objects.requireNonNull(text, "text");
            variables = Map.copyOf(variables);
        }
    }

    /** {@code !Join [delimiter, [parts]]}. */
    record Join(String delimiter, List<TemplateValue> parts) implements TemplateValue {
        public Join {
            Objects.requireNonNull(delimiter, "delimiter");
            parts = List.copyOf(parts);
        }
    }

    /**
     * Any other intrinsic ({@code Fn::If}, {@code Fn::Select}...) or a structured value. Parsing
     * keeps it so that the template loads; resolving it fails with a message that names it.
     */
    record Unsupported(String description) implements TemplateValue {
    }

    /** Reads a value in canonical CloudFormation JSON form (short-form tags already expanded). */
    static TemplateValue of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new Literal("");
        }
        if (node.isValueNode()) {
            return new Literal(node.asText());
        }
        if (node.isObject() && node.size() == 1) {
            String function = node.fieldNames().next();
            JsonNode argument = node.get(function);
            return switch (function) {
                case "Ref" -> new Ref(argument.asText());
                case "Fn::GetAtt" -> getAtt(argument);
                case "Fn::Sub" -> sub(argument);
                case "Fn::Join" -> join(argument);
                default -> new Unsupported(function + " " + argument);
            };
        }
        return new Unsupported(node.toString());
    }

    private static TemplateValue getAtt(JsonNode argument) {
        if (argument.isTextual()) {
            String text = argument.asText();
            int dot = text.indexOf('.');
            if (dot > 0 && dot < text.length() - 1) {
                return new GetAtt(text.substring(0, dot), text.substring(dot + 1));
            }
        } else if (argument.isArray() && argument.size() == 2 && argument.get(0).isTextual() && argument.get(1).isTextual()) {
            return new GetAtt(argument.get(0).asText(), argument.get(1).asText());
        }
        return new Unsupported("Fn::GetAtt " + argument);
    }

    private static TemplateValue sub(JsonNode argument) {
        if (argument.isTextual()) {
            return new Sub(argument.asText(), Map.of());
        }
        if (argument.isArray() && argument.size() == 2 && argument.get(0).isTextual() && argument.get(1).isObject()) {
            Map<String, TemplateValue> variables = new LinkedHashMap<>();
            argument.get(1).properties().forEach(field -> variables.put(field.getKey(), of(field.getValue())));
            return new Sub(argument.get(0).asText(), variables);
        }
        return new Unsupported("Fn::Sub " + argument);
    }

    private static TemplateValue join(JsonNode argument) {
        if (argument.isArray() && argument.size() == 2 && argument.get(0).isTextual() && argument.get(1).isArray()) {
            List<TemplateValue> parts = new ArrayList<>();
            argument.get(1).forEach(part -> parts.add(of(part)));
            return new Join(argument.get(0).asText(), parts);
        }
        return new Unsupported("Fn::Join " + argument);
    }
}
