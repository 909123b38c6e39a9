package io.quorum.engine;

import io.quorum.project.ProjectId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * What a worker holds for a leased micro-task: the project, the micro-task and a random lease secret,
 * written as one opaque string. Only the secret's hash is stored, so a stored item reveals no token.
 */
public record TaskToken(ProjectId projectId, TaskId taskId, String secret) {

    private static final String PREFIX = "t1.";
    private static final int MAX_LENGTH = 400;
    private static final SecureRandom RANDOM = new SecureRandom();

    public TaskToken {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(secret, "secret");
        if (!secret.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("a lease secret is 32 hex digits");
        }
    }

    /** A token with a fresh lease secret. */
    public static TaskToken issue(ProjectId projectId, TaskId taskId) {
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        return new TaskToken(projectId, taskId, HexFormat.of().formatHex(secret));
    }

    public String encode() {
        String plain = projectId.value() + "|" + taskId.value() + "|" + secret;
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token written by {@link #encode()}; empty for anything else. */
    public static Optional<TaskToken> parse(String encoded) {
        if (encoded == null || encoded.length() > MAX_LENGTH || !encoded.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(encoded.substring(PREFIX.length())), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        String[] parts = plain.split("\\|", -1);
        if (parts.length != 3 || !ProjectId.isWellFormed(parts[0]) || !parts[2].matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return TaskId.parse(parts[1]).map(taskId -> new TaskToken(new ProjectId(parts[0]), taskId, parts[2]));
    }

    public String secretHash() {
        return hash(secret);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks SHA-256", e);
        }
    }

    /** Never the secret: tokens stay out of logs. */
    @Override
    public String toString() {
        return "TaskToken[" + projectId + ", " + taskId + "]";
    }
}
