package io.quorum.aws.dynamo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quorum.error.ConcurrentModificationException;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectNameTakenException;
import io.quorum.project.ProjectSpec;
import io.quorum.project.ProjectStatus;
import io.quorum.workflow.ResourceType;
import io.quorum.sample.Sample;
import io.quorum.testing.Fixtures;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * How the stores read DynamoDB's cancellation reasons. DynamoDB Local serialises transactions, so
 * a TransactionConflict (two transactions on one item at once) only happens against the real
 * service; a client stub that cancels with given reasons stands in for it.
 */
class TransactionRaceTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void transactionConflictOnAStatusChangeIsALostRace() {
        DynamoProjectStore store = new DynamoProjectStore(cancellingWith("TransactionConflict"), "projects");
        assertThrows(ConcurrentModificationException.class, () -> store.changeStatus(project(), ProjectStatus.CHECKING, NOW));
        assertEquals(1, calls.get());
    }

    @Test
    void transactionConflictWhileAddingSamplesIsALostRace() {
        DynamoSampleStore store = new DynamoSampleStore(cancellingWith("None", "TransactionConflict"), "samples", "projects");
        Sample sample = Sample.submitted(project().id(), "https://images.example.com/a.jpg", ResourceType.IMAGE, NOW);
        assertThrows(ConcurrentModificationException.class, () -> store.addAll(project(), List.of(sample), NOW));
    }

    @Test
    void failedNameReservationMeansTheNameIsTaken() {
        DynamoProjectStore store = new DynamoProjectStore(cancellingWith("None", "ConditionalCheckFailed"), "projects");
        assertThrows(ProjectNameTakenException.class, () -> store.create(project()));
    }

    @Test
    void failedProjectConditionOnCreateIsALostRaceNotATakenName() {
        DynamoProjectStore store = new DynamoProjectStore(cancellingWith("ConditionalCheckFailed", "None"), "projects");
        assertThrows(ConcurrentModificationException.class, () -> store.create(project()));
    }

    @Test
    void otherCancellationsAreNotMistakenForRaces() {
        DynamoSampleStore store = new DynamoSampleStore(cancellingWith("ValidationError", "None"), "samples", "projects");
        Sample sample = Sample.submitted(project().id(), "https://images.example.com/a.jpg", ResourceType.IMAGE, NOW);
        assertThrows(TransactionCanceledException.class, () -> store.addAll(project(), List.of(sample), NOW));
    }

    private static Project project() {
        return Project.newProject(new ProjectId("p1_AAAAAAAA"), Fixtures.OWNER, ProjectSpec.from(Fixtures.classification("cats")), NOW);
    }

    /** A client whose every transaction is cancelled with these reasons, one per item in order. */
    private DynamoDbClient cancellingWith(String... reasonCodes) {
        List<CancellationReason> reasons = java.util.Arrays.stream(reasonCodes)
                .map(code -> CancellationReason.builder().code(code).build()).toList();
        return (DynamoDbClient) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DynamoDbClient.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("transactWriteItems")) {
                        calls.incrementAndGet();
                        throw TransactionCanceledException.builder().message("cancelled").cancellationReasons(reasons).build();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
