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

/** POST /api/v1/worker/claim: one micro-task with a lease, or code 29. */
public final class ClaimTaskHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final WorkerEndpoint endpoint;
    private final WorkerOperation operation;

    public ClaimTaskHandler() {
        this(AwsQuorum.get());
    }

    public ClaimTaskHandler(Quorum quorum) {
        this.endpoint = new WorkerEndpoint("claimTask", quorum);
        this.operation = WorkerOperations.claim(quorum.engine());
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, operation);
    }
}
