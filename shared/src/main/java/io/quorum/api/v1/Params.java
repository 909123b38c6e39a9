package io.quorum.api.v1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.error.DomainException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Strict reader of a request's {@code params} object. Every read names its field; a missing,
 * wrong-typed or (after {@link #finish()}) unread field is refused with code 2 and the field's
 * path, before any use case runs.
 */
public final class Params {

    private final ObjectNode node;
    private final String path;
    private final Set<String> read = new LinkedHashSet<>();

    Params(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    public static Params of(ObjectNode node) {
        return of(node, "params");
    }

    /** A reader whose errors name fields under {@code path}, e.g. {@code body.email}. */
    public static Params of(ObjectNode node, String path) {
        return new Params(node, path);
    }

    public String requiredString(String name) {
        return optionalString(name).orElseThrow(() -> missing(name));
    }

    public Optional<String> optionalString(String name) {
        JsonNode value = take(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw wrongType(name, "a string");
        }
        return Optional.of(value.textValue());
    }

    public Optional<Long> optionalLong(String name) {
        JsonNode value = take(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Optional.of(value.longValue());
        }
        if (value.isTextual() && value.textValue().matches("-?[0-9]{1,18}")) {
            return Optional.of(Long.parseLong(value.textValue()));
        }
        throw wrongType(name, "an integer");
    }

    /** A JSON integer (not a string, not a fraction) from {@code min} to {@code max}. */
    public Optional<Integer> optionalInt(String name, int min, int max) {
        JsonNode value = take(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw wrongType(name, "an integer from " + min + " to " + max);
        }
        return Optional.of(value.intValue());
    }

    /** An object, handed on whole to a reader of its own (e.g. a workflow, whose problems are listed together). */
    public ObjectNode requiredObject(String name) {
        JsonNode value = take(name);
        if (value == null) {
            throw missing(name);
        }
        if (!value.isObject()) {
            throw wrongType(name, "an object");
        }
        return (ObjectNode) value;
    }

    public List<String> requiredStringList(String name) {
        return optionalStringList(name).orElseThrow(() -> missing(name));
    }

    public Optional<List<String>> optionalStringList(String name) {
        JsonNode value = take(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw wrongType(name, "an array of strings");
        }
        List<String> strings = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isTextual()) {
                throw DomainException.invalidParameter(field(name) + "[" + i + "] must be a string");
            }
            strings.add(element.textValue());
        }
        return Optional.of(strings);
    }

    /** An array of objects, each read by its own strict reader; the caller finishes each one. */
    public Optional<List<Params>> optionalObjectList(String name) {
        JsonNode value = take(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw wrongType(name, "an array of objects");
        }
        List<Params> objects = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isObject()) {
                throw DomainException.invalidParameter(field(name) + "[" + i + "] must be an object");
            }
            objects.add(new Params((ObjectNode) element, field(name) + "[" + i + "]"));
        }
        return Optional.of(objects);
    }

    /** Any JSON value (an object, array, string...), for fields whose shape a use case checks itself. */
    public JsonNode requiredJson(String name) {
        JsonNode value = take(name);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    /** Refuses any field that no read asked for, so a misspelt parameter is never silently ignored. */
    public void finish() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                throw DomainException.invalidParameter(field(name) + " is not a known parameter");
            }
        }
    }

    /** Explicit JSON null counts as absent: clients that serialise unset fields as null keep working. */
    private JsonNode take(String name) {
        read.add(name);
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    public String field(String name) {
        return path + "." + name;
    }

    private DomainException missing(String name) {
        return DomainException.invalidParameter(field(name) + " is required");
    }

    private DomainException wrongType(String name, String expected) {
        return DomainException.invalidParameter(field(name) + " must be " + expected);
    }
}
