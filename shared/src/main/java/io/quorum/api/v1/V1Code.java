package io.quorum.api.v1;

import io.quorum.error.Failure;

/** The ByteBridge v1 error table, verbatim, and which domain failure answers with which code. */
public enum V1Code {
    SUCCESS(0, "success"),
    UNKNOWN_ERROR(1, "unknown error"),
    PARAMETER_INVALID(2, "Parameter missing or invalid"),
    JSON_PARSING_FAILED(3, "Json parsing failed"),
    URL_INVALID(4, "Api request url is invalid"),
    PERMISSION_ERROR(5, "Permission error, interface does not provide external access"),
    USER_NOT_FOUND(6, "API request user does not exist"),
    PROJECT_CREATION_FAILED(7, "Project creation failed, please check the parameter configuration"),
    PROJECT_NOT_FOUND(8, "The project does not exist"),
    PROJECT_UPDATE_FAILED(9, "Project update failed,Please check for the project configurarion"),
    RESOURCE_LINK_TOO_LONG(10, "Failed to submit the resource link, please check whether the resource link is too long"),
    NO_FILES_UPLOADED(10, "The project has not uploaded files and cannot be opened, please upload files first"),
    NO_FILES_USABLE(11, "The project has not uploaded files and cannot be opened, please upload files first"),
    CREDIT_CARD_REQUIRED(12, "Please bind credit card information in dashboard first"),
    UNDER_REVIEW(13, "The project is under review"),
    ALREADY_IN_PROGRESS(14, "The project is already in progress, no need to start"),
    ALREADY_COMPLETED(15, "The project has been completed and can no longer be started"),
    UNSETTLED_CREDIT(16, "There is unsettled credit in this account"),
    CREDIT_UNDER_SETTLEMENT(17, "There is credit under settlement, please try again later"),
    CHECKING_STATUS(18, "Checking for the project status, hold on for a second"),
    START_FAILED(19, "The project failed to start, please check the project configuration"),
    PAUSED(20, "The project has been paused"),
    PAUSE_FAILED(21, "Project pause failed, please check the parameter configuration and try again later"),
    CANNOT_DELETE_NOW(22, "The project can not be deleted now"),
    DELETE_FAILED(23, "Failed to delete in the current state of the project"),
    RESOURCE_INVALID(24, "Invalid resource information,Please check resource"),
    UPLOAD_NOT_ALLOWED(25, "The current project status does not allow to upload resources"),
    QUERY_FAILED(26, "Project information query failed, please check whether the retrieved parameters match"),
    SIGNATURE_FAILED(27, "api key signature verification failed"),
    LOCKED_FOR_REVIEW(28, "Projects that have been opened for delivery review cannot be modified"),
    // Quorum's own codes, beyond the spec's table: the worker API and workflows.
    NO_TASK_AVAILABLE(29, "No micro-task is available at the moment, please try again later"),
    TASK_TOKEN_INVALID(30, "The task token is invalid or does not belong to this worker"),
    LEASE_EXPIRED(31, "The lease on this micro-task has expired"),
    ANSWER_INVALID(32, "The answer does not match the task"),
    WORKFLOW_INVALID(33, "The workflow is invalid, please check every listed problem");

    private final int code;
    private final String message;

    V1Code(int code, String message) {
        this.code = code;
        this.message = message;
    }

    public int code() {
        return code;
    }

    public String message() {
        return message;
    }

    public static V1Code of(Failure failure) {
        return switch (failure) {
            case INTERNAL, QUEUE_UNAVAILABLE -> UNKNOWN_ERROR;
            case INVALID_PARAMETER, BODY_TOO_LARGE, EMAIL_TAKEN -> PARAMETER_INVALID;
            case MALFORMED_JSON -> JSON_PARSING_FAILED;
            case UNKNOWN_PATH -> URL_INVALID;
            case ADMIN_KEY_MISSING, ADMIN_KEY_INVALID -> PERMISSION_ERROR;
            case UNKNOWN_USER -> USER_NOT_FOUND;
            case SIGNATURE_INVALID -> SIGNATURE_FAILED;
            case PROJECT_CREATE_REFUSED -> PROJECT_CREATION_FAILED;
            case PROJECT_NOT_FOUND -> PROJECT_NOT_FOUND;
            case PROJECT_UPDATE_REFUSED -> PROJECT_UPDATE_FAILED;
            case PROJECT_LOCKED_AFTER_SUBMIT -> LOCKED_FOR_REVIEW;
            case RESOURCE_URL_TOO_LONG -> RESOURCE_LINK_TOO_LONG;
            case RESOURCE_INVALID -> RESOURCE_INVALID;
            case UPLOADS_CLOSED -> UPLOAD_NOT_ALLOWED;
            case NO_RESOURCES -> NO_FILES_UPLOADED;
            case NO_VALID_RESOURCES -> NO_FILES_USABLE;
            case UNDER_REVIEW -> UNDER_REVIEW;
            case ALREADY_RUNNING -> ALREADY_IN_PROGRESS;
            case ALREADY_COMPLETED -> ALREADY_COMPLETED;
            case ALREADY_PAUSED -> PAUSED;
            case PAUSE_REFUSED -> PAUSE_FAILED;
            case DELETE_REFUSED_IN_PROGRESS -> CANNOT_DELETE_NOW;
            case DELETE_REFUSED -> DELETE_FAILED;
            case QUERY_REFUSED -> QUERY_FAILED;
            case WORKFLOW_INVALID -> WORKFLOW_INVALID;
            case NO_TASK_AVAILABLE -> NO_TASK_AVAILABLE;
            case TASK_TOKEN_INVALID -> TASK_TOKEN_INVALID;
            case LEASE_EXPIRED -> LEASE_EXPIRED;
            case ANSWER_INVALID -> ANSWER_INVALID;
            case PROJECT_STATE_CONFLICT -> PROJECT_UPDATE_FAILED;
        };
    }
}
