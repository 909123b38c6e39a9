package io.quorum.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.error.DomainException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Decides a label from workers' answers.
 *
 * <p>The decision is pure and deterministic: answers are put in task-id order first, so the same
 * answers in any order give the same outcome. {@code n} is the number of answers; every label
 * lists the task ids of all {@code n} answers (sorted). Rules by task type:
 * <ul>
 *   <li><b>single_choice</b>: the top option is decided when its count is more than
 *       {@code repetition / 2} and more than any other option's; confidence = count / n. Otherwise,
 *       while {@code n < maxRepetition}, {@link Outcome.NeedMore} asks for the fewest extra answers
 *       that could give the leading option such a majority (at least 1, at most
 *       {@code maxRepetition - n}). At {@code maxRepetition} the plurality decides (a tie goes to
 *       the option listed first), flagged low-confidence.</li>
 *   <li><b>multiple_choice</b>: an option is chosen when more than n / 2 answers chose it. An option
 *       chosen by exactly half asks for one more answer while {@code n < maxRepetition}; at the
 *       maximum it is not chosen and the label is flagged low-confidence. Confidence = mean over
 *       the options of max(yes, no) / n (1 when there are no options).</li>
 *   <li><b>rectangle_frame_select, cube_circle, free_point, stroke</b>: the shapes of all answers are
 *       clustered (see {@link ShapeClustering}), each answer contributing at most one shape per
 *       cluster. Shapes match when: boxes have IoU &gt;= 0.5; cuboids have a mean of front-face
 *       and back-face IoU &gt;= 0.5; points are within the match distance; strokes, resampled to
 *       32 points evenly spaced along their length, have a mean pointwise distance (in the better
 *       of the two directions) within the match distance. The match distance is 2% of the image
 *       diagonal when the image size is known, else 10 pixels. A cluster drawn by more than n / 2
 *       answers is kept and averaged (coordinates, each face of a cuboid, or strokes pointwise after
 *       turning each to the direction of the cluster's first stroke in task-id order); a cluster drawn by exactly half asks for one more answer while
 *       {@code n < maxRepetition}, and at the maximum is dropped with the label flagged
 *       low-confidence. Shapes are listed by (y1, x1) for boxes and cuboid front faces, by (y, x)
 *       for points and for the first point of strokes. Confidence = mean support / n of the kept
 *       clusters times kept clusters / all clusters; when no cluster is kept, the mean over the
 *       clusters of the share of answers that did not draw it; 1 when no answer drew anything.</li>
 * </ul>
 */
public final class Consensus {

    private Consensus() {
    }

    /**
     * @param answers       every answer so far for one (sample, node), each counted once; at least {@code repetition}
     * @param repetition    how many answers were asked for at first
     * @param maxRepetition how many answers may be asked for in all
     * @throws IllegalArgumentException when there are fewer answers than {@code repetition}, two answers
     *                                  share a task id, or an answer does not fit the task
     */
    public static Outcome decide(AnswerContext context, List<WorkerAnswer> answers, int repetition, int maxRepetition) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(answers, "answers");
        if (repetition < 1 || maxRepetition < repetition) {
            throw new IllegalArgumentException("need 1 <= repetition <= maxRepetition, got " + repetition + " and " + maxRepetition);
        }
        if (answers.size() < repetition) {
            throw new IllegalArgumentException("need at least " + repetition + " answers to decide, got " + answers.size());
        }
        List<WorkerAnswer> ordered = new ArrayList<>(answers);
        ordered.sort(Comparator.comparing(WorkerAnswer::taskId));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).taskId().equals(ordered.get(i - 1).taskId())) {
                throw new IllegalArgumentException("answer for task " + ordered.get(i).taskId() + " is counted twice");
            }
        }
        List<String> taskIds = ordered.stream().map(WorkerAnswer::taskId).toList();
        AnswerReader reader = new AnswerReader(context);
        double matchDistance = ImageBounds.of(context).matchDistance();
        return switch (context.taskType()) {
            case SINGLE_CHOICE -> ChoiceConsensus.single(context.options(), read(ordered, reader::choice),
                    repetition, maxRepetition, taskIds);
            case MULTIPLE_CHOICE -> ChoiceConsensus.multiple(context.options(), read(ordered, reader::choices),
                    maxRepetition, taskIds);
            case RECTANGLE_FRAME_SELECT -> shapes(new BoxRules(), ordered, reader, maxRepetition, taskIds);
            case CUBE_CIRCLE -> shapes(new CuboidRules(), ordered, reader, maxRepetition, taskIds);
            case FREE_POINT -> shapes(new PointRules(matchDistance), ordered, reader, maxRepetition, taskIds);
            case STROKE -> shapes(new StrokeRules(matchDistance), ordered, reader, maxRepetition, taskIds);
        };
    }

    private static <S> Outcome shapes(ShapeRules<S> rules, List<WorkerAnswer> ordered, AnswerReader reader,
            int maxRepetition, List<String> taskIds) {
        return ShapeConsensus.decide(rules, read(ordered, answer -> rules.read(reader, answer)), maxRepetition, taskIds);
    }

    /** Reads every answer again: the answers are canonical, but a decision must never rest on one that does not fit. */
    private static <T> List<T> read(List<WorkerAnswer> ordered, Function<JsonNode, T> reader) {
        List<T> values = new ArrayList<>(ordered.size());
        for (WorkerAnswer answer : ordered) {
            try {
                values.add(reader.apply(answer.answer()));
            } catch (DomainException e) {
                throw new IllegalArgumentException("answer of task " + answer.taskId() + " does not fit the task: " + e.detail(), e);
            }
        }
        return values;
    }
}
