package io.quorum.auth;

import java.util.Optional;

/** Port: where accounts live. */
public interface AccountStore {

    Optional<Account> find(UserId userId);

    /**
     * Stores a new account; refuses with {@link io.quorum.error.Failure#EMAIL_TAKEN} when the e-mail
     * already has one, and with an {@link IllegalStateException} when the id is taken.
     */
    void create(Account account);

    /** Stores the account whether or not it exists, keeping the e-mail unique. For provisioning only. */
    void upsert(Account account);
}
