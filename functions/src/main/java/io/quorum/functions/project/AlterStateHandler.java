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

/** POST /api/v1/projects/alterState: start (submit or resume), pause or delete a project; a resume queues a dispatch sweep. */
public final class AlterStateHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final V1Endpoint endpoint;
    private final V1Operation operation;

    public AlterStateHandler() {
        this(AwsQuorum.get());
    }

    public AlterStateHandler(Quorum quorum) {
        this.endpoint = new V1Endpoint("alterState", quorum);
        this.operation = V1Operations.alterState(quorum.projects());
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, operation);
    }
}
