package io.quorum.local.crowd;

/** The API answered something a client cannot go on from: a non-200 status, or a body that is not JSON. */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    public ApiException(int httpStatus, String message) {
        super(message);
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
