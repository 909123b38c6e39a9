package io.quorum.functions.project;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.v1.V1Operation;
import io.quorum.api.v1.V1Operations;
import io.quorum.app.Quorum;
import io.quorum.functions.api.V1Endpoint;
import io.quorum.functions.wiring.AwsQuorum;

/** POST /api/v1/projects/retrieveWorkflow: the workflow a project runs, custom or derived from its fields. */
public final class RetrieveWorkflowHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final V1Endpoint endpoint;
    private final V1Operation operation;

    public RetrieveWorkflowHandler() {
        this(AwsQuorum.get());
    }

    public RetrieveWorkflowHandler(Quorum quorum) {
        this.endpoint = new V1Endpoint("retrieveWorkflow", quorum);
        this.operation = V1Operations.retrieveWorkflow(quorum.projects());
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, operation);
    }
}
