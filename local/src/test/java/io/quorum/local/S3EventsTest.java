package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class S3EventsTest {

    @Test
    void keysAreUrlEncodedAsS3NotificationsEncodeThem() {
        assertEquals("incoming/photo+one.jpg", S3Events.encodeKey("incoming/photo one.jpg"));
        assertEquals("a%2Bb%3Dc", S3Events.encodeKey("a+b=c"));
        assertEquals("caf%C3%A9", S3Events.encodeKey("café"));
    }
}
