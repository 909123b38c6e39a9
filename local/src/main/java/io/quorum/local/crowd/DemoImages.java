package io.quorum.local.crowd;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Generates labeled PNG images whose truth a simulated worker can read back from the pixels
 * ({@link GroundTruth#read}): the background colour is the class, filled marker rectangles are the
 * objects. The same seed, class list and index always give the same image, whatever else is generated.
 */
public final class DemoImages {

    public static final int MIN_SIDE = 64;
    public static final int MAX_SIDE = 160;
    /** Boxes keep this many pixels from the border, so the border is pure background. */
    private static final int MARGIN = 2;
    /** ...and this many from each other, so two boxes never read back as one. */
    private static final int GAP = 2;
    private static final int MIN_BOX_SIDE = 8;
    private static final int MAX_BOXES = 3;
    private static final int PLACEMENT_ATTEMPTS = 40;

    private final long seed;
    private final List<String> classes;

    public DemoImages(long seed, List<String> classes) {
        Objects.requireNonNull(classes, "classes");
        if (classes.isEmpty() || classes.size() > Palette.classCount()) {
            throw new IllegalArgumentException("demo images need 1 to " + Palette.classCount() + " classes, got " + classes.size());
        }
        if (classes.stream().anyMatch(name -> name == null || name.isBlank())) {
            throw new IllegalArgumentException("class names must not be blank");
        }
        this.seed = seed;
        this.classes = List.copyOf(classes);
    }

    public List<String> classes() {
        return classes;
    }

    /** The image at {@code index}; its class cycles through the list so every class is represented. */
    public DemoImage image(int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        int classIndex = Math.floorMod(index, classes.size());
        int width = random.nextInt(MIN_SIDE, MAX_SIDE + 1);
        int height = random.nextInt(MIN_SIDE, MAX_SIDE + 1);
        List<Box> boxes = placeBoxes(random, width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        // Painting the raster's own array: per-pixel setRGB converts colours one call at a time.
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Arrays.fill(pixels, Palette.background(classIndex));
        for (Box box : boxes) {
            for (int y = (int) box.y1(); y < box.y2(); y++) {
                Arrays.fill(pixels, y * width + (int) box.x1(), y * width + (int) box.x2(), Palette.MARKER);
            }
        }
        return new DemoImage(index, classIndex, classes.get(classIndex), boxes, image);
    }

    public List<DemoImage> images(int count) {
        List<DemoImage> images = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            images.add(image(i));
        }
        return images;
    }

    /** Writes {@code count} PNG files into {@code dir} (created when missing); answers their paths. */
    public List<Path> writeTo(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            DemoImage image = image(i);
            Path file = dir.resolve(image.fileName());
            Files.write(file, image.png());
            written.add(file);
        }
        return written;
    }

    /** One to three boxes, apart from each other and from the border; sorted as GroundTruth reads them. */
    private static List<Box> placeBoxes(SplittableRandom random, int width, int height) {
        int wanted = random.nextInt(1, MAX_BOXES + 1);
        List<Box> boxes = new ArrayList<>();
        for (int attempt = 0; attempt < PLACEMENT_ATTEMPTS && boxes.size() < wanted; attempt++) {
            int w = random.nextInt(MIN_BOX_SIDE, width / 2 + 1);
            int h = random.nextInt(MIN_BOX_SIDE, height / 2 + 1);
            int x = random.nextInt(MARGIN, width - MARGIN - w + 1);
            int y = random.nextInt(MARGIN, height - MARGIN - h + 1);
            Box candidate = new Box(x, y, x + w, y + h);
            if (boxes.stream().noneMatch(placed -> tooClose(placed, candidate))) {
                boxes.add(candidate);
            }
        }
        boxes.sort(Comparator.comparingDouble(Box::y1).thenComparingDouble(Box::x1));
        return boxes;
    }

    private static boolean tooClose(Box a, Box b) {
        return a.x1() < b.x2() + GAP && b.x1() < a.x2() + GAP && a.y1() < b.y2() + GAP && b.y1() < a.y2() + GAP;
    }
}
