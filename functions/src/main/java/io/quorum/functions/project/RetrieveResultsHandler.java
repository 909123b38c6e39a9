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

/** POST /api/v1/projects/retrieveResults: a page of samples with their decided labels and every answer. */
public final class RetrieveResultsHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final V1Endpoint endpoint;
    private final V1Operation operation;

    public RetrieveResultsHandler() {
        this(AwsQuorum.get());
    }

    public RetrieveResultsHandler(Quorum quorum) {
        this.endpoint = new V1Endpoint("retrieveResults", quorum);
        this.operation = V1Operations.retrieveResults(quorum.engine());
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, operation);
    }
}
