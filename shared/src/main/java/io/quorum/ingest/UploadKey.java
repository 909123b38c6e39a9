package io.quorum.ingest;

import io.quorum.auth.UserId;
import io.quorum.project.ProjectId;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a customer's direct upload lands in the uploads bucket: {@code uploads/{userId}/{projectId}/{name}}.
 * The key names the owner and the project, so the upload trigger learns both from the object alone
 * and checks them against the project before anything is recorded.
 */
public record UploadKey(UserId owner, ProjectId projectId, String name) {

    public static final String PREFIX = "uploads/";
    /** The sample source an upload is recorded under: one sample per name and project. */
    public static final String SOURCE_PREFIX = "upload:";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._ -]{1,200}");

    public UploadKey {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(name, "name");
        if (!isValidName(name)) {
            throw new IllegalArgumentException("upload name must be 1 to 200 of A-Z a-z 0-9 . _ - and space, not starting with a dot");
        }
    }

    /**
     * 1 to 200 letters, digits, dots, underscores, hyphens and spaces, not starting with a dot: safe as
     * a key segment (no slash, no percent-encoding surprises), never a hidden or relative name.
     */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches() && !name.startsWith(".") && !name.isBlank();
    }

    public String key() {
        return PREFIX + owner.value() + "/" + projectId.value() + "/" + name;
    }

    /** The source of the sample this upload becomes, e.g. {@code upload:cat-01.png}. */
    public String source() {
        return SOURCE_PREFIX + name;
    }

    /** The key's parts, when it has this shape exactly; empty for any other object. */
    public static Optional<UploadKey> parse(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = key.substring(PREFIX.length()).split("/", -1);
        if (parts.length != 3 || !UserId.isWellFormed(parts[0]) || !ProjectId.isWellFormed(parts[1]) || !isValidName(parts[2])) {
            return Optional.empty();
        }
        return Optional.of(new UploadKey(new UserId(parts[0]), new ProjectId(parts[1]), parts[2]));
    }

    /** The upload name behind a sample source, when the source is an upload. */
    public static Optional<String> nameOfSource(String source) {
        return source.startsWith(SOURCE_PREFIX) ? Optional.of(source.substring(SOURCE_PREFIX.length())) : Optional.empty();
    }
}
