package io.quorum.store;

import static io.quorum.store.Items.n;
import static io.quorum.store.Items.s;

import io.quorum.project.ProjectId;
import io.quorum.sample.ResourceType;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleId;
import io.quorum.sample.SampleStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps samples to items of the samples table (partition: project, sort: sample). */
final class SampleItemMapper {

    /** Named so because {@code status} is a DynamoDB reserved word and the time index projects it. */
    static final String STATUS = "sampleStatus";
    static final String SUBMITTED_AT = "createdAt";

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
        return item;
    }

    static Sample fromItem(Map<String, AttributeValue> item) {
        return new Sample(
                new ProjectId(Items.string(item, "pk")),
                new SampleId(Items.string(item, "sk")),
                Items.string(item, "source"),
                ResourceType.fromWire(Items.string(item, "resourceType")).orElseThrow(),
                SampleStatus.fromWire(Items.string(item, STATUS)).orElseThrow(),
                Instant.ofEpochMilli(Items.number(item, SUBMITTED_AT)));
    }
}
