package io.quorum.workflow;

import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import java.util.List;

/** A workflow that cannot run, with every reason, so the client can fix them all in one go (v1 code 33). */
public final class InvalidWorkflowException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidWorkflowException(List<String> problems) {
        super(Failure.WORKFLOW_INVALID, problems);
    }
}
