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

/** POST /api/v1/admin/projects/approve (X-Admin-Key): a project under review starts running and its samples are dispatched. */
public final class ApproveProjectHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final AdminEndpoint endpoint;
    private final AdminOperation operation;

    public ApproveProjectHandler() {
        this(AwsQuorum.get());
    }

    public ApproveProjectHandler(Quorum quorum) {
        this.endpoint = new AdminEndpoint("approveProject", 200, quorum);
        this.operation = AdminOperations.approveProject(quorum.admin());
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, operation);
    }
}
