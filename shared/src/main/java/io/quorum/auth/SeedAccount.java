package io.quorum.auth;

import io.quorum.time.Clock;

/** Use case: provision an account with known credentials (the local stack's demo account). */
public final class SeedAccount {

    private final AccountStore accounts;
    private final Clock clock;

    public SeedAccount(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public Account execute(UserId userId, SecretKey secretKey, Email email) {
        Account account = accounts.find(userId)
                .map(existing -> new Account(userId, secretKey, email, existing.createdAt()))
                .orElseGet(() -> new Account(userId, secretKey, email, clock.now()));
        accounts.upsert(account);
        return account;
    }
}
