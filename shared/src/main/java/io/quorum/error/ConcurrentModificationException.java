package io.quorum.error;

/** A conditional write lost a race: the item changed between read and write. Callers re-read and retry. */
public final class ConcurrentModificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentModificationException(String message) {
        super(message, null, false, false);
    }
}
