package io.quorum.aws.dynamo;

import io.quorum.auth.Account;
import io.quorum.auth.AccountStore;
import io.quorum.auth.UserId;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Accounts in DynamoDB: one item per account, one more per e-mail so that an address holds one account. */
public final class DynamoAccountStore implements AccountStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoAccountStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<Account> find(UserId userId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(AccountItemMapper.key(userId))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(AccountItemMapper.fromItem(item));
    }

    @Override
    public void create(Account account) {
        write(account, "attribute_not_exists(pk)", "attribute_not_exists(pk)", Map.of());
    }

    @Override
    public void upsert(Account account) {
        write(account, null, "attribute_not_exists(pk) OR #owner = :owner",
                Map.of(":owner", AttributeValue.fromS(account.userId().value())));
    }

    private void write(Account account, String accountCondition, String lockCondition, Map<String, AttributeValue> lockValues) {
        Put.Builder accountPut = Put.builder().tableName(table).item(AccountItemMapper.toItem(account));
        if (accountCondition != null) {
            accountPut.conditionExpression(accountCondition);
        }
        Put.Builder lockPut = Put.builder().tableName(table).item(AccountItemMapper.emailLock(account))
                .conditionExpression(lockCondition);
        if (!lockValues.isEmpty()) {
            lockPut.expressionAttributeNames(Map.of("#owner", "owner")).expressionAttributeValues(lockValues);
        }
        try {
            Transactions.write(dynamo, List.of(
                    TransactWriteItem.builder().put(accountPut.build()).build(),
                    TransactWriteItem.builder().put(lockPut.build()).build()));
        } catch (TransactionCanceledException e) {
            var reasons = e.cancellationReasons();
            if (reasons.size() > 1 && Transactions.conditionFailed(reasons.get(1))) {
                throw new DomainException(Failure.EMAIL_TAKEN, "an account already exists for this e-mail address");
            }
            if (!reasons.isEmpty() && Transactions.conditionFailed(reasons.get(0))) {
                throw new IllegalStateException("account id collision", e);
            }
            throw e;
        }
    }
}
