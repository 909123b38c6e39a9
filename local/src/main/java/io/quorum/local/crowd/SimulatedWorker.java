package io.quorum.local.crowd;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Answers micro-tasks the way a worker of the given {@link WorkerProfile} would: from the image's
 * truth when it could be read, with that worker's mistakes; a random valid answer otherwise.
 * Every answer has the shape the worker API contract gives for its task type. Not thread-safe:
 * one instance per worker thread.
 */
public final class SimulatedWorker {

    /** How far (in pixels, right and down) the far face of a cuboid sits from its near face. */
    private static final int CUBOID_DEPTH = 4;

    private final WorkerProfile profile;
    private final RandomGenerator random;

    public SimulatedWorker(WorkerProfile profile, RandomGenerator random) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.random = Objects.requireNonNull(random, "random");
    }

    public WorkerProfile profile() {
        return profile;
    }

    /**
     * The answer to submit, or empty when this worker cannot answer the task at all (an unknown
     * task type, a choice without options, a shape task on a resource of unknown size).
     */
    public Optional<ObjectNode> answer(ClaimedTask task, Optional<GroundTruth> truth, Optional<ImageSize> size) {
        return switch (task.taskType()) {
            case "single_choice" -> task.options().isEmpty() ? Optional.empty() : Optional.of(singleChoice(task.options(), truth));
            case "multiple_choice" -> Optional.of(multipleChoice(task.options(), truth));
            case "rectangle_frame_select", "free_point", "stroke", "cube_circle" -> size.map(s -> shapes(task.taskType(), targets(truth, s), s));
            default -> Optional.empty();
        };
    }

    /** How long to think before submitting, drawn around the profile's mean. */
    public long thinkMillis() {
        long mean = profile.thinkMillis();
        if (mean == 0) {
            return 0;
        }
        return switch (profile.thinkJitter()) {
            case EXPONENTIAL -> Math.round(-mean * Math.log(1 - random.nextDouble()));
            case UNIFORM -> random.nextLong(2 * mean + 1);
        };
    }

    private ObjectNode singleChoice(List<String> options, Optional<GroundTruth> truth) {
        Optional<Integer> right = truth.flatMap(t -> t.className(options)).map(options::indexOf);
        int chosen;
        if (right.isEmpty()) {
            chosen = random.nextInt(options.size());
        } else if (options.size() == 1 || random.nextDouble() < profile.accuracy()) {
            chosen = right.get();
        } else {
            // A uniformly chosen wrong option: skip over the right one.
            chosen = random.nextInt(options.size() - 1);
            if (chosen >= right.get()) {
                chosen++;
            }
        }
        ObjectNode answer = Json.object();
        answer.put("choice", options.get(chosen));
        return answer;
    }

    private ObjectNode multipleChoice(List<String> options, Optional<GroundTruth> truth) {
        Optional<String> right = truth.flatMap(t -> t.className(options));
        ObjectNode answer = Json.object();
        ArrayNode choices = answer.putArray("choices");
        for (String option : options) {
            boolean tick;
            if (right.isEmpty()) {
                tick = random.nextBoolean();
            } else {
                boolean shouldTick = option.equals(right.get());
                tick = random.nextDouble() < profile.accuracy() ? shouldTick : !shouldTick;
            }
            if (tick) {
                choices.add(option);
            }
        }
        return answer;
    }

    /** The objects to draw: the truth's boxes, or one made-up box when the image is not a demo image. */
    private List<Box> targets(Optional<GroundTruth> truth, ImageSize size) {
        if (truth.isPresent()) {
            return truth.get().boxes().stream().filter(box -> box.fitsIn(size.width(), size.height())).toList();
        }
        double x1 = random.nextInt(size.width());
        double y1 = random.nextInt(size.height());
        double x2 = x1 + 1 + random.nextInt((int) (size.width() - x1));
        double y2 = y1 + 1 + random.nextInt((int) (size.height() - y1));
        return List.of(new Box(x1, y1, Math.min(x2, size.width()), Math.min(y2, size.height())));
    }

    private ObjectNode shapes(String taskType, List<Box> targets, ImageSize size) {
        List<Box> kept = new ArrayList<>();
        for (Box box : targets) {
            if (random.nextDouble() >= profile.missRate()) {
                kept.add(box);
            }
        }
        ObjectNode answer = Json.object();
        switch (taskType) {
            case "rectangle_frame_select" -> {
                ArrayNode boxes = answer.putArray("boxes");
                kept.forEach(box -> boxes.add(jitter(box, size).toJson()));
            }
            case "free_point" -> {
                ArrayNode points = answer.putArray("points");
                kept.forEach(box -> points.add(point(box.centreX(), box.centreY(), size)));
            }
            case "stroke" -> {
                ArrayNode strokes = answer.putArray("strokes");
                kept.forEach(box -> strokes.addArray()
                        .add(point(box.x1(), box.y1(), size))
                        .add(point(box.x2(), box.y2(), size)));
            }
            case "cube_circle" -> {
                ArrayNode cuboids = answer.putArray("cuboids");
                kept.forEach(box -> {
                    ObjectNode cuboid = cuboids.addObject();
                    cuboid.set("front", jitter(box, size).toJson());
                    cuboid.set("back", jitter(box.shiftedWithin(CUBOID_DEPTH, CUBOID_DEPTH, size.width(), size.height()), size).toJson());
                });
            }
            default -> throw new IllegalArgumentException("not a shape task type: " + taskType);
        }
        return answer;
    }

    /** The box with noisy corners, still inside the image and still with x1 < x2, y1 < y2. */
    Box jitter(Box box, ImageSize size) {
        double x1 = clamp(noisy(box.x1()), 0, size.width() - 1);
        double y1 = clamp(noisy(box.y1()), 0, size.height() - 1);
        double x2 = clamp(noisy(box.x2()), x1 + 1, size.width());
        double y2 = clamp(noisy(box.y2()), y1 + 1, size.height());
        return new Box(x1, y1, x2, y2);
    }

    /** A point on a pixel of the image: 0 <= x <= width - 1. */
    private ObjectNode point(double x, double y, ImageSize size) {
        ObjectNode point = Json.object();
        point.put("x", clamp(noisy(x), 0, size.width() - 1));
        point.put("y", clamp(noisy(y), 0, size.height() - 1));
        return point;
    }

    /** Rounded to a tenth of a pixel, which is what a labeling page would send and keeps answers short. */
    private double noisy(double value) {
        double moved = profile.boxNoise() == 0 ? value : value + random.nextGaussian() * profile.boxNoise();
        return Math.round(moved * 10) / 10.0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
