package io.quorum.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One part of a worker's answer together with its path ({@code answer.boxes[2].x2}), so that every
 * refusal names exactly what is wrong.
 */
record AnswerField(String path, JsonNode node) {

    static AnswerField root(JsonNode answer) {
        return new AnswerField("answer", answer);
    }

    AnswerField member(String name) {
        return new AnswerField(path + "." + name, node.get(name));
    }

    DomainException invalid(String problem) {
        return new DomainException(Failure.ANSWER_INVALID, path + " " + problem);
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
            elements.add(new AnswerField(path + "[" + i + "]", node.get(i)));
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
