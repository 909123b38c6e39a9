package io.quorum.functions.worker;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.worker.WorkerApi;
import io.quorum.functions.Wiring;
import io.quorum.functions.api.WorkerEndpoint;
import io.quorum.project.ProjectStore;
import io.quorum.engine.ReleaseTask;
import io.quorum.engine.TaskQueue;
import io.quorum.engine.TaskStore;
import io.quorum.time.Clock;
import io.quorum.worker.WorkerStore;

/** POST /api/v1/worker/release: gives the held micro-task back to the queue at once. */
public final class ReleaseTaskHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final WorkerEndpoint endpoint;
    private final ReleaseTask release;

    public ReleaseTaskHandler() {
        this(Wiring.workers(), Wiring.projects(), Wiring.tasks(), Wiring.taskQueue(), Wiring.clock());
    }

    public ReleaseTaskHandler(WorkerStore workers, ProjectStore projects, TaskStore tasks, TaskQueue taskQueue, Clock clock) {
        this.endpoint = new WorkerEndpoint("releaseTask", workers, clock);
        this.release = new ReleaseTask(projects, tasks, taskQueue, clock);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, (worker, params) -> WorkerApi.released(release.execute(WorkerApi.release(worker, params))));
    }
}
