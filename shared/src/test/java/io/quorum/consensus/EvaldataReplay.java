package io.quorum.consensus;

import io.quorum.json.Json;
import io.quorum.workflow.TaskType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Replays real crowd answers with ground truth (the {@code evaldata} folder: see its README.md)
 * through {@link Consensus#decide}, and prints accuracies beside the published reference numbers.
 *
 * <p>Categorical datasets: each item's answers are taken in file order, as if micro-tasks came back
 * in that order: repetition 3 / max 5 (extra answers on a tie, plurality at the maximum), a fixed 3
 * with no extra answers, and every answer of the item (plain majority vote, ties to the lowest
 * label, which should reproduce the README's majority-vote column). Baselines: the share of single
 * answers that are right, and the first answer alone. An item with fewer answers than asked for is
 * decided with the answers it has. Because some files are sorted by worker, the first answers of
 * every item often come from the same few workers; the replay is therefore also run with each
 * item's answers shuffled (seeds 0..19, mean accuracy).
 *
 * <p>Boxes (caltech_pedestrians_bbox, images with expert boxes): each image's 7 workers in file
 * order, consensus over 3 / max 5 and over all 7, scored against the expert's boxes (one-to-one, IoU
 * &gt;= 0.5): precision, recall, F1; baseline: every single worker's answer scored alone. Worker boxes
 * are clipped to the image (the API would refuse them otherwise).
 *
 * <p>Run: {@code java -cp <test-classes>:<classes>:<jackson> io.quorum.consensus.EvaldataReplay /work/shared/evaldata}
 */
public final class EvaldataReplay {

    private static final int REPETITION = 3;
    private static final int MAX_REPETITION = 5;
    private static final Instant AT = Instant.parse("2024-01-01T00:00:00Z");
    /** File order is not arrival order (some files are sorted by worker), so the replay is also run in shuffled orders. */
    private static final int SHUFFLES = 20;

    private EvaldataReplay() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: EvaldataReplay <evaldata dir>");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Map<String, String[]> references = references(root.resolve("README.md"));
        System.out.println("| dataset | items | 3/max 5 (file order) | answers/item | low-confidence | fixed 3 | 3/max 5 (shuffled) "
                + "| answers/item | all answers MV | ref MV | ref DS | single answer | first answer |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<Path> datasets;
        try (Stream<Path> dirs = Files.list(root)) {
            datasets = dirs.filter(dir -> Files.isRegularFile(dir.resolve("answers.csv"))).sorted().toList();
        }
        for (Path dataset : datasets) {
            categorical(dataset, references.getOrDefault(dataset.getFileName().toString(), new String[] {"-", "-"}));
        }
        Path boxes = root.resolve("caltech_pedestrians_bbox");
        if (Files.isDirectory(boxes)) {
            boxes(boxes);
        }
    }

    // ---- categorical -----------------------------------------------------------------------------

    private static void categorical(Path dataset, String[] reference) throws IOException {
        Map<String, List<String>> answersByItem = new LinkedHashMap<>();
        for (String[] row : csv(dataset.resolve("answers.csv"))) {
            answersByItem.computeIfAbsent(row[0], item -> new ArrayList<>()).add(row[2]);
        }
        Map<String, String> truth = new LinkedHashMap<>();
        for (String[] row : csv(dataset.resolve("truth.csv"))) {
            truth.put(row[0], row[1]);
        }
        TreeSet<String> labels = new TreeSet<>(truth.values());
        answersByItem.values().forEach(labels::addAll);
        AnswerContext context = new AnswerContext(TaskType.SINGLE_CHOICE, labelOrder(labels), OptionalInt.empty(), OptionalInt.empty());

        int items = 0;
        int adaptiveRight = 0;
        int fixedRight = 0;
        int allRight = 0;
        int firstRight = 0;
        int answersUsed = 0;
        int lowConfidence = 0;
        int singleAnswers = 0;
        int singleRight = 0;
        long shuffledRight = 0;
        long shuffledAnswers = 0;
        for (Map.Entry<String, String> entry : truth.entrySet()) {
            List<String> given = answersByItem.get(entry.getKey());
            if (given == null) {
                continue;
            }
            String right = entry.getValue();
            items++;
            Outcome.Decided adaptive = adaptive(context, given);
            answersUsed += adaptive.basedOnTaskIds().size();
            lowConfidence += adaptive.lowConfidence() ? 1 : 0;
            adaptiveRight += choice(adaptive).equals(right) ? 1 : 0;
            List<String> firstThree = given.subList(0, Math.min(REPETITION, given.size()));
            fixedRight += choice(decideAll(context, firstThree)).equals(right) ? 1 : 0;
            allRight += choice(decideAll(context, given)).equals(right) ? 1 : 0;
            firstRight += given.get(0).equals(right) ? 1 : 0;
            singleAnswers += given.size();
            singleRight += (int) given.stream().filter(right::equals).count();
            for (int seed = 0; seed < SHUFFLES; seed++) {
                List<String> shuffled = new ArrayList<>(given);
                Collections.shuffle(shuffled, new Random(seed * 1_000_003L + entry.getKey().hashCode()));
                Outcome.Decided decided = adaptive(context, shuffled);
                shuffledAnswers += decided.basedOnTaskIds().size();
                shuffledRight += choice(decided).equals(right) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.2f | %.1f%% | %.3f | %.3f | %.2f | %.3f | %s | %s | %.3f | %.3f |%n",
                dataset.getFileName(), items, (double) adaptiveRight / items, (double) answersUsed / items,
                100.0 * lowConfidence / items, (double) fixedRight / items,
                (double) shuffledRight / items / SHUFFLES, (double) shuffledAnswers / items / SHUFFLES, (double) allRight / items,
                reference[0], reference[1], (double) singleRight / singleAnswers, (double) firstRight / items);
    }

    /** Repetition 3, max 5, answers arriving in file order; an item that runs out of answers decides with what it has. */
    private static Outcome.Decided adaptive(AnswerContext context, List<String> given) {
        int asked = Math.min(REPETITION, given.size());
        while (true) {
            List<WorkerAnswer> answers = choices(given.subList(0, asked));
            int max = Math.min(MAX_REPETITION, Math.max(asked, given.size()));
            Outcome outcome = Consensus.decide(context, answers, Math.min(REPETITION, asked), max);
            if (outcome instanceof Outcome.Decided decided) {
                return decided;
            }
            asked = Math.min(given.size(), asked + ((Outcome.NeedMore) outcome).extraTasks());
        }
    }

    /** Every answer counts and none more can come: a plain plurality, ties to the first label. */
    private static Outcome.Decided decideAll(AnswerContext context, List<String> given) {
        return (Outcome.Decided) Consensus.decide(context, choices(given), given.size(), given.size());
    }

    private static List<WorkerAnswer> choices(List<String> given) {
        List<WorkerAnswer> answers = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            answers.add(new WorkerAnswer(String.format("t.%04d", i), "w" + i, Json.object().put("choice", given.get(i)), AT));
        }
        return answers;
    }

    private static String choice(Outcome.Decided decided) {
        return decided.label().get("choice").textValue();
    }

    /** As score.py: numerically when every label is a number, else as strings. */
    private static List<String> labelOrder(TreeSet<String> labels) {
        try {
            return labels.stream().sorted(Comparator.comparingDouble(Double::parseDouble)).toList();
        } catch (NumberFormatException notNumbers) {
            return List.copyOf(labels);
        }
    }

    /** dataset -> {majority vote, Dawid-Skene} from the README's reference table. */
    private static Map<String, String[]> references(Path readme) throws IOException {
        Map<String, String[]> references = new HashMap<>();
        if (!Files.isRegularFile(readme)) {
            return references;
        }
        for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|");
            if (cells.length >= 4 && cells[2].trim().matches("0\\.\\d+") && cells[3].trim().matches("0\\.\\d+")) {
                references.put(cells[1].trim(), new String[] {cells[2].trim(), cells[3].trim()});
            }
        }
        return references;
    }

    // ---- boxes -----------------------------------------------------------------------------------

    private record Assignment(String image, String workerKey) {
    }

    private static void boxes(Path dir) throws IOException {
        Map<String, int[]> sizes = new HashMap<>();
        for (String[] row : csv(dir.resolve("images.csv"))) {
            sizes.put(row[0], new int[] {(int) Math.floor(Double.parseDouble(row[1])), (int) Math.floor(Double.parseDouble(row[2]))});
        }
        Map<String, List<Assignment>> workersByImage = new LinkedHashMap<>();
        for (String[] row : csv(dir.resolve("assignments.csv"))) {
            workersByImage.computeIfAbsent(row[0], image -> new ArrayList<>()).add(new Assignment(row[0], row[1] + "/" + row[2]));
        }
        Map<Assignment, List<Box>> drawn = new HashMap<>();
        int clipped = 0;
        int discarded = 0;
        for (String[] row : csv(dir.resolve("boxes.csv"))) {
            int[] size = sizes.get(row[0]);
            double x1 = clamp(row[4], size[0]);
            double y1 = clamp(row[5], size[1]);
            double x2 = clamp(row[6], size[0]);
            double y2 = clamp(row[7], size[1]);
            if (x1 != Double.parseDouble(row[4]) || y1 != Double.parseDouble(row[5]) || x2 != Double.parseDouble(row[6])
                    || y2 != Double.parseDouble(row[7])) {
                clipped++;
            }
            if (!(x2 > x1 && y2 > y1)) {
                discarded++;
                continue;
            }
            drawn.computeIfAbsent(new Assignment(row[0], row[1] + "/" + row[2]), a -> new ArrayList<>()).add(new Box(x1, y1, x2, y2));
        }
        Map<String, List<Box>> expert = new LinkedHashMap<>();
        for (String[] row : csv(dir.resolve("gt_images.csv"))) {
            expert.put(row[0], new ArrayList<>());
        }
        for (String[] row : csv(dir.resolve("gt_boxes.csv"))) {
            expert.get(row[0]).add(new Box(Double.parseDouble(row[4]), Double.parseDouble(row[5]), Double.parseDouble(row[6]),
                    Double.parseDouble(row[7])));
        }

        Score adaptive = new Score();
        Score all = new Score();
        Score single = new Score();
        Score shuffled = new Score();
        long shuffledAnswers = 0;
        int answersUsed = 0;
        int lowConfidence = 0;
        for (Map.Entry<String, List<Box>> image : expert.entrySet()) {
            int[] size = sizes.get(image.getKey());
            AnswerContext context = new AnswerContext(TaskType.RECTANGLE_FRAME_SELECT, List.of(), OptionalInt.of(size[0]),
                    OptionalInt.of(size[1]));
            List<List<Box>> workers = workersByImage.get(image.getKey()).stream()
                    .map(assignment -> drawn.getOrDefault(assignment, List.of())).toList();
            Outcome.Decided decided = adaptiveBoxes(context, workers);
            answersUsed += decided.basedOnTaskIds().size();
            lowConfidence += decided.lowConfidence() ? 1 : 0;
            adaptive.add(boxesOf(decided), image.getValue());
            all.add(boxesOf((Outcome.Decided) Consensus.decide(context, boxAnswers(workers), workers.size(), workers.size())),
                    image.getValue());
            workers.forEach(worker -> single.add(worker, image.getValue()));
            for (int seed = 0; seed < SHUFFLES; seed++) {
                List<List<Box>> order = new ArrayList<>(workers);
                Collections.shuffle(order, new Random(seed * 1_000_003L + image.getKey().hashCode()));
                Outcome.Decided replayed = adaptiveBoxes(context, order);
                shuffledAnswers += replayed.basedOnTaskIds().size();
                shuffled.add(boxesOf(replayed), image.getValue());
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "caltech_pedestrians_bbox: %d images with expert boxes (%d boxes), %d worker boxes clipped to the image, "
                + "%d discarded (x2 <= x1 or y2 <= y1)%n", expert.size(), all.expert, clipped, discarded);
        System.out.println("| boxes (IoU >= 0.5 with the expert's) | answers/image | precision | recall | F1 |");
        System.out.println("|---|---:|---:|---:|---:|");
        System.out.printf(Locale.ROOT, "| consensus 3 / max 5 (%.1f%% low-confidence) | %.2f | %s |%n",
                100.0 * lowConfidence / expert.size(), (double) answersUsed / expert.size(), adaptive);
        System.out.printf(Locale.ROOT, "| consensus 3 / max 5, workers shuffled (%d seeds) | %.2f | %s |%n",
                SHUFFLES, (double) shuffledAnswers / expert.size() / SHUFFLES, shuffled);
        System.out.printf(Locale.ROOT, "| consensus of all 7 | 7.00 | %s |%n", all);
        System.out.printf(Locale.ROOT, "| single worker (each answer alone) | 1.00 | %s |%n", single);
    }

    private static Outcome.Decided adaptiveBoxes(AnswerContext context, List<List<Box>> workers) {
        int asked = REPETITION;
        while (true) {
            Outcome outcome = Consensus.decide(context, boxAnswers(workers.subList(0, asked)), REPETITION, MAX_REPETITION);
            if (outcome instanceof Outcome.Decided decided) {
                return decided;
            }
            asked += ((Outcome.NeedMore) outcome).extraTasks();
        }
    }

    private static List<WorkerAnswer> boxAnswers(List<List<Box>> workers) {
        List<WorkerAnswer> answers = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            answers.add(new WorkerAnswer(String.format("t.%04d", i), "w" + i, Labels.boxes(workers.get(i)), AT));
        }
        return answers;
    }

    private static List<Box> boxesOf(Outcome.Decided decided) {
        List<Box> boxes = new ArrayList<>();
        decided.label().get("boxes").forEach(box -> boxes.add(new Box(box.get("x1").doubleValue(), box.get("y1").doubleValue(),
                box.get("x2").doubleValue(), box.get("y2").doubleValue())));
        return boxes;
    }

    private static double clamp(String value, int limit) {
        return Math.max(0, Math.min(limit, Double.parseDouble(value)));
    }

    /** Detection counts: found boxes matched one-to-one to expert boxes with IoU >= 0.5, best pairs first. */
    private static final class Score {
        int found;
        int expert;
        int matched;

        void add(List<Box> predicted, List<Box> truth) {
            found += predicted.size();
            expert += truth.size();
            List<double[]> pairs = new ArrayList<>();
            for (int i = 0; i < predicted.size(); i++) {
                for (int j = 0; j < truth.size(); j++) {
                    double iou = predicted.get(i).iou(truth.get(j));
                    if (iou >= 0.5) {
                        pairs.add(new double[] {iou, i, j});
                    }
                }
            }
            pairs.sort(Comparator.comparingDouble((double[] pair) -> -pair[0]));
            boolean[] usedPredicted = new boolean[predicted.size()];
            boolean[] usedTruth = new boolean[truth.size()];
            for (double[] pair : pairs) {
                int i = (int) pair[1];
                int j = (int) pair[2];
                if (!usedPredicted[i] && !usedTruth[j]) {
                    usedPredicted[i] = true;
                    usedTruth[j] = true;
                    matched++;
                }
            }
        }

        @Override
        public String toString() {
            double precision = found == 0 ? 1 : (double) matched / found;
            double recall = expert == 0 ? 1 : (double) matched / expert;
            return String.format(Locale.ROOT, "%.3f | %.3f | %.3f", precision, recall, 2 * precision * recall / (precision + recall));
        }
    }

    // ---- input -----------------------------------------------------------------------------------

    /** The rows of a simple CSV file (no quoted commas in these datasets), without its header. */
    private static List<String[]> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }
}
