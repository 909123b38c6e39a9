package io.quorum.project;

import java.util.List;

/** Every reason a project configuration is not valid, so the client can fix them all at once. */
public final class InvalidProjectSpecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidProjectSpecException(List<String> problems) {
        super(String.join("; ", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
