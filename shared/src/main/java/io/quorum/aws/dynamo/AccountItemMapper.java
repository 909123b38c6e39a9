package io.quorum.aws.dynamo;

import static io.quorum.aws.dynamo.Items.n;
import static io.quorum.aws.dynamo.Items.s;

import io.quorum.auth.Account;
import io.quorum.auth.Email;
import io.quorum.auth.SecretKey;
import io.quorum.auth.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps accounts to items of the accounts table and back. */
final class AccountItemMapper {

    static final String EMAIL_LOCK_PREFIX = "email#";

    private AccountItemMapper() {
    }

    static Map<String, AttributeValue> key(UserId userId) {
        return Map.of("pk", s(userId.value()));
    }

    static Map<String, AttributeValue> toItem(Account account) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(account.userId().value()));
        item.put("kind", s("account"));
        item.put("secretKey", s(account.secretKey().value()));
        item.put("email", s(account.email().value()));
        item.put("createdAt", n(account.createdAt().toEpochMilli()));
        return item;
    }

    /** The item that reserves an e-mail address for one account. */
    static Map<String, AttributeValue> emailLock(Account account) {
        return Map.of(
                "pk", s(EMAIL_LOCK_PREFIX + account.email().value()),
                "kind", s("email-lock"),
                "owner", s(account.userId().value()));
    }

    static Account fromItem(Map<String, AttributeValue> item) {
        return new Account(
                new UserId(Items.string(item, "pk")),
                new SecretKey(Items.string(item, "secretKey")),
                new Email(Items.string(item, "email")),
                Instant.ofEpochMilli(Items.number(item, "createdAt")));
    }
}
