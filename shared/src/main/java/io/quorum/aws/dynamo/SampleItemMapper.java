package io.quorum.aws.dynamo;

import static io.quorum.aws.dynamo.Items.n;
import static io.quorum.aws.dynamo.Items.s;

import io.quorum.project.ProjectId;
import io.quorum.workflow.ResourceType;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleId;
import io.quorum.sample.SampleStatus;
import io.quorum.sample.StoredResource;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps samples to items of the samples table (partition: project, sort: sample). */
final class SampleItemMapper {

    /** Named so because {@code status} is a DynamoDB reserved word and the time index projects it. */
    static final String STATUS = "sampleStatus";
    static final String SUBMITTED_AT = "createdAt";
    static final String BLOB_KEY = "blobKey";
    static final String CONTENT_TYPE = "contentType";
    static final String SIZE_BYTES = "sizeBytes";
    static final String IMAGE_WIDTH = "imageWidth";
    static final String IMAGE_HEIGHT = "imageHeight";
    static final String FAILURE_REASON = "failureReason";

    private SampleItemMapper() {
    }

    static Map<String, AttributeValue> key(ProjectId projectId, SampleId sampleId) {
        return Map.of("pk", s(projectId.value()), "sk", s(sampleId.value()));
    }

    static Map<String, AttributeValue> toItem(Sample sample) {
        Map<String, AttributeValue> item = new HashMap<>(key(sample.projectId(), sample.id()));
        item.put("source", s(sample.source()));
        item.put("resourceType", s(sample.resourceType().wireName()));
        item.put(STATUS, s(sample.status().wireName()));
        item.put(SUBMITTED_AT, n(sample.submittedAt().toEpochMilli()));
        item.putAll(storedAttributes(sample.stored()));
        sample.failureReason().ifPresent(reason -> item.put(FAILURE_REASON, s(reason)));
        return item;
    }

    static Map<String, AttributeValue> storedAttributes(Optional<StoredResource> stored) {
        Map<String, AttributeValue> attributes = new HashMap<>();
        stored.ifPresent(resource -> {
            attributes.put(BLOB_KEY, s(resource.blobKey()));
            attributes.put(CONTENT_TYPE, s(resource.contentType()));
            attributes.put(SIZE_BYTES, n(resource.sizeBytes()));
            resource.imageWidth().ifPresent(width -> attributes.put(IMAGE_WIDTH, n(width)));
            resource.imageHeight().ifPresent(height -> attributes.put(IMAGE_HEIGHT, n(height)));
        });
        return attributes;
    }

    static Sample fromItem(Map<String, AttributeValue> item) {
        return new Sample(
                new ProjectId(Items.string(item, "pk")),
                new SampleId(Items.string(item, "sk")),
                Items.string(item, "source"),
                ResourceType.fromWire(Items.string(item, "resourceType")).orElseThrow(),
                SampleStatus.fromWire(Items.string(item, STATUS)).orElseThrow(),
                Instant.ofEpochMilli(Items.number(item, SUBMITTED_AT)),
                storedOf(item),
                Optional.ofNullable(item.get(FAILURE_REASON)).map(AttributeValue::s));
    }

    private static Optional<StoredResource> storedOf(Map<String, AttributeValue> item) {
        if (!item.containsKey(BLOB_KEY)) {
            return Optional.empty();
        }
        return Optional.of(new StoredResource(Items.string(item, BLOB_KEY), Items.string(item, CONTENT_TYPE),
                Items.number(item, SIZE_BYTES), optionalInt(item, IMAGE_WIDTH), optionalInt(item, IMAGE_HEIGHT)));
    }

    private static OptionalInt optionalInt(Map<String, AttributeValue> item, String attribute) {
        return item.containsKey(attribute) ? OptionalInt.of(Math.toIntExact(Items.number(item, attribute))) : OptionalInt.empty();
    }
}
