package io.quorum.auth;

/** The three signature headers as the client sent them; any may be missing (null). */
public record SignedHeaders(String signType, String timestamp, String requestSign) {
}
