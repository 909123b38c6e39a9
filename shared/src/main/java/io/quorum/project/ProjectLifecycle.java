package io.quorum.project;

import io.quorum.error.DomainException;
import io.quorum.error.Failure;

/**
 * Which status a customer's start, pause or delete leads to from each status, and why it is refused
 * otherwise. {@code start} on a new project submits it for review ({@code checking}); an operator
 * approves it into {@code running}; {@code start} on a paused project resumes it.
 */
public final class ProjectLifecycle {

    private ProjectLifecycle() {
    }

    public static ProjectStatus next(Project project, StateChange change) {
        ProjectStatus status = project.status();
        return switch (change) {
            case START -> switch (status) {
                case UNSTARTED -> submit(project);
                case CHECKING -> throw refused(Failure.UNDER_REVIEW, "the project was submitted and is under review");
                case RUNNING -> throw refused(Failure.ALREADY_RUNNING, "the project is already running");
                case PAUSED -> ProjectStatus.RUNNING;
                case COMPLETED -> throw refused(Failure.ALREADY_COMPLETED, "the project is completed");
                case DELETED -> throw notFound();
            };
            case PAUSE -> switch (status) {
                case RUNNING -> ProjectStatus.PAUSED;
                case PAUSED -> throw refused(Failure.ALREADY_PAUSED, "the project is already paused");
                case UNSTARTED, CHECKING, COMPLETED ->
                        throw refused(Failure.PAUSE_REFUSED, "only a running project can be paused; this one is " + status.wireName());
                case DELETED -> throw notFound();
            };
            case DELETE -> switch (status) {
                case UNSTARTED, PAUSED, COMPLETED -> ProjectStatus.DELETED;
                case RUNNING -> throw refused(Failure.DELETE_REFUSED_IN_PROGRESS, "a running project cannot be deleted; pause it first");
                case CHECKING -> throw refused(Failure.DELETE_REFUSED, "a project under review cannot be deleted");
                case DELETED -> throw notFound();
            };
        };
    }

    /**
     * Refuses a change of configuration (spec or workflow) once the project is submitted: what workers
     * label must not change under them.
     */
    public static void requireConfigurable(Project project) {
        if (!project.status().isEditable()) {
            throw refused(Failure.PROJECT_LOCKED_AFTER_SUBMIT,
                    "the project is " + project.status().wireName() + "; its configuration can change only before it is started");
        }
    }

    private static ProjectStatus submit(Project project) {
        Counters counters = project.counters();
        if (counters.items() == 0) {
            throw refused(Failure.NO_RESOURCES, "submit resources before starting the project");
        }
        if (counters.failed() == counters.items()) {
            throw refused(Failure.NO_VALID_RESOURCES, "none of the project's resources could be used; submit valid resources first");
        }
        return ProjectStatus.CHECKING;
    }

    private static DomainException refused(Failure failure, String detail) {
        return new DomainException(failure, detail);
    }

    private static DomainException notFound() {
        return new DomainException(Failure.PROJECT_NOT_FOUND, "no project with this projectId");
    }
}
