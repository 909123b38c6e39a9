package io.quorum.functions.sample;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.v1.V1Operation;
import io.quorum.api.v1.V1Operations;
import io.quorum.app.Quorum;
import io.quorum.functions.api.V1Endpoint;
import io.quorum.functions.wiring.AwsQuorum;

/** POST /api/v1/projects/submitResource: add resources by URL and queue them for fetching. */
public final class SubmitResourceHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final V1Endpoint endpoint;
    private final V1Operation operation;

    public SubmitResourceHandler() {
        this(AwsQuorum.get());
    }

    public SubmitResourceHandler(Quorum quorum) {
        this.endpoint = new V1Endpoint("submitResource", quorum);
        this.operation = V1Operations.submitResource(quorum.ingestion());
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, operation);
    }
}
