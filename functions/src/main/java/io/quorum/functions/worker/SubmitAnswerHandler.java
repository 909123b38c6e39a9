package io.quorum.functions.worker;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.worker.WorkerOperation;
import io.quorum.api.worker.WorkerOperations;
import io.quorum.app.Quorum;
import io.quorum.functions.api.WorkerEndpoint;
import io.quorum.functions.wiring.AwsQuorum;

/** POST /api/v1/worker/submit: the answer to the micro-task the worker holds. */
public final class SubmitAnswerHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final WorkerEndpoint endpoint;
    private final WorkerOperation operation;

    public SubmitAnswerHandler() {
        this(AwsQuorum.get());
    }

    public SubmitAnswerHandler(Quorum quorum) {
        this.endpoint = new WorkerEndpoint("submitAnswer", quorum);
        this.operation = WorkerOperations.submit(quorum.engine());
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, operation);
    }
}
