package io.quorum.testing;

import io.quorum.auth.Account;
import io.quorum.auth.AccountStore;
import io.quorum.auth.Email;
import io.quorum.auth.UserId;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Accounts in memory, with one account per e-mail address as {@link AccountStore} requires. */
public final class InMemoryAccountStore implements AccountStore {

    private final Map<UserId, Account> accounts = new HashMap<>();
    private final Map<Email, UserId> emails = new HashMap<>();

    @Override
    public synchronized Optional<Account> find(UserId userId) {
        return Optional.ofNullable(accounts.get(Objects.requireNonNull(userId, "userId")));
    }

    @Override
    public synchronized void create(Account account) {
        Objects.requireNonNull(account, "account");
        if (emails.containsKey(account.email())) {
            throw new DomainException(Failure.EMAIL_TAKEN, "an account already exists for this e-mail address");
        }
        if (accounts.containsKey(account.userId())) {
            throw new IllegalStateException("account id collision");
        }
        accounts.put(account.userId(), account);
        emails.put(account.email(), account.userId());
    }

    @Override
    public synchronized void upsert(Account account) {
        Objects.requireNonNull(account, "account");
        UserId holder = emails.get(account.email());
        if (holder != null && !holder.equals(account.userId())) {
            throw new DomainException(Failure.EMAIL_TAKEN, "an account already exists for this e-mail address");
        }
        Account previous = accounts.put(account.userId(), account);
        if (previous != null && !previous.email().equals(account.email())) {
            emails.remove(previous.email());
        }
        emails.put(account.email(), account.userId());
    }

    public synchronized int size() {
        return accounts.size();
    }
}
