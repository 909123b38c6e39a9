package io.quorum.local.crowd;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * PNG in and out of memory. ImageIO's stream shortcuts buffer through temporary files by default;
 * the memory-cached streams keep thousands of small images per second off the disk.
 */
public final class Images {

    private Images() {
    }

    public static byte[] png(BufferedImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this JDK has no PNG writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The decoded image, or empty when the bytes are no image format the JDK reads. */
    public static Optional<BufferedImage> decode(byte[] bytes) {
        try {
            // ImageIO.read closes the stream itself.
            return Optional.ofNullable(ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))));
        } catch (IOException | RuntimeException unreadable) {
            // Decoders throw unchecked exceptions on some corrupt inputs; either way it is no image.
            return Optional.empty();
        }
    }
}
