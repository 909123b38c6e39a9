package io.quorum.error;

import java.util.Objects;

/**
 * A refused request: the failure names the rule, the detail explains it to the client.
 * The detail is shown to callers, so it never carries secrets or another account's data.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Failure failure;

    public DomainException(Failure failure, String detail) {
        super(Objects.requireNonNull(detail, "detail"), null, false, false);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    public Failure failure() {
        return failure;
    }

    public String detail() {
        return getMessage();
    }

    public static DomainException invalidParameter(String detail) {
        return new DomainException(Failure.INVALID_PARAMETER, detail);
    }
}
