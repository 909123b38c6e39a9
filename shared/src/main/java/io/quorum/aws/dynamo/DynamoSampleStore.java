package io.quorum.aws.dynamo;

import static io.quorum.aws.dynamo.Items.n;
import static io.quorum.aws.dynamo.Items.s;

import io.quorum.error.ConcurrentModificationException;
import io.quorum.project.Counters;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectStatus;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleId;
import io.quorum.sample.SampleStatus;
import io.quorum.sample.SampleStore;
import io.quorum.sample.StoredResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Samples in DynamoDB. New samples and the project's counters are written in one transaction,
 * so retrieveProject's counters always agree with the samples that exist.
 */
public final class DynamoSampleStore implements SampleStore {

    private static final int BATCH_GET_LIMIT = 100;
    private static final String TIME_INDEX = "byCreatedAt";

    private final DynamoDbClient dynamo;
    private final String samplesTable;
    private final String projectsTable;

    public DynamoSampleStore(DynamoDbClient dynamo, String samplesTable, String projectsTable) {
        this.dynamo = dynamo;
        this.samplesTable = samplesTable;
        this.projectsTable = projectsTable;
    }

    @Override
    public List<Sample> findAll(ProjectId projectId, Collection<SampleId> ids) {
        List<Map<String, AttributeValue>> keys = ids.stream().distinct().map(id -> SampleItemMapper.key(projectId, id)).toList();
        List<Sample> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += BATCH_GET_LIMIT) {
            Map<String, KeysAndAttributes> pending = Map.of(samplesTable, KeysAndAttributes.builder()
                    .keys(keys.subList(from, Math.min(keys.size(), from + BATCH_GET_LIMIT)))
                    .consistentRead(true).build());
            while (!pending.isEmpty()) {
                Map<String, KeysAndAttributes> request = pending;
                BatchGetItemResponse response = dynamo.batchGetItem(r -> r.requestItems(request));
                response.responses().getOrDefault(samplesTable, List.of()).stream()
                        .map(SampleItemMapper::fromItem)
                        .forEach(found::add);
                pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return found;
    }

    @Override
    public void addAll(Project project, List<Sample> samples, Instant at) {
        if (samples.isEmpty() || samples.size() > MAX_SAMPLES_PER_WRITE) {
            throw new IllegalArgumentException("between 1 and " + MAX_SAMPLES_PER_WRITE + " samples fit one write");
        }
        List<TransactWriteItem> writes = new ArrayList<>(samples.size() + 1);
        for (Sample sample : samples) {
            writes.add(TransactWriteItem.builder().put(Put.builder().tableName(samplesTable)
                    .item(SampleItemMapper.toItem(sample))
                    .conditionExpression("attribute_not_exists(sk)").build()).build());
        }
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":added", n(samples.size()));
        values.put(":owner", s(project.owner().value()));
        values.put(":type", s(project.spec().type().wireName()));
        List<String> accepting = new ArrayList<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            if (status.acceptsResources()) {
                values.put(":accepting" + status.ordinal(), s(status.wireName()));
                accepting.add(":accepting" + status.ordinal());
            }
        }
        writes.add(TransactWriteItem.builder().update(Update.builder().tableName(projectsTable)
                .key(ProjectItemMapper.key(project.id()))
                .updateExpression("ADD #items :added, #noStart :added")
                // the type too: a concurrent setProject must not leave samples the new type cannot label
                .conditionExpression("ownerId = :owner AND #type = :type AND #status IN (" + String.join(", ", accepting) + ")")
                .expressionAttributeNames(Map.of("#items", "items", "#noStart", "noStart", "#status", "status", "#type", "type"))
                .expressionAttributeValues(values).build()).build());
        try {
            Transactions.write(dynamo, writes);
        } catch (TransactionCanceledException e) {
            if (Transactions.lostRace(e)) {
                throw new ConcurrentModificationException("project or samples changed since they were read");
            }
            throw e;
        }
    }

    /** Pending and not yet ingested: the one state from which ingestion may decide a sample's fate. */
    private static final String AWAITING_INGESTION = "#state = :pending AND attribute_not_exists(#blobKey)";

    @Override
    public boolean markIngested(ProjectId projectId, SampleId sampleId, StoredResource stored) {
        Map<String, String> names = new HashMap<>(Map.of("#state", SampleItemMapper.STATUS, "#blobKey", SampleItemMapper.BLOB_KEY));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pending", s(SampleStatus.PENDING.wireName())));
        List<String> sets = new ArrayList<>();
        SampleItemMapper.storedAttributes(Optional.of(stored)).forEach((attribute, value) -> {
            names.put("#" + attribute, attribute);
            values.put(":" + attribute, value);
            sets.add("#" + attribute + " = :" + attribute);
        });
        try {
            dynamo.updateItem(r -> r.tableName(samplesTable)
                    .key(SampleItemMapper.key(projectId, sampleId))
                    .updateExpression("SET " + String.join(", ", sets))
                    .conditionExpression("attribute_exists(sk) AND " + AWAITING_INGESTION)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException alreadyDecided) {
            return false;
        }
    }

    @Override
    public boolean markFailed(ProjectId projectId, SampleId sampleId, String reason) {
        TransactWriteItem sample = TransactWriteItem.builder().update(Update.builder().tableName(samplesTable)
                .key(SampleItemMapper.key(projectId, sampleId))
                .updateExpression("SET #state = :failed, #reason = :reason")
                .conditionExpression("attribute_exists(sk) AND " + AWAITING_INGESTION)
                .expressionAttributeNames(Map.of("#state", SampleItemMapper.STATUS, "#blobKey", SampleItemMapper.BLOB_KEY,
                        "#reason", SampleItemMapper.FAILURE_REASON))
                .expressionAttributeValues(Map.of(
                        ":pending", s(SampleStatus.PENDING.wireName()),
                        ":failed", s(SampleStatus.FAILED.wireName()),
                        ":reason", s(reason))).build()).build();
        TransactWriteItem counters = TransactWriteItem.builder().update(Update.builder().tableName(projectsTable)
                .key(ProjectItemMapper.key(projectId))
                .updateExpression("ADD #noStart :minusOne, #failed :one")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#noStart", "noStart", "#failed", "failed"))
                .expressionAttributeValues(Map.of(":minusOne", n(-1), ":one", n(1))).build()).build();
        try {
            Transactions.write(dynamo, List.of(sample, counters));
            return true;
        } catch (TransactionCanceledException e) {
            if (!e.cancellationReasons().isEmpty() && Transactions.conditionFailed(e.cancellationReasons().get(0))) {
                return false;
            }
            if (Transactions.lostRace(e)) {
                // a concurrent counter update on the project: the caller's retry reads afresh
                throw new ConcurrentModificationException("the sample or its project changed meanwhile");
            }
            throw e;
        }
    }

    @Override
    public Counters countSubmittedBetween(ProjectId projectId, Instant from, Instant to) {
        QueryRequest query = QueryRequest.builder()
                .tableName(samplesTable)
                .indexName(TIME_INDEX)
                .keyConditionExpression("pk = :project AND #submitted BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#submitted", SampleItemMapper.SUBMITTED_AT, "#state", SampleItemMapper.STATUS))
                .expressionAttributeValues(Map.of(
                        ":project", s(projectId.value()),
                        ":from", n(from.toEpochMilli()),
                        ":to", n(to.toEpochMilli())))
                .projectionExpression("#state")
                .build();
        Map<SampleStatus, Long> counts = new EnumMap<>(SampleStatus.class);
        Arrays.stream(SampleStatus.values()).forEach(status -> counts.put(status, 0L));
        dynamo.queryPaginator(query).items().forEach(item ->
                SampleStatus.fromWire(Items.string(item, SampleItemMapper.STATUS))
                        .ifPresent(status -> counts.merge(status, 1L, Long::sum)));
        long completed = counts.get(SampleStatus.COMPLETED);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Counters(total, counts.get(SampleStatus.PENDING), counts.get(SampleStatus.PROCESSING), completed,
                completed, counts.get(SampleStatus.FAILED), completed);
    }
}
