package io.quorum.error;

import java.util.List;
import java.util.Objects;

/**
 * A refused request: the failure names the rule, the detail explains it to the client.
 * The detail is shown to callers, so it never carries secrets or another account's data.
 * A refusal with several reasons also lists them one by one in {@link #problems()}, so a client can
 * show or fix each of them; the detail then joins them.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Failure failure;
    private final List<String> problems;

    public DomainException(Failure failure, String detail) {
        super(Objects.requireNonNull(detail, "detail"), null, false, false);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.problems = List.of();
    }

    /** A refusal for every one of {@code problems}; the detail joins them with "; ". */
    public DomainException(Failure failure, List<String> problems) {
        super(String.join("; ", requireSome(problems)), null, false, false);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.problems = List.copyOf(problems);
    }

    public Failure failure() {
        return failure;
    }

    public String detail() {
        return getMessage();
    }

    /** Each reason on its own, when the refusal lists them; empty otherwise. */
    public List<String> problems() {
        return problems;
    }

    public static DomainException invalidParameter(String detail) {
        return new DomainException(Failure.INVALID_PARAMETER, detail);
    }

    private static List<String> requireSome(List<String> problems) {
        if (Objects.requireNonNull(problems, "problems").isEmpty()) {
            throw new IllegalArgumentException("a refusal lists at least one problem");
        }
        return problems;
    }
}
