package io.quorum.local.crowd;

import java.util.OptionalInt;

/**
 * The colours demo images are painted with. The background's colour is the class index (options
 * list order); truth boxes are filled with {@link #MARKER}, a colour no background uses. PNG is
 * lossless, so a worker that downloads the image reads both back exactly.
 */
final class Palette {

    /** Bright yellow: stands out on every background below, and is never one of them. */
    static final int MARKER = 0xFFEB3B;

    /** One background per class index; muted, distinct for the eye, none close to the marker. */
    private static final int[] BACKGROUNDS = {
        0x1F77B4, // blue
        0xD62728, // red
        0x2CA02C, // green
        0x9467BD, // purple
        0x8C564B, // brown
        0xE377C2, // pink
        0x7F7F7F, // grey
        0x17BECF, // cyan
        0x393B79, // indigo
        0x637939, // olive
        0x843C39, // maroon
        0x3182BD, // steel blue
    };

    private Palette() {
    }

    static int classCount() {
        return BACKGROUNDS.length;
    }

    static int background(int classIndex) {
        if (classIndex < 0 || classIndex >= BACKGROUNDS.length) {
            throw new IllegalArgumentException("demo images encode at most " + BACKGROUNDS.length + " classes");
        }
        return BACKGROUNDS[classIndex];
    }

    /** The class index a background colour stands for, when it is one of the palette's. */
    static OptionalInt classOf(int rgb) {
        int colour = rgb & 0xFFFFFF;
        for (int i = 0; i < BACKGROUNDS.length; i++) {
            if (BACKGROUNDS[i] == colour) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
