package io.quorum.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One part of a worker's answer and where it sits ({@code answer.boxes[2].x2}), so that every
 * refusal names exactly what is wrong. The path is spelled out only for a refusal: an answer may
 * hold a hundred thousand coordinates.
 *
 * @param parent the enclosing part, null for the answer itself
 * @param name   the member name, or null for an array element
 * @param index  the array index when {@code name} is null
 */
record AnswerField(AnswerField parent, String name, int index, JsonNode node) {

    static AnswerField root(JsonNode answer) {
        return new AnswerField(null, "answer", 0, answer);
    }

    AnswerField member(String member) {
        return new AnswerField(this, member, 0, node.get(member));
    }

    private AnswerField element(int at) {
        return new AnswerField(this, null, at, node.get(at));
    }

    String path() {
        if (parent == null) {
            return name;
        }
        return parent.path() + (name != null ? "." + name : "[" + index + "]");
    }

    DomainException invalid(String problem) {
        return new DomainException(Failure.ANSWER_INVALID, path() + " " + problem);
    }

    /** Requires an object with exactly these members: none missing, none extra. */
    void requireObjectWith(String... names) {
        if (isAbsent()) {
            throw invalid("is required");
        }
        if (!node.isObject()) {
            throw invalid("must be an object");
        }
        List<String> expected = List.of(names);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!expected.contains(name)) {
                throw member(name).invalid("is not allowed");
            }
        }
        for (String name : names) {
            if (!node.has(name)) {
                throw member(name).invalid("is required");
            }
        }
    }

    /** The elements of an array of at most {@code max} elements. */
    List<AnswerField> elements(int max, String what) {
        if (isAbsent()) {
            throw invalid("is required");
        }
        if (!node.isArray()) {
            throw invalid("must be an array");
        }
        if (node.size() > max) {
            throw invalid("must have at most " + max + " " + what);
        }
        List<AnswerField> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(element(i));
        }
        return elements;
    }

    String text() {
        if (isAbsent()) {
            throw invalid("is required");
        }
        if (!node.isTextual()) {
            throw invalid("must be a string");
        }
        return node.textValue();
    }

    /** A finite number; {@code -0.0} becomes {@code 0.0} so that canonical answers compare equal. */
    double finiteNumber() {
        if (isAbsent()) {
            throw invalid("is required");
        }
        if (!node.isNumber()) {
            throw invalid("must be a number");
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw invalid("must be a finite number");
        }
        return value + 0.0;
    }

    private boolean isAbsent() {
        return node == null || node.isMissingNode() || node.isNull();
    }
}
