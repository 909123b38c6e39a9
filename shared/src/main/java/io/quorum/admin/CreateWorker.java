package io.quorum.admin;

import io.quorum.worker.Worker;
import io.quorum.worker.WorkerId;
import io.quorum.worker.WorkerStore;
import io.quorum.auth.CredentialFactory;
import io.quorum.error.DomainException;
import io.quorum.time.Clock;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Use case: an operator enrols a worker; the secret is returned this once. */
public final class CreateWorker {

    private final WorkerStore workers;
    private final CredentialFactory credentials;
    private final SecureRandom random;
    private final Clock clock;

    public CreateWorker(WorkerStore workers, CredentialFactory credentials, Clock clock) {
        this.workers = workers;
        this.credentials = credentials;
        this.random = new SecureRandom();
        this.clock = clock;
    }

    public Worker execute(Command command) {
        Worker worker = new Worker(newWorkerId(), credentials.newSecretKey(), command.name(), clock.now());
        workers.create(worker);
        return worker;
    }

    private WorkerId newWorkerId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return new WorkerId("W_" + HexFormat.of().withUpperCase().formatHex(bytes));
    }

    /** A display name for operators, optional. */
    public record Command(String name) {
        public Command {
            name = name == null ? "" : name.strip();
            if (name.length() > Worker.MAX_NAME) {
                throw DomainException.invalidParameter("name must have at most " + Worker.MAX_NAME + " characters");
            }
            if (!name.chars().allMatch(c -> c >= 0x20 && c != 0x7f)) {
                throw DomainException.invalidParameter("name must not contain control characters");
            }
        }
    }
}
