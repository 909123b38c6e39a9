package io.quorum.ingest;

import io.quorum.auth.UserId;
import io.quorum.blob.BlobStore;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectStore;
import io.quorum.workflow.ResourceType;
import io.quorum.sample.SampleStore;
import io.quorum.time.Clock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Use case: a customer asks for URLs to PUT files straight into the uploads bucket, under
 * {@code uploads/{userId}/{projectId}/{name}}. Nothing is recorded here; each object put there
 * becomes a sample through {@link RegisterUpload}. Each URL allows one content type and expires
 * after 15 minutes.
 */
public final class RequestUploadUrls {

    public static final Duration VALIDITY = Duration.ofMinutes(15);

    /** The content types a customer may upload, and the resource type each one is. */
    public static final Map<String, ResourceType> CONTENT_TYPES = Map.of(
            "image/jpeg", ResourceType.IMAGE,
            "image/png", ResourceType.IMAGE,
            "image/gif", ResourceType.IMAGE,
            "audio/mpeg", ResourceType.AUDIO,
            "text/plain", ResourceType.TEXT);

    private final ProjectStore projects;
    private final BlobStore uploads;
    private final Clock clock;

    public RequestUploadUrls(ProjectStore projects, BlobStore uploads, Clock clock) {
        this.projects = projects;
        this.uploads = uploads;
        this.clock = clock;
    }

    public Receipt execute(Command command) {
        Project project = projects.findOwned(command.owner(), command.projectId());
        if (!project.status().acceptsResources()) {
            throw new DomainException(Failure.UPLOADS_CLOSED, "the project is " + project.status().wireName() + " and takes no more resources");
        }
        for (int i = 0; i < command.files().size(); i++) {
            File file = command.files().get(i);
            ResourceType type = CONTENT_TYPES.get(file.contentType());
            if (!project.spec().type().accepts(type)) {
                throw new DomainException(Failure.RESOURCE_INVALID, "params.files[" + i + "].contentType " + file.contentType()
                        + " cannot be labeled by a " + project.spec().type().wireName() + " project");
            }
        }
        Instant expiresAt = clock.now().plus(VALIDITY);
        List<Upload> granted = command.files().stream().map(file -> {
            String key = new UploadKey(command.owner(), project.id(), file.name()).key();
            return new Upload(file.name(), key, uploads.presignPut(key, file.contentType(), VALIDITY), file.contentType(), expiresAt);
        }).toList();
        return new Receipt(project.id(), granted);
    }

    /** One file to upload: its name (the last segment of its key) and the content type it will be PUT with. */
    public record File(String name, String contentType) {
        public File {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contentType, "contentType");
        }
    }

    /** Checked on construction (code 2): 1 to 99 files, valid distinct names, known content types. */
    public record Command(UserId owner, String projectId, List<File> files) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(files, "files");
            if (files.isEmpty() || files.size() > SampleStore.MAX_SAMPLES_PER_WRITE) {
                throw DomainException.invalidParameter("params.files holds " + files.size() + " files; 1 to "
                        + SampleStore.MAX_SAMPLES_PER_WRITE + " fit one request");
            }
            Set<String> names = new HashSet<>();
            for (int i = 0; i < files.size(); i++) {
                File file = files.get(i);
                if (!UploadKey.isValidName(file.name())) {
                    throw DomainException.invalidParameter("params.files[" + i + "].name must be 1 to 200 of A-Z a-z 0-9 . _ - "
                            + "and space, not starting with a dot");
                }
                if (!names.add(file.name())) {
                    throw DomainException.invalidParameter("params.files[" + i + "].name repeats an earlier name");
                }
                if (!CONTENT_TYPES.containsKey(file.contentType())) {
                    throw DomainException.invalidParameter("params.files[" + i + "].contentType must be one of "
                            + "image/jpeg, image/png, image/gif, audio/mpeg, text/plain");
                }
            }
            files = List.copyOf(files);
        }
    }

    /** Where and how to PUT one file. */
    public record Upload(String name, String key, URI url, String contentType, Instant expiresAt) {
    }

    public record Receipt(ProjectId projectId, List<Upload> uploads) {
    }

    /** The resource type an upload to a project of this kind becomes: an image where images are labeled, else text, else audio. */
    static Optional<ResourceType> uploadTypeOf(Project project) {
        for (ResourceType type : List.of(ResourceType.IMAGE, ResourceType.TEXT, ResourceType.AUDIO)) {
            if (project.spec().type().accepts(type)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
