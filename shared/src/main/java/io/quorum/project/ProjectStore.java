package io.quorum.project;

import io.quorum.auth.UserId;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import java.time.Instant;
import java.util.Optional;

/** Port: where projects live. Every change is conditional on the version that was read. */
public interface ProjectStore {

    /** The owner's next project number, counting from 1; never handed out twice. */
    long nextProjectNumber(UserId owner);

    /** Stores a new project and reserves its name for its owner; {@link ProjectNameTakenException} if taken. */
    void create(Project project);

    Optional<Project> find(ProjectId id);

    /**
     * Replaces the configuration of {@code before} with that of {@code after} (its spec and its custom
     * workflow, or none), moving the name reservation when the name changes. {@link io.quorum.error.ConcurrentModificationException} when
     * the stored project is no longer {@code before}; {@link ProjectNameTakenException} when the new name is taken.
     */
    void replaceSpec(Project before, Project after);

    /**
     * Moves {@code before} to {@code status}, conditional on its version and status; a deleted project
     * releases its name. {@link io.quorum.error.ConcurrentModificationException} when it changed meanwhile.
     */
    void changeStatus(Project before, ProjectStatus status, Instant at);

    /**
     * The caller's live project. Another account's project and a deleted one are answered exactly
     * like a missing one, so ids reveal nothing.
     */
    default Project findOwned(UserId caller, String projectId) {
        return Optional.ofNullable(projectId)
                .filter(ProjectId::isWellFormed)
                .flatMap(id -> find(new ProjectId(id)))
                .filter(project -> project.isOwnedBy(caller) && project.status() != ProjectStatus.DELETED)
                .orElseThrow(() -> new DomainException(Failure.PROJECT_NOT_FOUND, "no project with this projectId"));
    }
}
