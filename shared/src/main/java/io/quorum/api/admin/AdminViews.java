package io.quorum.api.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.api.v1.Params;
import io.quorum.auth.Account;
import io.quorum.admin.CreateAccount;
import io.quorum.auth.Email;
import io.quorum.error.DomainException;
import io.quorum.json.Json;

/** Reads operator requests into commands and writes their answers. */
public final class AdminViews {

    private AdminViews() {
    }

    public static CreateAccount.CreateAccountCommand createAccount(Params body) {
        String email = body.requiredString("email");
        body.finish();
        try {
            return new CreateAccount.CreateAccountCommand(new Email(email));
        } catch (IllegalArgumentException invalid) {
            throw DomainException.invalidParameter(body.field("email") + " is not a valid e-mail address");
        }
    }

    /** The only answer that ever carries the secret key. */
    public static ObjectNode accountCreated(Account account) {
        ObjectNode data = Json.object();
        data.put("userId", account.userId().value());
        data.put("secretKey", account.secretKey().value());
        data.put("email", account.email().value());
        data.put("created", account.createdAt().getEpochSecond());
        return data;
    }
}
