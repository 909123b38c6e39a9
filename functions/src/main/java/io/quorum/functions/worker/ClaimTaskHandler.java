package io.quorum.functions.worker;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.worker.WorkerApi;
import io.quorum.blob.BlobStore;
import io.quorum.functions.Wiring;
import io.quorum.functions.api.WorkerEndpoint;
import io.quorum.project.ProjectStore;
import io.quorum.sample.SampleStore;
import io.quorum.engine.ClaimTask;
import io.quorum.engine.TaskQueue;
import io.quorum.engine.TaskStore;
import io.quorum.time.Clock;
import io.quorum.worker.WorkerStore;
import java.time.Duration;

/** POST /api/v1/worker/claim: one micro-task with a lease, or code 29. */
public final class ClaimTaskHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final WorkerEndpoint endpoint;
    private final ClaimTask claim;
    private final Duration defaultLease;

    public ClaimTaskHandler() {
        this(Wiring.workers(), Wiring.projects(), Wiring.samples(), Wiring.tasks(), Wiring.taskQueue(), Wiring.resourcesBlobs(),
                Wiring.leaseDuration(), Wiring.clock());
    }

    public ClaimTaskHandler(WorkerStore workers, ProjectStore projects, SampleStore samples, TaskStore tasks, TaskQueue taskQueue,
                            BlobStore blobs, Duration defaultLease, Clock clock) {
        this.endpoint = new WorkerEndpoint("claimTask", workers, clock);
        this.claim = new ClaimTask(projects, samples, tasks, taskQueue, blobs, clock);
        this.defaultLease = defaultLease;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, (worker, params) -> WorkerApi.claimed(claim.execute(WorkerApi.claim(worker, params, defaultLease))));
    }
}
