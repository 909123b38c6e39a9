package io.quorum.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;

/** What shape consensus needs to know about one kind of shape: how to read, match, average and list it. */
interface ShapeRules<S> {

    List<S> read(AnswerReader reader, JsonNode answer);

    /** Whether two workers' shapes may be the same object. */
    boolean matches(S a, S b);

    /** How alike two shapes are, higher is more alike: matching pairs are joined from the most alike down. */
    double likeness(S a, S b);

    /** The consensus shape of a cluster; members come in a fixed order (by task id). */
    S average(List<S> members);

    /** The order of shapes in a label, so that the same shapes always give the same label. */
    Comparator<S> labelOrder();

    ObjectNode label(List<S> shapes);
}
