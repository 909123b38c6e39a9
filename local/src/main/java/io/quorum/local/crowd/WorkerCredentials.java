package io.quorum.local.crowd;

import java.util.Objects;

/** A worker account as the operator endpoint created it. The secret never appears in toString. */
public record WorkerCredentials(String workerId, String secretKey, String name) {

    public WorkerCredentials {
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return "WorkerCredentials[workerId=" + workerId + ", name=" + name + ", secretKey=***]";
    }
}
