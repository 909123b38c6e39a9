package io.quorum.project;

/** Another live project of the same owner already has this name. */
public final class ProjectNameTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProjectNameTakenException(String name) {
        super("projectName \"" + name + "\" is already used by another of your projects", null, false, false);
    }
}
