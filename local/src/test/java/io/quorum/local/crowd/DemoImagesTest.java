package io.quorum.local.crowd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoImagesTest {

    private static final List<String> TWELVE = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");

    @Test
    void classAndBoxesReadBackExactlyForManySeedsAlsoThroughPng() throws Exception {
        for (long seed = 0; seed < 12; seed++) {
            DemoImages images = new DemoImages(seed, TWELVE);
            for (int index = 0; index < 30; index++) {
                DemoImage image = images.image(index);
                // Encoding is the slow part; a few per seed show that PNG keeps every pixel.
                BufferedImage decoded = index < 4 ? Images.decode(image.png()).orElseThrow() : image.image();
                Optional<GroundTruth> truth = GroundTruth.read(decoded, TWELVE);
                assertEquals(Optional.of(image.truth()), truth, "seed " + seed + " image " + index);
                assertEquals(image.className(), truth.get().className(TWELVE).orElseThrow());
            }
        }
    }

    @Test
    void imagesHaveVariedSizesWithinBoundsAndOneToThreeBoxesInside() {
        DemoImages images = new DemoImages(7, List.of("cat", "dog"));
        List<DemoImage> all = images.images(200);
        for (DemoImage image : all) {
            assertTrue(image.width() >= DemoImages.MIN_SIDE && image.width() <= DemoImages.MAX_SIDE, "width " + image.width());
            assertTrue(image.height() >= DemoImages.MIN_SIDE && image.height() <= DemoImages.MAX_SIDE, "height " + image.height());
            assertTrue(image.boxes().size() >= 1 && image.boxes().size() <= 3, "boxes " + image.boxes());
            image.boxes().forEach(box -> assertTrue(box.fitsIn(image.width(), image.height()), box.toString()));
        }
        assertTrue(all.stream().map(DemoImage::width).distinct().count() > 20, "sizes vary");
        assertTrue(all.stream().map(image -> image.boxes().size()).distinct().count() == 3, "every box count occurs");
        assertEquals(100, all.stream().filter(image -> image.className().equals("cat")).count(), "classes alternate");
    }

    @Test
    void theSameSeedGivesTheSameImagesAndAnotherSeedOthers() {
        DemoImage first = new DemoImages(42, List.of("cat", "dog")).image(5);
        DemoImage again = new DemoImages(42, List.of("cat", "dog")).image(5);
        DemoImage other = new DemoImages(43, List.of("cat", "dog")).image(5);
        assertArrayEquals(first.png(), again.png());
        assertFalse(first.truth().equals(other.truth()) && first.width() == other.width() && first.height() == other.height());
    }

    @Test
    void filesAreNamedWithIndexAndClass(@TempDir Path dir) throws Exception {
        List<Path> written = new DemoImages(1, List.of("cat", "Big Dog")).writeTo(dir.resolve("out"), 4);
        assertEquals(List.of("0000-cat.png", "0001-big_dog.png", "0002-cat.png", "0003-big_dog.png"),
                written.stream().map(path -> path.getFileName().toString()).collect(Collectors.toList()));
        BufferedImage read = ImageIO.read(written.get(1).toFile());
        assertEquals(1, GroundTruth.read(read, List.of("cat", "Big Dog")).orElseThrow().classIndex());
        assertTrue(Files.size(written.get(0)) < 4096, "small files");
    }

    @Test
    void anImageThatIsNotADemoImageHasNoTruth() {
        BufferedImage photo = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 80; x++) {
                photo.setRGB(x, y, (x * 3) << 16 | (y * 4) << 8 | 40);
            }
        }
        assertEquals(Optional.empty(), GroundTruth.read(photo, List.of("cat", "dog")));
    }

    @Test
    void aStrayPixelOrTouchingBoxesMakeTheTruthUnreadable() {
        DemoImage image = new DemoImages(3, List.of("cat", "dog")).image(0);
        BufferedImage stray = copy(image.image());
        stray.setRGB(1, image.height() / 2, 0x123456);
        assertEquals(Optional.empty(), GroundTruth.read(stray, List.of("cat", "dog")));

        BufferedImage lShape = copy(image.image());
        Box box = image.boxes().get(0);
        lShape.setRGB((int) box.x2(), (int) box.y2() - 1, Palette.MARKER);
        assertEquals(Optional.empty(), GroundTruth.read(lShape, List.of("cat", "dog")));
    }

    @Test
    void aClassBeyondTheOptionsIsNotGuessed() {
        DemoImage third = new DemoImages(3, List.of("a", "b", "c")).image(2);
        assertEquals(Optional.empty(), GroundTruth.read(third.image(), List.of("a", "b")));
        assertEquals(2, GroundTruth.read(third.image(), List.of()).orElseThrow().classIndex(), "frame tasks have no options");
    }

    @Test
    void atMostTwelveClasses() {
        assertThrows(IllegalArgumentException.class, () -> new DemoImages(1, java.util.Collections.nCopies(13, "x")));
        assertThrows(IllegalArgumentException.class, () -> new DemoImages(1, List.of()));
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.getGraphics().drawImage(image, 0, 0, null);
        return copy;
    }
}
