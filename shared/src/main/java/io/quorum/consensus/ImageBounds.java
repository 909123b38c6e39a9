package io.quorum.consensus;

import java.util.OptionalInt;

/**
 * The area coordinates must lie in: {@code [0, width] x [0, height]}, or only non-negative when a
 * side is unknown (the worker's coordinates cannot be checked against a size nobody measured).
 */
record ImageBounds(OptionalInt width, OptionalInt height) {

    /** Points and strokes match within this distance when the image size is unknown. */
    static final double FALLBACK_MATCH_DISTANCE = 10.0;
    /** Points and strokes match within this fraction of the image diagonal when the size is known. */
    static final double MATCH_DISTANCE_PER_DIAGONAL = 0.02;

    static ImageBounds of(AnswerContext context) {
        return new ImageBounds(context.imageWidth(), context.imageHeight());
    }

    double x(AnswerField field) {
        return within(field, width);
    }

    double y(AnswerField field) {
        return within(field, height);
    }

    double matchDistance() {
        if (width.isPresent() && height.isPresent()) {
            return MATCH_DISTANCE_PER_DIAGONAL * Math.hypot(width.getAsInt(), height.getAsInt());
        }
        return FALLBACK_MATCH_DISTANCE;
    }

    private static double within(AnswerField field, OptionalInt limit) {
        double value = field.finiteNumber();
        if (limit.isPresent() && (value < 0 || value > limit.getAsInt())) {
            throw field.invalid("must be within [0, " + limit.getAsInt() + "]");
        }
        if (value < 0) {
            throw field.invalid("must not be negative");
        }
        return value;
    }
}
