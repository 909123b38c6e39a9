package io.quorum.api;

/** What goes back to the client: the HTTP status, the JSON body, and the v1 code it carries (-1 for other APIs). */
public record ApiReply(int httpStatus, String body, int code) {
}
