package io.quorum.functions.worker;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.worker.WorkerApi;
import io.quorum.functions.Wiring;
import io.quorum.functions.api.WorkerEndpoint;
import io.quorum.project.ProjectStore;
import io.quorum.sample.SampleStore;
import io.quorum.engine.SubmitAnswer;
import io.quorum.engine.TallyQueue;
import io.quorum.engine.TaskQueue;
import io.quorum.engine.TaskStore;
import io.quorum.time.Clock;
import io.quorum.worker.WorkerStore;

/** POST /api/v1/worker/submit: the answer to the micro-task the worker holds. */
public final class SubmitAnswerHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final WorkerEndpoint endpoint;
    private final SubmitAnswer submit;

    public SubmitAnswerHandler() {
        this(Wiring.workers(), Wiring.projects(), Wiring.samples(), Wiring.tasks(), Wiring.taskQueue(), Wiring.tallyQueue(), Wiring.clock());
    }

    public SubmitAnswerHandler(WorkerStore workers, ProjectStore projects, SampleStore samples, TaskStore tasks, TaskQueue taskQueue,
                               TallyQueue tallyQueue, Clock clock) {
        this.endpoint = new WorkerEndpoint("submitAnswer", workers, clock);
        this.submit = new SubmitAnswer(projects, samples, tasks, taskQueue, tallyQueue, clock);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, (worker, params) -> WorkerApi.submitted(submit.execute(WorkerApi.submit(worker, params))));
    }
}
