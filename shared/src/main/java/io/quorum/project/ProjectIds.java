package io.quorum.project;

import java.security.SecureRandom;

/** Mints project ids; the random tag keeps ids unguessable even though the number counts up. */
public final class ProjectIds {

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final SecureRandom random = new SecureRandom();

    public ProjectId next(long projectNumber) {
        if (projectNumber < 1) {
            throw new IllegalArgumentException("project numbers start at 1");
        }
        StringBuilder id = new StringBuilder("p").append(projectNumber).append('_');
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return new ProjectId(id.toString());
    }
}
