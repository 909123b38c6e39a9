package io.quorum.auth;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A contact address, normalised to lower case so that one mailbox holds one account. */
public record Email(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s\"<>()\\[\\],;:\\\\]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+");

    public Email {
        Objects.requireNonNull(value, "email");
        value = value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("email is not a valid address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
