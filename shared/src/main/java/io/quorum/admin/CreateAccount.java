package io.quorum.admin;

import io.quorum.auth.Account;
import io.quorum.auth.AccountStore;
import io.quorum.auth.CredentialFactory;
import io.quorum.auth.Email;
import io.quorum.time.Clock;
import java.util.Objects;

/** Use case: an operator opens an account for a customer; the secret is returned this once. */
public final class CreateAccount {

    private final AccountStore accounts;
    private final CredentialFactory credentials;
    private final Clock clock;

    public CreateAccount(AccountStore accounts, CredentialFactory credentials, Clock clock) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.clock = clock;
    }

    public Account execute(CreateAccountCommand command) {
        Account account = new Account(credentials.newUserId(), credentials.newSecretKey(), command.email(), clock.now());
        accounts.create(account);
        return account;
    }

    public record CreateAccountCommand(Email email) {
        public CreateAccountCommand {
            Objects.requireNonNull(email, "email");
        }
    }
}
