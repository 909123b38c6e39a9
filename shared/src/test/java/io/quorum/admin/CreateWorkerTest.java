package io.quorum.admin;

import io.quorum.worker.Worker;
import io.quorum.worker.WorkerId;
import io.quorum.worker.WorkerStore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.auth.CredentialFactory;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateWorkerTest {

    private final Map<WorkerId, Worker> stored = new HashMap<>();
    private final WorkerStore workers = new WorkerStore() {
        @Override
        public void create(Worker worker) {
            if (stored.putIfAbsent(worker.id(), worker) != null) {
                throw new IllegalStateException("duplicate");
            }
        }

        @Override
        public Optional<Worker> find(WorkerId id) {
            return Optional.ofNullable(stored.get(id));
        }
    };
    private final CreateWorker createWorker = new CreateWorker(workers, new CredentialFactory(), () -> Instant.parse("2026-11-21T10:00:00Z"));

    @Test
    void enrolsAWorkerWithAFreshIdAndSecretThatIsStored() {
        Worker worker = createWorker.execute(new CreateWorker.Command("  Ada  "));
        assertTrue(WorkerId.isWellFormed(worker.id().value()), worker.id().value());
        assertTrue(worker.secretKey().value().startsWith("live_"));
        assertEquals("Ada", worker.name());
        assertEquals(Optional.of(worker), workers.find(worker.id()));
    }

    @Test
    void twoWorkersNeverShareAnIdOrSecret() {
        Worker first = createWorker.execute(new CreateWorker.Command(null));
        Worker second = createWorker.execute(new CreateWorker.Command(null));
        assertNotEquals(first.id(), second.id());
        assertNotEquals(first.secretKey(), second.secretKey());
    }

    @Test
    void refusesALongNameOrControlCharacters() {
        DomainException tooLong = assertThrows(DomainException.class, () -> new CreateWorker.Command("x".repeat(101)));
        assertEquals(Failure.INVALID_PARAMETER, tooLong.failure());
        assertThrows(DomainException.class, () -> new CreateWorker.Command("a\nb"));
    }

    @Test
    void aWorkerIdNeverPassesForACustomerId() {
        assertTrue(!io.quorum.auth.UserId.isWellFormed(createWorker.execute(new CreateWorker.Command("")).id().value()));
    }
}
