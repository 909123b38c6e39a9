package io.quorum.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.workflow.ResourceType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ContentInspectorTest {

    private final ContentInspector inspector = new ContentInspector();

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({"png, image/png, 7, 5", "gif, image/gif, 300, 2", "jpeg, image/jpeg, 640, 480", "jpeg, image/jpeg, 1, 1"})
    void realImagesAreAcceptedWithTheirSize(String format, String contentType, int width, int height) {
        for (ResourceType type : new ResourceType[] {ResourceType.IMAGE, ResourceType.GRAPHIC}) {
            ContentInspector.Inspection.Accepted accepted = assertInstanceOf(ContentInspector.Inspection.Accepted.class,
                    inspector.inspect(image(format, width, height), type));
            assertEquals(contentType, accepted.contentType());
            assertEquals(OptionalInt.of(width), accepted.width());
            assertEquals(OptionalInt.of(height), accepted.height());
        }
    }

    @Test
    void mp3ByTagOrByFrameHeader() {
        byte[] tagged = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, 0};
        byte[] frame = {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64, 0, 0};
        for (byte[] mp3 : new byte[][] {tagged, frame}) {
            assertEquals("audio/mpeg", assertInstanceOf(ContentInspector.Inspection.Accepted.class,
                    inspector.inspect(mp3, ResourceType.AUDIO)).contentType());
        }
        assertInstanceOf(ContentInspector.Inspection.Refused.class,
                inspector.inspect(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xF0, 0}, ResourceType.AUDIO)); // bad bitrate
    }

    @Test
    void textMustBeStrictUtf8WithoutNul() {
        assertInstanceOf(ContentInspector.Inspection.Accepted.class,
                inspector.inspect("a cat, ein Kätzchen, 猫".getBytes(StandardCharsets.UTF_8), ResourceType.TEXT));
        assertInstanceOf(ContentInspector.Inspection.Accepted.class,
                inspector.inspect(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'}, ResourceType.TEXT));
        assertEquals("the text is not valid UTF-8", assertInstanceOf(ContentInspector.Inspection.Refused.class,
                inspector.inspect(new byte[] {'h', (byte) 0xC3, 'i'}, ResourceType.TEXT)).reason());
        assertInstanceOf(ContentInspector.Inspection.Refused.class, inspector.inspect(new byte[] {'h', 0, 'i'}, ResourceType.TEXT));
        assertInstanceOf(ContentInspector.Inspection.Refused.class, inspector.inspect(image("png", 2, 2), ResourceType.TEXT));
    }

    @Test
    void bytesOfAnotherKindAreRefused() {
        assertEquals("the content is not MP3 audio", assertInstanceOf(ContentInspector.Inspection.Refused.class,
                inspector.inspect(image("png", 4, 4), ResourceType.AUDIO)).reason());
        assertEquals("the content is not a JPEG, PNG or GIF image", assertInstanceOf(ContentInspector.Inspection.Refused.class,
                inspector.inspect("<html>not an image</html>".getBytes(StandardCharsets.UTF_8), ResourceType.IMAGE)).reason());
        assertEquals("the resource is empty", assertInstanceOf(ContentInspector.Inspection.Refused.class,
                inspector.inspect(new byte[0], ResourceType.IMAGE)).reason());
    }

    @Test
    void truncatedOrAbsurdImageHeadersAreRefused() {
        byte[] png = image("png", 3, 3);
        png[16] = 0x7f; // width of about two billion pixels
        assertTrue(assertInstanceOf(ContentInspector.Inspection.Refused.class, inspector.inspect(png, ResourceType.IMAGE))
                .reason().contains("outside"));
        assertInstanceOf(ContentInspector.Inspection.Refused.class,
                inspector.inspect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}, ResourceType.IMAGE));
        assertInstanceOf(ContentInspector.Inspection.Refused.class, inspector.inspect(new byte[] {'G', 'I', 'F', '8', '9', 'a', 1}, ResourceType.IMAGE));
    }
}
