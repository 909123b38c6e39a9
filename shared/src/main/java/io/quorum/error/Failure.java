package io.quorum.error;

/** Why a request was refused, in the domain's words; each API maps these to its own codes. */
public enum Failure {
    INTERNAL,
    INVALID_PARAMETER,
    MALFORMED_JSON,
    BODY_TOO_LARGE,
    UNKNOWN_PATH,
    UNKNOWN_USER,
    SIGNATURE_INVALID,
    PROJECT_CREATE_REFUSED,
    PROJECT_NOT_FOUND,
    PROJECT_UPDATE_REFUSED,
    PROJECT_LOCKED_AFTER_SUBMIT,
    RESOURCE_URL_TOO_LONG,
    RESOURCE_INVALID,
    UPLOADS_CLOSED,
    NO_RESOURCES,
    NO_VALID_RESOURCES,
    UNDER_REVIEW,
    ALREADY_RUNNING,
    ALREADY_COMPLETED,
    ALREADY_PAUSED,
    PAUSE_REFUSED,
    DELETE_REFUSED_IN_PROGRESS,
    DELETE_REFUSED,
    QUERY_REFUSED,
    QUEUE_UNAVAILABLE,
    ADMIN_KEY_MISSING,
    ADMIN_KEY_INVALID,
    EMAIL_TAKEN,
    /** setWorkflow: the workflow has problems; the detail lists every one. */
    WORKFLOW_INVALID,
    /** Worker API: no micro-task can be handed to this worker now. */
    NO_TASK_AVAILABLE,
    /** Worker API: the task token is unknown, malformed, or held by another worker. */
    TASK_TOKEN_INVALID,
    /** Worker API: the lease behind the token ran out; the micro-task went back on the queue. */
    LEASE_EXPIRED,
    /** Worker API: the answer does not fit the task type, its options or the image. */
    ANSWER_INVALID,
    /** Operator API: the project is not in the state the operation needs (e.g. approve a project not under review). */
    PROJECT_STATE_CONFLICT
}
