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

/** POST /api/v1/projects/retrieveProject: a project's configuration and progress. */
public final class RetrieveProjectHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final V1Endpoint endpoint;
    private final V1Operation operation;

    public RetrieveProjectHandler() {
        this(AwsQuorum.get());
    }

    public RetrieveProjectHandler(Quorum quorum) {
        this.endpoint = new V1Endpoint("retrieveProject", quorum);
        this.operation = V1Operations.retrieveProject(quorum.projects());
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, operation);
    }
}
