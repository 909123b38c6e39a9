package io.quorum.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
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
}
