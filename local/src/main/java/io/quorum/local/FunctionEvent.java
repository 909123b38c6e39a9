package io.quorum.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a function's {@code Events}, of any type (Api, SQS, S3, Schedule...). Properties
 * are kept in canonical CloudFormation JSON form so that new event sources can be read later
 * without touching the parser: {@code property("Queue")} yields a {@link TemplateValue}.
 */
public record FunctionEvent(String name, String type, JsonNode properties) {

    public FunctionEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        properties = properties == null ? MissingNode.getInstance() : properties.deepCopy();
    }

    @Override
    public JsonNode properties() {
        return properties.deepCopy();
    }

    public TemplateValue property(String propertyName) {
        return TemplateValue.of(properties.get(propertyName));
    }

    /** The property's text when it is present and a literal; empty when absent or an intrinsic. */
    public Optional<String> literal(String propertyName) {
        JsonNode value = properties.get(propertyName);
        return value != null && value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** A nested property ({@code Filter.S3Key.Rules}, say), missing when any step is absent. */
    public JsonNode path(String... names) {
        JsonNode node = properties;
        for (String name : names) {
            node = node.path(name);
        }
        return node.deepCopy();
    }

    /** @throws IllegalArgumentException when present but not a literal integer, naming where */
    public Optional<Integer> integer(String functionId, String propertyName) {
        Optional<String> text = literalOrFail(functionId, propertyName);
        if (text.isPresent() && !text.get().matches("[0-9]{1,9}")) {
            throw invalid(functionId, propertyName, "a literal integer", text.get());
        }
        return text.map(Integer::valueOf);
    }

    /** @throws IllegalArgumentException when present but not a literal true or false */
    public Optional<Boolean> bool(String functionId, String propertyName) {
        Optional<String> text = literalOrFail(functionId, propertyName);
        if (text.isPresent() && !text.get().equalsIgnoreCase("true") && !text.get().equalsIgnoreCase("false")) {
            throw invalid(functionId, propertyName, "true or false", text.get());
        }
        return text.map(Boolean::valueOf);
    }

    /** A property written as one string or as a list of strings; empty when absent. */
    public List<String> strings(String functionId, String propertyName) {
        JsonNode value = properties.get(propertyName);
        List<String> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (value.isValueNode()) {
            result.add(value.asText());
            return result;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isValueNode()) {
                    throw invalid(functionId, propertyName, "literal strings", item.toString());
                }
                result.add(item.asText());
            }
            return result;
        }
        throw invalid(functionId, propertyName, "a string or a list of strings", value.toString());
    }

    /** An event property whose value must be known when the local stack starts. */
    private Optional<String> literalOrFail(String functionId, String propertyName) {
        JsonNode value = properties.get(propertyName);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            throw invalid(functionId, propertyName, "a literal", value.toString());
        }
        return Optional.of(value.asText());
    }

    IllegalArgumentException invalid(String functionId, String propertyName, String expected, String actual) {
        return new IllegalArgumentException(functionId + ".Events." + name + " (" + type + ") " + propertyName
                + " must be " + expected + " locally, not " + actual);
    }
}
