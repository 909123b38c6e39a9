package io.quorum.ingest;

import io.quorum.workflow.ResourceType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Decides what a resource's bytes really are, by their leading bytes rather than by the name or
 * the content type a server or uploader claimed, and whether the sample's resource type allows it:
 * image and graphic take JPEG, PNG or GIF; audio takes MP3; text takes UTF-8. Images have their
 * width and height read from their headers.
 */
public final class ContentInspector {

    /** Larger sides are refused: no labeling page can show them, and they hint at a decompression bomb. */
    public static final int MAX_SIDE = 30_000;

    /** The verdict on one resource. */
    public sealed interface Inspection {
        /** What the bytes are, as a content type, and for images their size in pixels. */
        record Accepted(String contentType, OptionalInt width, OptionalInt height) implements Inspection {
            public Accepted {
                Objects.requireNonNull(contentType, "contentType");
                Objects.requireNonNull(width, "width");
                Objects.requireNonNull(height, "height");
            }
        }

        record Refused(String reason) implements Inspection {
            public Refused {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    public Inspection inspect(byte[] content, ResourceType type) {
        if (content.length == 0) {
            return new Inspection.Refused("the resource is empty");
        }
        return switch (type) {
            case IMAGE, GRAPHIC -> image(content);
            case AUDIO -> audio(content);
            case TEXT -> text(content);
        };
    }

    private static Inspection image(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            if (b.length < 24 || !(b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R')) {
                return new Inspection.Refused("the PNG image has no header chunk");
            }
            return sized("image/png", int32(b, 16), int32(b, 20));
        }
        if (startsWith(b, 'G', 'I', 'F', '8', '7', 'a') || startsWith(b, 'G', 'I', 'F', '8', '9', 'a')) {
            if (b.length < 10) {
                return new Inspection.Refused("the GIF image is truncated");
            }
            return sized("image/gif", (b[6] & 0xff) | (b[7] & 0xff) << 8, (b[8] & 0xff) | (b[9] & 0xff) << 8);
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return jpeg(b);
        }
        return new Inspection.Refused("the content is not a JPEG, PNG or GIF image");
    }

    /** Walks the JPEG segments up to the first start-of-frame marker, which holds the size. */
    private static Inspection jpeg(byte[] b) {
        int i = 2;
        while (i + 3 < b.length) {
            if ((b[i] & 0xff) != 0xFF) {
                return new Inspection.Refused("the JPEG image is malformed");
            }
            int marker = b[i + 1] & 0xff;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                i += 2; // markers without a length
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                break; // end of image or start of scan before any frame header
            }
            int length = (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
            if (length < 2) {
                return new Inspection.Refused("the JPEG image is malformed");
            }
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                if (i + 8 >= b.length) {
                    break;
                }
                int height = (b[i + 5] & 0xff) << 8 | (b[i + 6] & 0xff);
                int width = (b[i + 7] & 0xff) << 8 | (b[i + 8] & 0xff);
                return sized("image/jpeg", width, height);
            }
            i += 2 + length;
        }
        return new Inspection.Refused("the JPEG image has no frame header");
    }

    private static Inspection sized(String contentType, long width, long height) {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            return new Inspection.Refused("the image's size " + width + "x" + height + " is outside 1.." + MAX_SIDE + " pixels a side");
        }
        return new Inspection.Accepted(contentType, OptionalInt.of((int) width), OptionalInt.of((int) height));
    }

    /** An ID3v2 tag, or an MPEG audio frame header whose version, layer, bitrate and rate fields are all valid. */
    private static Inspection audio(byte[] b) {
        boolean id3 = b.length >= 10 && startsWith(b, 'I', 'D', '3') && (b[3] & 0xff) >= 2 && (b[3] & 0xff) <= 4;
        boolean frame = b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xE0) == 0xE0
                && ((b[1] >> 3) & 0x03) != 0x01      // version: 01 is reserved
                && ((b[1] >> 1) & 0x03) != 0x00      // layer: 00 is reserved
                && ((b[2] >> 4) & 0x0F) != 0x0F      // bitrate index 1111 is invalid
                && ((b[2] >> 2) & 0x03) != 0x03;     // sampling rate 11 is reserved
        if (!id3 && !frame) {
            return new Inspection.Refused("the content is not MP3 audio");
        }
        return new Inspection.Accepted("audio/mpeg", OptionalInt.empty(), OptionalInt.empty());
    }

    /** Strict UTF-8 (a byte-order mark allowed), and no NUL, which real text never holds and binary files do. */
    private static Inspection text(byte[] b) {
        int start = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < b.length; i++) {
            if (b[i] == 0) {
                return new Inspection.Refused("the text holds NUL bytes, so it is not plain text");
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, start, b.length - start));
        } catch (CharacterCodingException e) {
            return new Inspection.Refused("the text is not valid UTF-8");
        }
        return new Inspection.Accepted("text/plain; charset=utf-8", OptionalInt.empty(), OptionalInt.empty());
    }

    private static long int32(byte[] b, int at) {
        return (long) (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
