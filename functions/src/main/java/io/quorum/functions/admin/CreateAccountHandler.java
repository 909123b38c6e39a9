package io.quorum.functions.admin;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.admin.AdminOperation;
import io.quorum.api.admin.AdminOperations;
import io.quorum.app.Quorum;
import io.quorum.functions.api.AdminEndpoint;
import io.quorum.functions.wiring.AwsQuorum;

/** POST /api/v1/admin/accounts (X-Admin-Key): open a customer account and return its credentials once. */
public final class CreateAccountHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final AdminEndpoint endpoint;
    private final AdminOperation operation;

    public CreateAccountHandler() {
        this(AwsQuorum.get());
    }

    public CreateAccountHandler(Quorum quorum) {
        this.endpoint = new AdminEndpoint("createAccount", 201, quorum);
        this.operation = AdminOperations.createAccount(quorum.admin());
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, operation);
    }
}
