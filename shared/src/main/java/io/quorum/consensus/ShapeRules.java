package io.quorum.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;

/** What shape consensus needs to know about one kind of shape: how to read, match, average and list it. */
interface ShapeRules<S> {

    List<S> read(AnswerReader reader, JsonNode answer);

    /**
     * How alike two shapes are, higher is more alike: matching pairs are joined from the most alike
     * down. Below {@link #minLikeness()} only that matters, so a cheap bound may stand in for the value.
     */
    double likeness(S a, S b);

    /** Two workers' shapes may be the same object when their likeness is at least this. */
    double minLikeness();

    /** The consensus shape of a cluster; members come in a fixed order (by task id). */
    S average(List<S> members);

    /** The order of shapes in a label, so that the same shapes always give the same label. */
    Comparator<S> labelOrder();

    ObjectNode label(List<S> shapes);
}
